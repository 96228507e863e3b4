package vn

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// refFold is Fold as it was before the fast path (commit d617a58), kept
// verbatim as the reference the fast Fold must match on every input.
func refFold(s string) string {
	d := norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(d))
	space := false // a space is pending before the next kept rune
	for _, r := range d {
		switch {
		case unicode.Is(unicode.M, r), refIsJoiner(r):
			continue
		case r == 'đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsNumber(r):
		default:
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// refIsJoiner is isJoiner as it was, so a change there shows as a mismatch.
func refIsJoiner(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02bc', '\u2018',
		'-', '\u2010', '\u2011', '\u00ad':
		return true
	}
	return false
}

// refWords is Words as it was, over refFold.
func refWords(s string) []string {
	f := refFold(s)
	if f == "" {
		return nil
	}
	return strings.Split(f, " ")
}
