package vn

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s reduced to a form for matching regardless of diacritics,
// case and spelling habits: lowercased, decomposed (NFD) with every combining
// mark removed, đ and Đ turned into d, apostrophes (' ’ ʼ) and hyphens
// removed, every other rune that is not a letter or digit turned into a
// space, runs of spaces collapsed and the ends trimmed.
//
// So "Đắk R'Lấp" and "Đăk R’Lấp" both give "dak rlap", and "Hòa" and "Hoà"
// (old and new tone placement, composed or decomposed) both give "hoa".
// The client search script (search package) folds the same way.
func Fold(s string) string {
	if f, ok := foldFast(s); ok {
		return f
	}
	return foldNorm(s)
}

// foldNorm is Fold for any text, through Unicode normalization. Fold takes
// it only for text foldFast does not cover; it also defines foldFast's table.
func foldNorm(s string) string {
	d := norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(d))
	space := false // a space is pending before the next kept rune
	for _, r := range d {
		switch {
		case unicode.Is(unicode.M, r), isJoiner(r):
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

// isJoiner reports whether r is an apostrophe or hyphen, which Fold drops so
// that the parts it joins become one word ("R'Lấp" → "rlap").
func isJoiner(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02bc', '\u2018', // apostrophes and the left quote often typed for one
		'-', '\u2010', '\u2011', '\u00ad': // hyphen-minus, hyphen, non-breaking and soft hyphen
		return true
	}
	return false
}

// Words returns the words of Fold(s), in order; nil for text without letters
// or digits.
func Words(s string) []string {
	f := Fold(s)
	if f == "" {
		return nil
	}
	return strings.Split(f, " ")
}

// Slug returns a URL path segment for s: Fold(s) with spaces turned into "-"
// and every rune outside [a-z0-9] dropped, with no leading, trailing or
// doubled "-". "Tổ dân phố 3" gives "to-dan-pho-3" and "Đắk R'Lấp" gives
// "dak-rlap". The result is empty when s has no Latin letter or digit.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == ' ':
			dash = true
		}
	}
	return b.String()
}
