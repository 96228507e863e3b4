package privacy

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// addressRE matches the start of a home address: "số nhà 12", "nhà số 12",
// "số 12 đường Lê Duẩn" / "số 12, phố Hàng Bạc" (the street name must start
// with a capital or a digit, so "gọi số 114, đường dây nóng" is not one), and
// "ngõ 5", "ngách 3", "hẻm 34", "kiệt 7" (alleys, also "hẻm số 34"). Group 1
// is the match proper; the prefix only makes sure it starts a word.
var addressRE = regexp.MustCompile(`(?:^|[^\pL\pN])(` +
	`(?i:số\s+nhà|nhà\s+số)\s*\d+` +
	`|(?i:số)\s+\d+[a-zA-Z]?(?:/\d+)*\s*,?\s*(?i:đường|phố)\s+[\p{Lu}\d]` +
	`|(?i:ngõ|ngách|hẻm|kiệt)\s+(?i:số\s+)?\d+` +
	`)`)

// addresses returns the addressRE matches in line. The regexp costs tens of
// microseconds a line, and "số" and "nhà" are everyday words, so it only
// runs where mayMatchAddress finds a keyword, blanks and a digit in the
// regexp's order.
func addresses(line string) []Finding {
	// mayHoldAddress rejects nothing mayMatchAddress accepts, except a
	// "số" spelt with a long s (U+017F), which (?i) matches and ToLower
	// keeps: it stays so that the findings are those of the older Find.
	if !mayMatchAddress(line) || !mayHoldAddress(line) {
		return nil
	}
	var out []Finding
	for _, m := range addressRE.FindAllStringSubmatchIndex(line, -1) {
		out = append(out, Finding{Off: m[2], What: "địa chỉ nhà riêng", Text: line[m[2]:m[3]]})
	}
	return out
}

// addressWords are the words every addressRE match holds one of.
var addressWords = []string{"số", "nhà", "ngõ", "ngách", "hẻm", "kiệt"}

// mayHoldAddress was the only filter before addressRE: every address
// match holds a digit and one of addressWords.
func mayHoldAddress(line string) bool {
	if strings.IndexAny(line, "0123456789") < 0 {
		return false
	}
	lower := strings.ToLower(line)
	for _, w := range addressWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// foldWord is a word as (?i) in a regexp matches it: for each rune, every
// rune of its simple case-folding orbit ("s" is also "S" and "ſ", "k" is
// also "K" and the Kelvin sign "K").
type foldWord [][]rune

// newFoldWord builds the foldWord of a lower-case word.
func newFoldWord(w string) foldWord {
	var fw foldWord
	for _, r := range w {
		orbit := []rune{r}
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fw = append(fw, orbit)
	}
	return fw
}

var (
	wordSo     = newFoldWord("số")
	wordNha    = newFoldWord("nhà")
	wordsAlley = []foldWord{newFoldWord("ngõ"), newFoldWord("ngách"), newFoldWord("hẻm"), newFoldWord("kiệt")}
	wordsRoad  = []foldWord{newFoldWord("đường"), newFoldWord("phố")}
)

func (o foldWord) has(k int, r rune) bool {
	for _, x := range o[k] {
		if x == r {
			return true
		}
	}
	return false
}

// startsWord reports whether w ends at s[:end] and begins a word there, as
// addressRE's prefix wants, and returns where it starts.
func (o foldWord) startsWord(s string, end int) (int, bool) {
	for k := len(o) - 1; k >= 0; k-- {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if n == 0 || !o.has(k, r) {
			return 0, false
		}
		end -= n
	}
	if end > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:end]); unicode.IsLetter(r) || unicode.IsNumber(r) {
			return 0, false
		}
	}
	return end, true
}

// prefixOf reports whether w starts at s[i:] and returns where it ends.
func (o foldWord) prefixOf(s string, i int) (int, bool) {
	for k := range o {
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || !o.has(k, r) {
			return 0, false
		}
		i += n
	}
	return i, true
}

// anyStartsWord is startsWord for the first of ws that fits.
func anyStartsWord(ws []foldWord, s string, end int) bool {
	for _, w := range ws {
		if _, ok := w.startsWord(s, end); ok {
			return true
		}
	}
	return false
}

// isSpace is \s in a Go regexp: ASCII blanks only.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// spaceBefore returns where the blanks that end at s[:i] start.
func spaceBefore(s string, i int) int {
	for i > 0 && isSpace(s[i-1]) {
		i--
	}
	return i
}

// spaceAfter returns where the blanks that start at s[i:] end.
func spaceAfter(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// mayMatchAddress reports whether addressRE matches somewhere in line. It
// looks only before and after the digit runs: each of the regexp's three
// branches has a word, blanks, perhaps a second word, then a digit.
func mayMatchAddress(line string) bool {
	for p := nextDigit(line, 0); p < len(line); p = nextDigit(line, p) {
		if addressAt(line, p) {
			return true
		}
		for p < len(line) && isDigit(line[p]) {
			p++
		}
	}
	return false
}

// addressAt reports whether an addressRE match has its number start at
// line[p], a digit after a non-digit.
func addressAt(line string, p int) bool {
	q := spaceBefore(line, p)
	blank := q < p
	if blank && anyStartsWord(wordsAlley, line, q) { // "ngõ 5"
		return true
	}
	if s, ok := wordSo.startsWord(line, q); ok {
		if blank && streetAfter(line, p) { // "số 12 đường Lê Duẩn"
			return true
		}
		if r := spaceBefore(line, s); r < s {
			if _, ok := wordNha.startsWord(line, r); ok { // "nhà số 12"
				return true
			}
			if blank && anyStartsWord(wordsAlley, line, r) { // "hẻm số 34"
				return true
			}
		}
	}
	// "số nhà 12": "nhà" needs no word start of its own, blanks are before it.
	if s, ok := wordNha.prefixBefore(line, q); ok {
		if r := spaceBefore(line, s); r < s {
			if _, ok := wordSo.startsWord(line, r); ok {
				return true
			}
		}
	}
	return false
}

// prefixBefore reports whether w ends at s[:end], wherever it starts, and
// returns where it starts.
func (o foldWord) prefixBefore(s string, end int) (int, bool) {
	for k := len(o) - 1; k >= 0; k-- {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if n == 0 || !o.has(k, r) {
			return 0, false
		}
		end -= n
	}
	return end, true
}

// streetAfter reports whether the rest of addressRE's middle branch,
// `\d+[a-zA-Z]?(?:/\d+)*\s*,?\s*(?i:đường|phố)\s+[\p{Lu}\d]`, matches at
// line[p:]. The letter is tried taken and left: "12phố" leaves the "p".
func streetAfter(line string, p int) bool {
	j := p
	for j < len(line) && isDigit(line[j]) {
		j++
	}
	if j < len(line) && isASCIILetter(line[j]) && streetRest(line, j+1) {
		return true
	}
	return streetRest(line, j)
}

// streetRest matches `(?:/\d+)*\s*,?\s*(?i:đường|phố)\s+[\p{Lu}\d]` at line[j:].
func streetRest(line string, j int) bool {
	for j+1 < len(line) && line[j] == '/' && isDigit(line[j+1]) {
		j += 2
		for j < len(line) && isDigit(line[j]) {
			j++
		}
	}
	j = spaceAfter(line, j)
	if j < len(line) && line[j] == ',' {
		j = spaceAfter(line, j+1)
	}
	for _, w := range wordsRoad {
		if k, ok := w.prefixOf(line, j); ok {
			m := spaceAfter(line, k)
			if m == k || m == len(line) {
				return false
			}
			r, _ := utf8.DecodeRuneInString(line[m:])
			return unicode.Is(unicode.Lu, r) || isDigit(line[m])
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
