package privacy

import (
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// checkSame fails the test when Find and the reference differ on line.
func checkSame(t *testing.T, line string) {
	t.Helper()
	if got, want := Find(line), refFind(line); !slices.Equal(got, want) {
		t.Fatalf("Find(%q)\n = %+v\nreference: %+v", line, got, want)
	}
}

// TestFindMatchesReference compares Find with the older implementation
// (ref_test.go) on the stories under $PRIVACY_BENCH_SOURCE when it is set,
// on the synthetic corpus, and on random mixtures of address words in all
// cases (with the case-folding oddities ſ, K, İ, ı), digit runs, blanks and
// separators, and broken UTF-8.
func TestFindMatchesReference(t *testing.T) {
	var lines []string
	if os.Getenv(benchSourceEnv) != "" {
		lines = benchLines(t)
	}
	n := 100000
	if testing.Short() {
		n = 20000
	}
	lines = append(lines, syntheticLines(2000, 7)...)
	lines = append(lines, randomLines(n, 11)...)
	addrs := 0
	for _, line := range lines {
		checkSame(t, line)
		for _, f := range refFind(line) {
			if f.What == address {
				addrs++
			}
		}
	}
	// The random lines must hold addresses for the comparison to mean
	// something: at least one in a hundred lines, by the generator's odds.
	if addrs < n/100 {
		t.Errorf("only %d address findings in %d lines", addrs, len(lines))
	}
}

// randomTokens are the pieces randomLines joins: every address word in
// several cases, with long s and the Kelvin sign; other words of addresses;
// letters that fold or lower-case oddly (İ lowers to i, ı upper-cases to I);
// blanks regexp's \s knows and some it does not (\v, no-break space);
// separators; a combining mark; broken UTF-8.
var randomTokens = []string{
	"số", "Số", "SỐ", "sỐ", "ſố", "ſỐ", "nhà", "Nhà", "NHÀ", "nhÀ", "ngõ", "NGÕ", "ngách", "Ngách",
	"hẻm", "HẺM", "kiệt", "Kiệt", "\u212aiệt", "KIỆT", "\u212aIỆT SỐ", "kİệt", "kıệt", "đường", "Đường", "ĐƯỜNG", "phố",
	"Phố", "PHỐ", "pHỐ", "thôn", "tổ", "ấp", "phường", "Lê", "Duẩn", "Ấp", "lê", "İ", "ı", "K",
	"ſ", "s", "k", "p", "P", "a", "Z", "É", "e\u0301", "\u0301", "+84", "(+84)", "0",
	" ", " ", "  ", "\t", "\n", "\r", "\f", "\v", "\u00a0", ".", "-", "/", ",", ", ", "(", ")", "_",
	"\xe1\xbb", "\xff", "\xc3", "\x91",
}

// randomLines makes n lines of 1 to 12 pieces: tokens, digit runs of 1 to
// 13 digits, and joiners that are often blanks, sometimes nothing.
func randomLines(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 3))
	lines := make([]string, n)
	var b strings.Builder
	for i := range lines {
		b.Reset()
		for range 1 + r.IntN(12) {
			switch r.IntN(3) {
			case 0:
				for range 1 + r.IntN(13) {
					b.WriteByte(byte('0' + r.IntN(10)))
				}
			default:
				b.WriteString(randomTokens[r.IntN(len(randomTokens))])
			}
			if r.IntN(3) > 0 {
				b.WriteString([]string{" ", " ", " ", "  ", ", ", ".", "/", "\t"}[r.IntN(8)])
			}
		}
		lines[i] = b.String()
	}
	return lines
}

// TestFindMatchesReferenceCases compares the two on hand-picked lines: the
// cases of TestPersonal and lines where the pre-check could go wrong.
func TestFindMatchesReferenceCases(t *testing.T) {
	for _, line := range []string{
		"ở số nhà 12 thôn 3", "Nhà số 5, thôn Tân Lập", "tại số 12 đường Lê Duẩn", "số 12/3, phố Hàng Bạc",
		"trong ngõ 5", "Hẻm 34/2 đường 3/2", "kiệt số 7", "(ngách 3)", "gọi số 114, đường dây nóng",
		"ngõ ngách, kiệt sức, tổ dân phố 3, thôn 5", "Kế hoạch số 591/KH-UBND",
		"số nhà12", "nhà số12", "SỐ NHÀ 5", "ſố nhà 5", "ſố 12 đường Lê", "ſố 12 đường Lê, nhà", // ſ: the old filter
		"Kiệt 7", "KIỆT SỐ 7", "kiệt số7", "hẻm\t\f34", "hẻm\v34", "hẻm\u00a034", // Kelvin; \s is ASCII
		"số 12phố Huế", "số 12pphố Huế", "số 12a/3/4 , đường 3", "số 12 ,, đường Lê", "số 12 đường lê",
		"số 12 đường Ấp", "số 12 đường", "số 12 đường ", "số 12 đường \xff", "Tổng số 5", "xsố 5 đường A",
		"1số 5 đường A", "_số 5 đường A", "\xffsố 5 đường A", "\xe1\xbbsố nhà 5", "ºsố nhà 5", "²số nhà 5",
		"số\xe1\xbb\x91 nhà 5", "nhà\xff số 5", "phố 5 số 6 đường 7 ngõ", "số 1 số 2 đường B",
	} {
		checkSame(t, line)
	}
}

// TestFoldWordsAsRegexp checks the tables the pre-check relies on against
// the regexp package itself, over every rune: each orbit of a foldWord is
// what (?i) matches, isSpace is \s, and the word start is [^\pL\pN].
func TestFoldWordsAsRegexp(t *testing.T) {
	var b strings.Builder
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r < 0xD800 || r > 0xDFFF { // surrogates are not characters
			b.WriteRune(r)
		}
	}
	all := b.String()
	// matched returns, in order, the runes of all that pattern matches.
	matched := func(pattern string) []rune {
		var rs []rune
		for _, m := range regexp.MustCompile(pattern).FindAllStringIndex(all, -1) {
			rs = append(rs, []rune(all[m[0]:m[1]])...)
		}
		return rs
	}
	for _, w := range append([]foldWord{wordSo, wordNha}, append(wordsAlley, wordsRoad...)...) {
		for _, orbit := range w {
			want := slices.Sorted(slices.Values(orbit))
			if got := matched(`(?i:` + string(orbit[0]) + `)`); !slices.Equal(got, want) {
				t.Errorf("(?i:%c) matches %q, the orbit is %q", orbit[0], got, want)
			}
		}
	}
	var spaces []rune
	for c := range rune(0x80) {
		if isSpace(byte(c)) {
			spaces = append(spaces, c)
		}
	}
	if got := matched(`\s`); !slices.Equal(got, spaces) {
		t.Errorf("\\s matches %q, isSpace %q", got, spaces)
	}
	var words []rune
	for _, r := range all {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			words = append(words, r)
		}
	}
	if got := matched(`[\pL\pN]`); !slices.Equal(got, words) {
		t.Errorf("[\\pL\\pN] matches %d runes, unicode.IsLetter or IsNumber %d", len(got), len(words))
	}
	// Hand-worked orbits: s folds with S and the long s ſ; k with K and the
	// Kelvin sign K; i only with I (İ and ı fold only in Turkish).
	if got := string(wordSo[0]); got != "s\u017fS" {
		t.Errorf("orbit of s = %q, want %q", got, "s\u017fS")
	}
	if got := string(wordsAlley[3][0]) + string(wordsAlley[3][1]); got != "k\u212aKiI" {
		t.Errorf("orbits of k, i = %q, want %q", got, "k\u212aKiI")
	}
}

// FuzzFind compares Find with the reference on any string.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"ở số nhà 12 thôn 3", "ſố 12 đường Lê", "Kiệt số 7", "0912 345 678", "số 12phố Huế"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := Find(line), refFind(line); !slices.Equal(got, want) {
			t.Fatalf("Find(%q)\n = %+v\nreference: %+v", line, got, want)
		}
	})
}
