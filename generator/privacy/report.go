package privacy

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/diag"
)

// Message is the message for a finding: what it looks like and the value
// masked.
func Message(f Finding) string {
	return "có vẻ là " + f.Kind.String() + ": “" + f.Shown + "”"
}

// Report adds to l, with hint, a diagnostic for each finding in found that
// allow does not hold, at its line and column. found was scanned from src,
// whose first byte is at start; columns count characters as an editor
// shows them (composed), and stay unknown on start's line when start's
// column is.
func Report(l *diag.List, start diag.Pos, src string, found []Finding, allow Allow, hint string) {
	for _, f := range found {
		if allow.Has(f) {
			continue
		}
		l.Add(At(start, src, f.Off), Message(f), hint)
	}
}

// At is the position of src[off:], when src starts at start.
func At(start diag.Pos, src string, off int) diag.Pos {
	before := src[:off]
	nl := strings.LastIndexByte(before, '\n')
	col := utf8.RuneCountInString(norm.NFC.String(before[nl+1:])) + 1
	pos := start
	if nl < 0 {
		if start.Col > 0 {
			pos.Col = start.Col + col - 1
		}
		return pos
	}
	pos.Line += strings.Count(before, "\n")
	pos.Col = col
	return pos
}
