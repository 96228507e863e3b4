package vn

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldAction is what Fold does with one rune of its input.
type foldAction uint8

const (
	foldSlow  foldAction = iota // not in the table: fold the whole text with foldNorm
	foldKeep                    // write the rune's folded form
	foldDrop                    // drop the rune (an apostrophe or hyphen)
	foldSpace                   // the rune separates words
)

// foldEntry is the table entry of one rune: its action and, for foldKeep,
// its folded form (one or more letters or digits, no space).
type foldEntry struct {
	act foldAction
	out string
}

// foldTable covers the runes of Vietnamese and most Latin text: ASCII,
// Latin-1, Latin Extended-A and -B, IPA and spacing modifier letters
// (U+0000–U+02FF), Latin Extended Additional (U+1E00–U+1EFF, where the
// precomposed Vietnamese letters with tones live) and General Punctuation
// (U+2000–U+206F: dashes, curly quotes, the U+2019 apostrophe).
type foldTable struct {
	latin [0x300]foldEntry
	extra [0x100]foldEntry
	punct [0x70]foldEntry
}

// entry returns r's entry, or nil when r is outside the table's ranges.
func (t *foldTable) entry(r rune) *foldEntry {
	switch {
	case r < 0x300:
		return &t.latin[r]
	case r >= 0x1e00 && r < 0x1f00:
		return &t.extra[r-0x1e00]
	case r >= 0x2000 && r < 0x2070:
		return &t.punct[r-0x2000]
	}
	return nil
}

// foldTables is built on first use, from foldNorm itself.
var foldTables = sync.OnceValue(func() *foldTable {
	t := new(foldTable)
	for r := range rune(0x300) {
		t.latin[r] = foldEntryOf(r)
	}
	for r := range rune(0x100) {
		t.extra[r] = foldEntryOf(0x1e00 + r)
	}
	for r := range rune(0x70) {
		t.punct[r] = foldEntryOf(0x2000 + r)
	}
	return t
})

// foldEntryOf works out r's entry by folding "a", r, "a" with foldNorm, so
// the table cannot disagree with it. That holds for text made of table
// runes because foldNorm then treats each rune on its own: lowercasing maps
// rune by rune, and a rune whose lowercase decomposition starts a new
// segment (BoundaryBefore) decomposes apart from its neighbours, its
// combining marks never reordered with theirs. A rune that is not such a
// boundary, or whose fold is not a plain word part, drop or space, stays
// foldSlow.
func foldEntryOf(r rune) foldEntry {
	if r == utf8.RuneError || !norm.NFD.PropertiesString(string(unicode.ToLower(r))).BoundaryBefore() ||
		!norm.NFD.PropertiesString(string(r)).BoundaryBefore() {
		return foldEntry{}
	}
	f := foldNorm("a" + string(r) + "a")
	switch mid, ok := strings.CutPrefix(f, "a"); {
	case f == "aa":
		return foldEntry{act: foldDrop}
	case f == "a a":
		return foldEntry{act: foldSpace}
	case ok && strings.HasSuffix(mid, "a") && len(mid) > 1 && !strings.Contains(mid, " "):
		return foldEntry{act: foldKeep, out: mid[:len(mid)-1]}
	}
	return foldEntry{}
}

// foldFast folds s by table lookups, without normalizing; ok is false when
// s has a rune outside the table (or invalid UTF-8), for foldNorm to fold.
// It allocates only the result, and not even that when s is already folded.
func foldFast(s string) (f string, ok bool) {
	t := foldTables()
	var arr [128]byte
	b := arr[:0]
	space := false // a space is pending before the next kept rune
	for i := 0; i < len(s); {
		var e *foldEntry
		if c := s[i]; c < utf8.RuneSelf {
			e = &t.latin[c]
			i++
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			if e = t.entry(r); e == nil {
				return "", false
			}
			i += n
		}
		switch e.act {
		case foldKeep:
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, e.out...)
		case foldSpace:
			space = true
		case foldSlow:
			return "", false
		}
	}
	if string(b) == s {
		return s, true
	}
	return string(b), true
}
