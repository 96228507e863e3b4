package main

import (
	"fmt"
	"strings"
	"unicode"
)

// foldTable maps every lowercase Vietnamese letter to its ASCII base.
var foldTable = func() map[rune]rune {
	groups := map[rune]string{
		'a': "àáảãạăằắẳẵặâầấẩẫậ",
		'e': "èéẻẽẹêềếểễệ",
		'i': "ìíỉĩị",
		'o': "òóỏõọôồốổỗộơờớởỡợ",
		'u': "ùúủũụưừứửữự",
		'y': "ỳýỷỹỵ",
		'd': "đ",
	}
	m := map[rune]rune{}
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// fold lowercases s and strips Vietnamese diacritics (đ → d). It panics on a
// letter outside ASCII and Vietnamese: the generator's own tables are wrong.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 128:
			b.WriteRune(r)
		case foldTable[r] != 0:
			b.WriteRune(foldTable[r])
		case r == '’':
			b.WriteRune('\'')
		default:
			panic(fmt.Sprintf("fold: unexpected letter %q in %q", r, s))
		}
	}
	return b.String()
}

// slugify turns a Vietnamese name into an id part: lowercase ASCII words
// joined by "-", apostrophes dropped ("Đắk R'Lấp" → "dak-rlap").
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		switch {
		case r == '\'':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}
