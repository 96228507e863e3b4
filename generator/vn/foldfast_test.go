package vn

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// vietnameseLetters returns every Vietnamese vowel with each of the six
// tones, both cases, and đ/Đ, in NFC; 12 vowels × 6 tones × 2 cases + 2.
func vietnameseLetters() []string {
	vowels := []string{"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"}
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	out := []string{"đ", "Đ"}
	for _, v := range vowels {
		for _, t := range tones {
			l := norm.NFC.String(v + t)
			out = append(out, l, strings.ToUpper(l))
		}
	}
	return out
}

// hardFoldInputs are texts where a table-driven Fold could go wrong.
func hardFoldInputs() []string {
	in := []string{
		"", " ", "a", "A", "!!!", "  a  ", "a--b", "a - b", "'", "''a''", "a'", "-a-",
		"Đắk R'Lấp", "Đăk R’Lấp", "Rʼlấp", "Nui-Ba", "a\u00adb", "a\u2011b", "“Người tốt”",
		"\u0301", "\u0301\u0300a", "a\u0301", "e\u0302\u0301", "e\u0301\u0302", "Hoa\u0300", "Ho\u0300a",
		"o\u0323\u0302", "o\u0302\u0323", "x\u20dd", "a\u034fb", // enclosing mark; grapheme joiner
		"北京 Đắk", "Москва", "Ἀθῆναι", "한국어", "\u1100\u1161", "العربية ٣", "ﬁ ŉ ǆ Ǆ ǅ", "ẞ ß İ ı K Ω Å",
		"Ⅻ ½ ² ①", "\u00a0a\u00a0b\u00a0", "a\u200db", "\ufeffa", "a\u2028b", "😀a😀",
		"\xff", "a\xffb", "\xe1\xba", "Đắk\xc3", "\xef\xbf\xbd", "a\ufffdb", "\x00a\x00",
		strings.Repeat("Đắk Nông ", 40), strings.Repeat("a", 300), strings.Repeat("\u0301", 40),
		"a" + strings.Repeat("\u0323", 35) + "b",
	}
	letters := vietnameseLetters()
	word := strings.Join(letters, "")
	in = append(in, word, strings.Join(letters, " "), strings.Join(letters, "-"))
	for _, l := range letters {
		in = append(in, l, "x"+l+"y", l+"\u0301", "\u0300"+l)
	}
	var more []string
	for _, s := range in {
		more = append(more, norm.NFD.String(s), norm.NFKC.String(s), strings.ToUpper(s))
	}
	return append(in, more...)
}

func TestFoldMatchesReference(t *testing.T) {
	for _, s := range hardFoldInputs() {
		if got, want := Fold(s), refFold(s); got != want {
			t.Errorf("Fold(%+q) = %+q, reference %+q", s, got, want)
		}
		if got, want := Words(s), refWords(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("Words(%+q) = %q, reference %q", s, got, want)
		}
	}
}

// TestFoldEachRune checks every rune of the first planes, alone and next to
// letters and combining marks, so each table entry meets the reference.
func TestFoldEachRune(t *testing.T) {
	for r := range rune(0x3000) {
		c := string(r)
		for _, s := range []string{c, "a" + c + "b", "A" + c + c, c + "\u0323", "\u0300" + c, "đ" + c + "ắ"} {
			if got, want := Fold(s), refFold(s); got != want {
				t.Fatalf("Fold(%+q) = %+q, reference %+q", s, got, want)
			}
		}
	}
}

// TestFoldFastCovers checks that Vietnamese text takes the table path: the
// point of it is not needing normalization for the site's usual text.
func TestFoldFastCovers(t *testing.T) {
	for _, s := range append(vietnameseLetters(), "Xã Đắk R’Moan – “Người tốt, việc tốt” 19/8/2024", "Rʼlấp Nui-Ba") {
		if _, ok := foldFast(s); !ok {
			t.Errorf("foldFast(%+q) falls back to normalization", s)
		}
	}
	// Combining marks, other scripts and invalid UTF-8 must fall back.
	for _, s := range []string{"Hoa\u0300", "北京", "a\xffb", "a\ufffd"} {
		if _, ok := foldFast(s); ok {
			t.Errorf("foldFast(%+q) claims to fold it", s)
		}
	}
}

func TestFoldNoAllocWhenFolded(t *testing.T) {
	s := "xa dak rlap thon 10"
	if n := testing.AllocsPerRun(100, func() { Fold(s) }); n != 0 {
		t.Errorf("Fold of folded text allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { Fold("Xã Đắk R'Lấp") }); n != 1 {
		t.Errorf("Fold allocates %v times, want 1 (the result)", n)
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range hardFoldInputs() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), refFold(s); got != want {
			t.Errorf("Fold(%+q) = %+q, reference %+q", s, got, want)
		}
		if !utf8.ValidString(s) {
			return
		}
		// Valid text also folds the same in NFD, where marks stand alone.
		d := norm.NFD.String(s)
		if got, want := Fold(d), refFold(d); got != want {
			t.Errorf("Fold(%+q) = %+q, reference %+q", d, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	names := []string{"Xã Đắk R'Moan, Huyện Đăk Glong", "Thôn 10", "Tổ dân phố 3", "người tốt việc tốt", "xa quang hoa"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range names {
			Fold(s)
		}
	}
}
