package privacy

import (
	"html"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// text is a source as a reader sees it, reduced for matching: entities
// decoded, every kind of blank folded into one space, invisible characters
// dropped, full-width forms turned into ASCII and diacritics removed (case
// is kept: a street name starts with a capital). from[i] and to[i] bound
// the source bytes that s[i] comes from.
type text struct {
	s        string
	from, to []int
}

// breakRune ends a paragraph in text.s: numbers and addresses never span it.
const breakRune = '\n'

// foldText builds the text of src. In Markdown, emphasis and code markers
// and backslash escapes are dropped, and a single line end is a line wrap
// (a space); a blank line ends the paragraph. In plain text every line end
// ends the paragraph.
func foldText(src string, markdown bool) text {
	f := folder{markdown: markdown, from: make([]int, 0, len(src)), to: make([]int, 0, len(src))}
	f.b.Grow(len(src))
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '&':
			if dec, m, ok := entity(src[i:]); ok {
				for _, d := range dec {
					f.add(d, i, i+m)
				}
				i += m
				continue
			}
		case markdown && r == '\\' && i+1 < len(src) && isASCIIPunct(src[i+1]):
			f.add(rune(src[i+1]), i, i+2)
			i += 2
			continue
		case markdown && (r == '*' || r == '_' || r == '`' || r == '~'):
			i += n
			continue
		}
		f.add(r, i, i+n)
		i += n
	}
	return text{s: f.b.String(), from: f.from, to: f.to}
}

// folder accumulates a text.
type folder struct {
	markdown bool
	b        strings.Builder
	from, to []int
	blank    int  // line ends in the pending blank run
	pending  bool // a blank run waits to be written
	bStart   int  // where the pending blank run starts in the source
}

// add appends what the reader sees of r, which comes from src[from:to].
func (f *folder) add(r rune, from, to int) {
	switch {
	case r > ' ' && r < utf8.RuneSelf: // most of any text
	case isBlank(r):
		if !f.pending {
			f.pending, f.blank, f.bStart = true, 0, from
		}
		if r == '\n' {
			f.blank++
		}
		return
	case r >= utf8.RuneSelf && (unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Mn, r)):
		return // zero-width characters, soft hyphens; combining marks (diacritics)
	}
	if f.pending {
		sep := ' '
		if f.blank > 1 || f.blank == 1 && !f.markdown {
			sep = breakRune
		}
		if f.b.Len() > 0 {
			f.put(sep, f.bStart, from)
		}
		f.pending = false
	}
	f.put(plainRune(r), from, to)
}

// isBlank reports whether r is a blank of any kind: a space, a line end,
// a no-break space (U+00A0, U+202F), an ideographic space.
func isBlank(r rune) bool { return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) }

// put writes r, from src[from:to].
func (f *folder) put(r rune, from, to int) {
	n, _ := f.b.WriteRune(r)
	for range n {
		f.from = append(f.from, from)
		f.to = append(f.to, to)
	}
}

// entity decodes the HTML character reference at the start of s ("&#32;",
// "&nbsp;", "&#x2F;") and returns it with its length in s.
func entity(s string) (string, int, bool) {
	end := strings.IndexByte(s[:min(len(s), 40)], ';')
	if end < 2 {
		return "", 0, false
	}
	ref := s[:end+1]
	dec := html.UnescapeString(ref)
	if dec == ref {
		return "", 0, false
	}
	return dec, len(ref), true
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// plainRune is r without its diacritics and in ASCII when it has a
// full-width form: "ố" is "o", "Đ" is "D", "０" is "0", "＠" is "@".
func plainRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		return r
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return r - 0xFF01 + '!'
	case r >= latinFirst && r <= latinLast:
		return latinBase()[r-latinFirst]
	}
	return r
}

// The Latin letters with diacritics, Vietnamese ones included, lie
// between latinFirst and latinLast.
const (
	latinFirst = 0xC0
	latinLast  = 0x1EFF
)

// latinBase maps each rune from latinFirst to latinLast to its base
// letter: the first rune of its canonical decomposition, with đ and Đ
// (which have none) as d and D.
var latinBase = sync.OnceValue(func() []rune {
	t := make([]rune, latinLast-latinFirst+1)
	for r := rune(latinFirst); r <= latinLast; r++ {
		base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(r)))
		switch r {
		case 'đ':
			base = 'd'
		case 'Đ':
			base = 'D'
		}
		t[r-latinFirst] = base
	}
	return t
})

// source returns the source bytes behind t.s[i:j].
func (t text) source(src string, i, j int) string {
	return src[t.from[i]:t.to[j-1]]
}
