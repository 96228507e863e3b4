package privacy

import "strings"

// Identity numbers: the citizen ID (căn cước công dân, CCCD) has twelve
// digits, the first three the province of birth (001–096); the older
// identity card (chứng minh nhân dân, CMND) has nine.

// identity reports whether run is an identity number:
//   - twelve digits in one piece, in groups of three or four joined by
//     blanks ("0123 4567 8901"), or by any separator when the number starts
//     with a province code's 0 ("001.234.567.890"; "123.456.789.012" is
//     money);
//   - nine digits in one piece that are not an amount ("123456789 đồng"),
//     or in groups of three that start with 0 ("012.345.678");
//   - nine or twelve digits in any groups after a word that names an
//     identity card ("CMND: 123.456.789").
func identity(s string, run []group) (Kind, bool) {
	d := digits(s, run)
	kind := CitizenID
	if len(d) == 9 {
		kind = OldID
	} else if len(d) != 12 {
		return 0, false
	}
	if idCue(s, run[0].start) {
		return kind, true
	}
	if len(run) == 1 {
		return kind, kind == CitizenID || !amount(s, run[0].end)
	}
	if shortest(run) < 3 || longest(run) > 4 {
		return 0, false
	}
	if d[0] == '0' {
		return kind, true
	}
	return kind, kind == CitizenID && allBlank(run)
}

// idWords name an identity card, diacritics removed and lower-cased.
var idWords = []string{"cccd", "cmnd", "cmt", "can cuoc", "chung minh", "dinh danh"}

// idCue reports whether one of idWords ends in the 24 bytes before s[i:].
func idCue(s string, i int) bool {
	before := strings.ToLower(s[max(0, i-24):i])
	for _, w := range idWords {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// amountWords follow a number that is an amount or a count.
var amountWords = []string{"dong", "d", "vnd", "trieu", "ty", "nghin", "ngan", "usd", "nguoi", "luot", "ho", "m2", "ha", "kg"}

// amount reports whether the word after s[:i] is one of amountWords.
func amount(s string, i int) bool {
	rest := strings.ToLower(strings.TrimLeft(s[i:], " "))
	for _, w := range amountWords {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || isDigit(c) || c >= 0x80 }

// longest returns the length of the longest group of run.
func longest(run []group) int {
	n := 0
	for _, g := range run {
		n = max(n, g.len())
	}
	return n
}

// allBlank reports whether the groups of run are joined by blanks only.
func allBlank(run []group) bool {
	for _, g := range run[1:] {
		if g.sep != " " {
			return false
		}
	}
	return true
}
