package privacy

import (
	"regexp"
	"slices"
	"strings"
)

// addressRE matches the start of a home address in a text (diacritics
// removed, case kept, blanks folded):
//   - "số nhà 12", "nhà số 12";
//   - "số 12 đường Lê Duẩn", "số 12/3, phố Hàng Bạc" (the street name
//     starts with a capital or a digit, so "gọi số 114, đường dây nóng" is
//     not one);
//   - "ngõ 5", "ngách 3", "hẻm 34", "kiệt 7", also "hẻm số 34";
//   - a house number and a street name of capitalized words after a word
//     that says where someone lives: "ở 12 Lê Lợi", "tại số 7 đường Trần
//     Phú", "địa chỉ: 45 Hùng Vương" (group 2 is the street's first word).
//
// Group 1 is the match proper; the prefix only makes sure it starts a word.
var addressRE = regexp.MustCompile(`(?:^|[^\pL\pN])(` +
	`(?i:so nha|nha so) ?\d+` +
	`|(?i:so) \d+[a-zA-Z]?(?:/\d+)* ?,? ?(?i:duong|pho) [A-Z\d]` +
	`|(?i:ngo|ngach|hem|kiet) (?i:so )?\d+` +
	`|(?i:o|tai|nha|tru|song|dia chi|d/c|dc) ?:? (?:(?i:so) )?\d{1,4}[a-zA-Z]?(?:/\d+)* ?,? ?(?:(?i:duong|pho) )?` +
	`([A-Z][a-z]*)(?: [A-Z][a-z]*)+` +
	`)`)

// notStreets are words that start a capitalized name after a number
// without it being a street: units, periods, groups ("ở 3 Thôn Tân Lập",
// "tại 2 Đội Cảnh sát").
var notStreets = []string{
	"thon", "bon", "buon", "to", "xa", "phuong", "huyen", "tinh", "thi", "khu", "ap", "dot", "thang", "nam",
	"ngay", "quy", "doi", "nhom", "ho", "hoi", "chi", "ban", "cong", "uy", "truong", "lop", "nguoi", "lan",
}

// addresses finds the starts of home addresses in s. Every match has a
// digit right after one of cueWords, so the regexp runs only on the few
// words around such a digit: on a whole story it takes most of the time.
func addresses(s string) []match {
	var out []match
	done := 0 // the end of the last match: windows may overlap
	for p := 0; p < len(s); {
		j := strings.IndexAny(s[p:], "0123456789")
		if j < 0 {
			break
		}
		p += j
		lo, ok := cueBefore(s, p)
		for p < len(s) && isDigit(s[p]) {
			p++
		}
		if !ok {
			continue
		}
		hi := wordsAfter(s, p, 6)
		for _, m := range addressRE.FindAllStringSubmatchIndex(s[lo:hi], -1) {
			if lo+m[2] < done || m[4] >= 0 && slices.Contains(notStreets, strings.ToLower(s[lo+m[4]:lo+m[5]])) {
				continue
			}
			out = append(out, match{lo + m[2], lo + m[3], Address})
			done = lo + m[3]
		}
	}
	return out
}

// cueWords are the words right before the number of an address (after
// "số" and ":" are skipped, the word before them).
var cueWords = []string{"so", "nha", "ngo", "ngach", "hem", "kiet", "o", "tai", "tru", "song", "chi", "c", "dc"}

// cueBefore reports whether one of cueWords comes right before the
// digit at s[p], and where the regexp should start looking: two words
// before it, and one byte more for the regexp's word boundary.
func cueBefore(s string, p int) (int, bool) {
	w0, w1 := wordBefore(s, p)
	if !slices.Contains(cueWords, strings.ToLower(s[w0:w1])) {
		return 0, false
	}
	lo, _ := wordBefore(s, w0)
	lo, _ = wordBefore(s, lo)
	return max(0, lo-1), true
}

// wordBefore returns the ASCII letters of the word that ends before the
// blanks and colons before s[p].
func wordBefore(s string, p int) (int, int) {
	end := p
	for end > 0 && (s[end-1] == ' ' || s[end-1] == ':') {
		end--
	}
	start := end
	for start > 0 && isASCIILetter(s[start-1]) {
		start--
	}
	return start, end
}

// wordsAfter returns where the n-th blank after s[p] is, or the end of s
// or of its paragraph.
func wordsAfter(s string, p, n int) int {
	for ; p < len(s) && s[p] != breakRune; p++ {
		if s[p] == ' ' {
			if n--; n == 0 {
				break
			}
		}
	}
	return p
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
