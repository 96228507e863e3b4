package diag

import (
	"strconv"
	"strings"
)

// MaxGroupLines is how many line numbers a grouped diagnostic lists
// before it writes "…".
const MaxGroupLines = 10

// Group merges the diagnostics of one kind in one file into one, at the
// first of them, so that a month typed wrong on 600 rows is one problem
// with one hint, not 600 lines that push every other problem out of view:
//
//	data/reports/2025-09.csv:2:2: tháng 09/2025 nằm ngoài thời gian phong trào (08/2024–08/2025) (6 dòng: 2, 3, 4, 5, 6, 7)
//
// Two diagnostics are of one kind when they are in the same file, give the
// same hint, and their messages differ at most in quoted text and numbers
// (see Template): the hint, the fix, is then the same. When the messages
// are not all the same text (two months, two cell values), the line list
// says so: "(lỗi tương tự ở 6 dòng: ...)". Diagnostics without a line, and
// kinds found on one line only, stay as they are. ds must be sorted; the
// result keeps that order.
func Group(ds []Diagnostic) []Diagnostic {
	type key struct{ file, tmpl, hint string }
	type group struct {
		first int   // index in out
		lines []int // distinct, in order
		same  bool  // every message is the first's text
	}
	groups := map[key]*group{}
	var order []*group
	members := make([]*group, len(ds))
	for i, d := range ds {
		if d.Pos.Line <= 0 {
			continue
		}
		k := key{d.Pos.File, Template(d.Msg), d.Hint}
		g := groups[k]
		if g == nil {
			g = &group{first: i, same: true}
			groups[k] = g
			order = append(order, g)
		}
		if n := len(g.lines); n == 0 || g.lines[n-1] != d.Pos.Line {
			g.lines = append(g.lines, d.Pos.Line)
		}
		g.same = g.same && d.Msg == ds[g.first].Msg
		members[i] = g
	}
	out := make([]Diagnostic, 0, len(ds))
	for i, d := range ds {
		g := members[i]
		switch {
		case g == nil || len(g.lines) < 2:
			out = append(out, d)
		case g.first == i:
			d.Msg += " (" + lineList(g.lines, g.same) + ")"
			out = append(out, d)
		}
	}
	return out
}

// lineList writes "6 dòng: 2, 3, 4, 5, 6, 7", or "lỗi tương tự ở 6 dòng:
// ..." when the messages differ, listing at most MaxGroupLines lines.
func lineList(lines []int, same bool) string {
	var b strings.Builder
	if !same {
		b.WriteString("lỗi tương tự ở ")
	}
	b.WriteString(strconv.Itoa(len(lines)))
	b.WriteString(" dòng: ")
	for i, l := range lines {
		if i == MaxGroupLines {
			b.WriteString(", …")
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(l))
	}
	return b.String()
}

// Template is a message with what varies from one row to the next left
// out: each quoted text ("…" or “…”) becomes "…" and each run of digits
// "#", so that `cột "tips_total": "1.234" không phải số` and `cột
// "tips_total": "2.500" không phải số` have one template.
func Template(msg string) string {
	var b strings.Builder
	quote := rune(0) // the closing quote we are inside, 0 outside
	digits := false
	for _, r := range msg {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
				b.WriteString("…\"")
			}
			continue
		case r == '"' || r == '“':
			quote = '"'
			if r == '“' {
				quote = '”'
			}
			b.WriteByte('"')
			digits = false
			continue
		case r >= '0' && r <= '9':
			if !digits {
				b.WriteByte('#')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}
