package privacy

// The implementation of Find before it was made cheaper, kept verbatim
// (names prefixed with ref) so that tests and benchmarks compare the two.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// refFind returns what looks like personal data in one line of NFC text, in order.
func refFind(line string) []Finding {
	out := refNumbers(line)
	if !refMayHoldAddress(line) {
		return out
	}
	for _, m := range refAddressRE.FindAllStringSubmatchIndex(line, -1) {
		out = append(out, Finding{Off: m[2], What: "địa chỉ nhà riêng", Text: line[m[2]:m[3]]})
	}
	return out
}

// refAddressRE matches the start of a home address: "số nhà 12", "nhà số 12",
// "số 12 đường Lê Duẩn" / "số 12, phố Hàng Bạc" (the street name must start
// with a capital or a digit, so "gọi số 114, đường dây nóng" is not one), and
// "ngõ 5", "ngách 3", "hẻm 34", "kiệt 7" (alleys, also "hẻm số 34"). Group 1
// is the match proper; the prefix only makes sure it starts a word.
var refAddressRE = regexp.MustCompile(`(?:^|[^\pL\pN])(` +
	`(?i:số\s+nhà|nhà\s+số)\s*\d+` +
	`|(?i:số)\s+\d+[a-zA-Z]?(?:/\d+)*\s*,?\s*(?i:đường|phố)\s+[\p{Lu}\d]` +
	`|(?i:ngõ|ngách|hẻm|kiệt)\s+(?i:số\s+)?\d+` +
	`)`)

// refAddressWords are the words every refAddressRE match holds one of.
var refAddressWords = []string{"số", "nhà", "ngõ", "ngách", "hẻm", "kiệt"}

// refMayHoldAddress is a fast filter before refAddressRE, which dominates the
// loading time otherwise: every address match holds a digit and one of
// refAddressWords.
func refMayHoldAddress(line string) bool {
	if strings.IndexAny(line, "0123456789") < 0 {
		return false
	}
	lower := strings.ToLower(line)
	for _, w := range refAddressWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// refGroup is a run of ASCII refDigits in a line: line[start:end].
type refGroup struct{ start, end int }

// refNumbers finds citizen IDs and phone refNumbers. It reads runs of digit groups
// joined by single spaces, dots or hyphens ("0912 345 678", "0912.345.678")
// that do not touch a letter or another digit, then tries every stretch of
// consecutive groups of a run so that "năm 2024 0912 345 678" still finds
// the phone number. A run followed by a decimal comma ("1.234,5") is a
// quantity, never personal data.
func refNumbers(line string) []Finding {
	var out []Finding
	for i := 0; i < len(line); {
		plus := strings.HasPrefix(line[i:], "+84")
		if !(plus || refIsDigit(line[i])) || !refWordStart(line, i) {
			i++
			continue
		}
		start := i
		if plus {
			i += 3 // "+84", then an optional ")" and one separator
			if i < len(line) && line[i] == ')' {
				i++
			}
			if i < len(line) && refIsSep(line[i]) {
				i++
			}
		}
		groups, end := refDigitRun(line, i)
		i = max(end, start+1)
		if len(groups) == 0 || !refWordEnd(line, end) {
			continue
		}
		if plus {
			if n := refDigits(line, groups); n == 9 || n == 10 && line[groups[0].start] == '0' {
				out = append(out, Finding{Off: start, What: "số điện thoại", Text: line[start:end]})
			}
			continue
		}
		out = append(out, refClassify(line, groups)...)
	}
	return out
}

// refClassify tries the stretches of groups, earliest first, longest first.
func refClassify(line string, groups []refGroup) []Finding {
	var out []Finding
	for a := 0; a < len(groups); a++ {
		for b := min(len(groups)-1, a+5); b >= a; b-- {
			run := groups[a : b+1]
			text := line[run[0].start:run[len(run)-1].end]
			what := ""
			switch {
			case refIsPhone(line, run):
				what = "số điện thoại"
			case refIsCitizenID(line, run):
				what = "số căn cước công dân (12 chữ số)"
			}
			if what != "" {
				out = append(out, Finding{Off: run[0].start, What: what, Text: text})
				a = b
				break
			}
		}
	}
	return out
}

// refIsPhone: ten refDigits starting with 0 then a non-zero digit ("0912345678"),
// groups of at least two refDigits when split ("0912 345 678", "091.234.5678").
func refIsPhone(line string, run []refGroup) bool {
	if refDigits(line, run) != 10 || line[run[0].start] != '0' {
		return false
	}
	if second := line[run[0].start+1]; run[0].end-run[0].start == 1 || second == '0' {
		return false
	}
	for _, g := range run {
		if g.end-g.start < 2 {
			return false
		}
	}
	return true
}

// refIsCitizenID: twelve refDigits, in one piece or in groups of three or four
// separated by single spaces ("0123 4567 8901", "012 345 678 901"). Dots are
// left out on purpose: "123.456.789.012" is an amount of money.
func refIsCitizenID(line string, run []refGroup) bool {
	if refDigits(line, run) != 12 {
		return false
	}
	if len(run) == 1 {
		return true
	}
	for i, g := range run {
		if n := g.end - g.start; n < 3 || n > 4 || i > 0 && line[g.start-1] != ' ' {
			return false
		}
	}
	return true
}

// refDigitRun reads digit groups from i, joined by one separator each.
func refDigitRun(line string, i int) ([]refGroup, int) {
	var gs []refGroup
	for {
		j := i
		for j < len(line) && refIsDigit(line[j]) {
			j++
		}
		if j == i {
			break
		}
		gs = append(gs, refGroup{i, j})
		if j+1 < len(line) && refIsSep(line[j]) && refIsDigit(line[j+1]) {
			i = j + 1
			continue
		}
		i = j
		break
	}
	end := i
	if len(gs) > 0 {
		end = gs[len(gs)-1].end
	}
	return gs, end
}

func refDigits(line string, run []refGroup) int {
	n := 0
	for _, g := range run {
		n += g.end - g.start
	}
	return n
}

func refIsDigit(c byte) bool { return c >= '0' && c <= '9' }

func refIsSep(c byte) bool { return c == ' ' || c == '.' || c == '-' }

// refWordStart reports whether a number may start at i: not inside a word or
// right after a decimal mark that follows a digit.
func refWordStart(line string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(line[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
		return false
	}
	return !((r == ',' || r == '.') && i >= 2 && refIsDigit(line[i-2]))
}

// refWordEnd reports whether a number may end at i: not followed by a letter,
// a digit or a decimal part (",5").
func refWordEnd(line string, i int) bool {
	if i >= len(line) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
		return false
	}
	return !((r == ',' || r == '.') && i+1 < len(line) && refIsDigit(line[i+1]))
}
