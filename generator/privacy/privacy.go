// Package privacy finds what looks like personal data in published text: a
// citizen ID (12 digits, CCCD), a Vietnamese phone number, or the start of a
// home address. The site publishes aggregates and commendations only
// (BRIEF.md §6), so stories, news and the deeds' text are checked with it.
package privacy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding is one piece of text that looks like personal data.
type Finding struct {
	Off  int    // byte offset in the line
	What string // what it looks like, in Vietnamese, for the message
	Text string // the matched text
}

// Find returns what looks like personal data in one line of NFC text, in order.
func Find(line string) []Finding {
	return append(numbers(line), addresses(line)...)
}

// MayHold reports whether Find could find anything in s, before or after
// s is normalized: every finding holds an ASCII digit, and no canonical
// decomposition or composition makes or removes one. Callers use it to
// skip normalizing text that cannot hold personal data, most of it.
func MayHold(s string) bool {
	return nextDigit(s, 0) < len(s)
}

// group is a run of ASCII digits in a line: line[start:end].
type group struct{ start, end int }

// numbers finds citizen IDs and phone numbers. It reads runs of digit groups
// joined by single spaces, dots or hyphens ("0912 345 678", "0912.345.678")
// that do not touch a letter or another digit, then tries every stretch of
// consecutive groups of a run so that "năm 2024 0912 345 678" still finds
// the phone number. A run followed by a decimal comma ("1.234,5") is a
// quantity, never personal data.
func numbers(line string) []Finding {
	var out []Finding
	var buf [8]group // digitRun's groups, on the stack for the usual runs
	for i := 0; i < len(line); {
		if i = nextDigitOrPlus(line, i); i == len(line) {
			break
		}
		c := line[i]
		plus := c == '+' && strings.HasPrefix(line[i:], "+84")
		if !(plus || isDigit(c)) || !wordStart(line, i) {
			i++
			continue
		}
		start := i
		if plus {
			i += 3 // "+84", then an optional ")" and one separator
			if i < len(line) && line[i] == ')' {
				i++
			}
			if i < len(line) && isSep(line[i]) {
				i++
			}
		}
		groups, end := digitRun(buf[:0], line, i)
		i = max(end, start+1)
		if len(groups) == 0 || !wordEnd(line, end) {
			continue
		}
		if plus {
			if n := digits(line, groups); n == 9 || n == 10 && line[groups[0].start] == '0' {
				out = append(out, Finding{Off: start, What: "số điện thoại", Text: line[start:end]})
			}
			continue
		}
		out = append(out, classify(line, groups)...)
	}
	return out
}

// classify tries the stretches of groups, earliest first, longest first.
func classify(line string, groups []group) []Finding {
	var out []Finding
	for a := 0; a < len(groups); a++ {
		for b := min(len(groups)-1, a+5); b >= a; b-- {
			run := groups[a : b+1]
			text := line[run[0].start:run[len(run)-1].end]
			what := ""
			switch {
			case isPhone(line, run):
				what = "số điện thoại"
			case isCitizenID(line, run):
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

// isPhone: ten digits starting with 0 then a non-zero digit ("0912345678"),
// groups of at least two digits when split ("0912 345 678", "091.234.5678").
func isPhone(line string, run []group) bool {
	if digits(line, run) != 10 || line[run[0].start] != '0' {
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

// isCitizenID: twelve digits, in one piece or in groups of three or four
// separated by single spaces ("0123 4567 8901", "012 345 678 901"). Dots are
// left out on purpose: "123.456.789.012" is an amount of money.
func isCitizenID(line string, run []group) bool {
	if digits(line, run) != 12 {
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

// digitRun reads digit groups from i, joined by one separator each, and
// appends them to gs.
func digitRun(gs []group, line string, i int) ([]group, int) {
	for {
		j := i
		for j < len(line) && isDigit(line[j]) {
			j++
		}
		if j == i {
			break
		}
		gs = append(gs, group{i, j})
		if j+1 < len(line) && isSep(line[j]) && isDigit(line[j+1]) {
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

func digits(line string, run []group) int {
	n := 0
	for _, g := range run {
		n += g.end - g.start
	}
	return n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSep(c byte) bool { return c == ' ' || c == '.' || c == '-' }

// wordStart reports whether a number may start at i: not inside a word or
// right after a decimal mark that follows a digit.
func wordStart(line string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(line[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
		return false
	}
	return !((r == ',' || r == '.') && i >= 2 && isDigit(line[i-2]))
}

// wordEnd reports whether a number may end at i: not followed by a letter,
// a digit or a decimal part (",5").
func wordEnd(line string, i int) bool {
	if i >= len(line) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
		return false
	}
	return !((r == ',' || r == '.') && i+1 < len(line) && isDigit(line[i+1]))
}
