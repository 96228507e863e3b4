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
//
// A problem that makes others follow (a criteria.toml that cannot be
// read makes every story's criterion unknown) is recorded as the cause of
// those others: the loader calls Break(cause) beside its own diagnostic,
// and records each problem that only follows from it with AddAfter. Err
// leaves out the follow-on problems of a broken cause, so that the one
// that needs fixing is not lost among the consequences; fixing it brings
// the others back if they are real.
type List struct {
	items  []entry
	broken map[string]bool
}

// entry is a recorded diagnostic and the cause it follows from ("" for none).
type entry struct {
	d     Diagnostic
	after string
}

// Add records a diagnostic at pos.
func (l *List) Add(pos Pos, msg, hint string) {
	l.items = append(l.items, entry{d: Diagnostic{Pos: pos, Msg: msg, Hint: hint}})
}

// Addf records a diagnostic at pos with a formatted message and no hint.
func (l *List) Addf(pos Pos, format string, args ...any) {
	l.Add(pos, fmt.Sprintf(format, args...), "")
}

// AddAfter records a diagnostic that follows from cause (a file, or an id
// such as "unit:t9"): Err leaves it out when cause is broken.
func (l *List) AddAfter(cause string, pos Pos, msg, hint string) {
	l.items = append(l.items, entry{d: Diagnostic{Pos: pos, Msg: msg, Hint: hint}, after: cause})
}

// AppendAfter adds every diagnostic of other to l as a follow-on of
// cause (see AddAfter), and other's broken causes.
func (l *List) AppendAfter(cause string, other *List) {
	for _, e := range other.items {
		if e.after == "" {
			e.after = cause
		}
		l.items = append(l.items, e)
	}
	for c := range other.broken {
		l.Break(c)
	}
}

// Break records that cause could not be read as written, its own problem
// being reported by another diagnostic: what follows from it is left out.
func (l *List) Break(cause string) {
	if l.broken == nil {
		l.broken = map[string]bool{}
	}
	l.broken[cause] = true
}

// Broken reports whether cause was broken (see Break).
func (l *List) Broken(cause string) bool { return l.broken[cause] }

// Append adds every diagnostic and broken cause of other to l.
func (l *List) Append(other *List) {
	if other == nil {
		return
	}
	l.items = append(l.items, other.items...)
	for c := range other.broken {
		l.Break(c)
	}
}

// Without returns the list without the diagnostics drop returns true for,
// broken causes and follow-on marks kept.
func (l *List) Without(drop func(Diagnostic) bool) *List {
	out := &List{}
	for _, e := range l.items {
		if !drop(e.d) {
			out.items = append(out.items, e)
		}
	}
	for c := range l.broken {
		out.Break(c)
	}
	return out
}

// Len reports how many diagnostics were recorded, follow-ons included.
func (l *List) Len() int { return len(l.items) }

// Items returns every recorded diagnostic, follow-ons included, sorted by
// position (a copy).
func (l *List) Items() []Diagnostic {
	out := make([]Diagnostic, len(l.items))
	for i, e := range l.items {
		out[i] = e.d
	}
	sortDiagnostics(out)
	return out
}

func sortDiagnostics(ds []Diagnostic) {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Pos != ds[j].Pos {
			return ds[i].Pos.Less(ds[j].Pos)
		}
		return ds[i].Msg < ds[j].Msg
	})
}

// Err returns nil when the list is empty, else an *Error holding what is
// to be reported: the diagnostics sorted, follow-ons of a broken cause left
// out, and repeated ones of a file grouped (see Group).
func (l *List) Err() error {
	if len(l.items) == 0 {
		return nil
	}
	var kept []Diagnostic
	for _, e := range l.items {
		if e.after == "" || !l.broken[e.after] {
			kept = append(kept, e.d)
		}
	}
	if len(kept) == 0 { // only follow-ons: never hide every problem
		for _, e := range l.items {
			kept = append(kept, e.d)
		}
	}
	sortDiagnostics(kept)
	return &Error{Items: Group(kept)}
}

// Error is a non-empty, sorted set of diagnostics returned as one error.
type Error struct {
	Items []Diagnostic
}

// Error prints at most MaxReported diagnostics, one per line, then a count
// of the rest and the total: "3 lỗi".
func (e *Error) Error() string {
	var b strings.Builder
	for i, d := range e.Items {
		if i == MaxReported {
			fmt.Fprintf(&b, "... và %d lỗi khác\n", len(e.Items)-i)
			break
		}
		b.WriteString(d.Error())
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "%d lỗi", len(e.Items))
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
