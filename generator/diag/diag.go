// Package diag holds positions in source files and the diagnostics that
// point at them: every user-facing error of the generator is a Diagnostic
// printed as "path:line[:col]: message" with an optional hint.
package diag

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// MaxReported is how many diagnostics a List prints before it summarises the rest.
const MaxReported = 50

// Pos is a position in a source file. File is relative to the site's source
// folder, with forward slashes; Line and Col are 1-based, 0 when unknown.
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats the position as "file:line:col", leaving out unknown parts.
func (p Pos) String() string {
	switch {
	case p.Line <= 0:
		return p.File
	case p.Col <= 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	default:
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
	}
}

// Less orders positions by file, then line, then column.
func (p Pos) Less(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Diagnostic is one problem found in the input, with where it is and how to fix it.
type Diagnostic struct {
	Pos  Pos
	Msg  string
	Hint string
}

// Error formats the diagnostic as "path:line:col: message" and, when there is
// a hint, a second indented line with it.
//
// In an Excel workbook (*.xlsx) line and column are a row and a column,
// which the message also names as the cell an officer looks for: "ô C12".
func (d Diagnostic) Error() string {
	s := d.Pos.String() + ": " + d.Msg
	if d.Pos.Line > 0 && d.Pos.Col > 0 && strings.HasSuffix(strings.ToLower(d.Pos.File), ".xlsx") {
		s = d.Pos.String() + ": ô " + CellName(d.Pos.Line, d.Pos.Col) + ": " + d.Msg
	}
	if d.Hint != "" {
		s += "\n    gợi ý: " + d.Hint
	}
	return s
}

// Warning formats the diagnostic as a warning: "path:line:col: cảnh báo:
// message", then the hint as Error does.
func (d Diagnostic) Warning() string {
	return Diagnostic{Pos: d.Pos, Msg: "cảnh báo: " + d.Msg, Hint: d.Hint}.Error()
}

// List collects diagnostics across files so that all of them are reported at once.
// The zero value is ready to use.
type List struct {
	items []Diagnostic
}

// Add records a diagnostic at pos.
func (l *List) Add(pos Pos, msg, hint string) {
	l.items = append(l.items, Diagnostic{Pos: pos, Msg: msg, Hint: hint})
}

// Addf records a diagnostic at pos with a formatted message and no hint.
func (l *List) Addf(pos Pos, format string, args ...any) {
	l.Add(pos, fmt.Sprintf(format, args...), "")
}

// Append adds every diagnostic of other to l.
func (l *List) Append(other *List) {
	if other != nil {
		l.items = append(l.items, other.items...)
	}
}

// Len reports how many diagnostics were recorded.
func (l *List) Len() int { return len(l.items) }

// Items returns the diagnostics sorted by position (a copy).
func (l *List) Items() []Diagnostic {
	out := append([]Diagnostic(nil), l.items...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Pos != out[j].Pos {
			return out[i].Pos.Less(out[j].Pos)
		}
		return out[i].Msg < out[j].Msg
	})
	return out
}

// Err returns nil when the list is empty, else an *Error holding the sorted diagnostics.
func (l *List) Err() error {
	if len(l.items) == 0 {
		return nil
	}
	return &Error{Items: l.Items()}
}

// Error is a non-empty, sorted set of diagnostics returned as one error.
type Error struct {
	Items []Diagnostic
}

// Error prints at most MaxReported diagnostics, one per line, then a count of the rest.
func (e *Error) Error() string {
	var b strings.Builder
	for i, d := range e.Items {
		if i == MaxReported {
			fmt.Fprintf(&b, "... và %d lỗi khác (and %d more)\n", len(e.Items)-i, len(e.Items)-i)
			break
		}
		b.WriteString(d.Error())
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%d lỗi (%d errors)", len(e.Items), len(e.Items))
	return b.String()
}

// CellName returns the spreadsheet name of the cell at row line, column
// col (both 1-based): CellName(12, 3) is "C12", CellName(2, 28) "AB2".
func CellName(line, col int) string {
	var letters []byte
	for c := col; c > 0; c = (c - 1) / 26 {
		letters = append([]byte{byte('A' + (c-1)%26)}, letters...)
	}
	return string(letters) + strconv.Itoa(line)
}
