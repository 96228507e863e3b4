package privacy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// group is a run of ASCII digits in a text: s[start:end]. sep is the
// separator before it ("" for a run's first group), with its blanks and
// parentheses left out: "." for "0912.345", " " for "0912 345" or
// "(0261) 3544".
type group struct {
	start, end int
	sep        string
}

func (g group) len() int { return g.end - g.start }

// numbers finds phone numbers and identity numbers in s. It reads runs of
// digit groups joined by a separator ("0912 345 678", "001.234.567.890",
// "(0261) 3544 123") that do not touch a letter or another digit, then tries
// every stretch of consecutive groups of a run, earliest first, longest
// first, so that "năm 2024 0912 345 678" still finds the phone number. A run
// followed by a decimal comma ("1.234,5") is a quantity.
func numbers(s string) []match {
	var out []match
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "0123456789+")
		if j < 0 {
			break
		}
		i += j
		start := i
		plus := strings.HasPrefix(s[i:], "+84")
		if !wordStart(s, i) || s[i] == '+' && !plus {
			i++
			continue
		}
		if plus {
			i = afterSep(s, i+3)
		}
		groups, end := digitRun(s, i)
		i = max(end, start+1)
		if len(groups) == 0 || !wordEnd(s, end) {
			continue
		}
		if plus {
			if international(s, groups) {
				out = append(out, match{start, end, Phone})
			}
			continue
		}
		out = append(out, classify(s, groups)...)
	}
	return out
}

// classify tries the stretches of groups, earliest first, longest first.
func classify(s string, groups []group) []match {
	var out []match
	for a := 0; a < len(groups); a++ {
		for b := min(len(groups)-1, a+5); b >= a; b-- {
			run := groups[a : b+1]
			if !sameSeps(run) || holdsDate(s, run) {
				continue
			}
			k, ok := phone(s, run)
			if !ok {
				k, ok = identity(s, run)
			}
			if ok {
				out = append(out, match{run[0].start, run[len(run)-1].end, k})
				a = b
				break
			}
		}
	}
	return out
}

// digitRun reads digit groups from i, each after a separator, and returns
// them with the end of the last one.
func digitRun(s string, i int) ([]group, int) {
	var gs []group
	sep := ""
	for {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == i {
			break
		}
		gs = append(gs, group{i, j, sep})
		k := afterSep(s, j)
		if k == j || k >= len(s) || !isDigit(s[k]) {
			break
		}
		sep, i = sepKind(s[j:k]), k
	}
	if len(gs) == 0 {
		return nil, i
	}
	return gs, gs[len(gs)-1].end
}

// afterSep returns where the separator that starts at s[i:] ends: an
// optional ")", a blank, one of ". - / _", a blank, each optional, in that
// order ("0912.345", "(0261) 3544", "0912 - 345"). It returns i when there
// is none.
func afterSep(s string, i int) int {
	if i < len(s) && s[i] == ')' {
		i++
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && strings.IndexByte(".-/_", s[i]) >= 0 {
		i++
		if i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return i
}

// sepKind is a separator without its blanks and parentheses, " " when
// nothing else is left.
func sepKind(sep string) string {
	k := strings.Trim(sep, " ()")
	if k == "" {
		return " "
	}
	return k
}

// sameSeps reports whether the groups of run are joined by one kind of
// separator only, or, without a "/", by blanks, dots, hyphens and
// underscores mixed: "09/12/2024 15" is a date and a count, never one number.
func sameSeps(run []group) bool {
	slash, other := false, false
	for _, g := range run[1:] {
		if g.sep == "/" {
			slash = true
		} else {
			other = true
		}
	}
	return !(slash && other)
}

// holdsDate reports whether run holds a date: a day, a month and a year
// ("09.12.2024", "19-8-2024"), or a year, a month and a day ("2024-08-19"),
// written with one separator.
func holdsDate(s string, run []group) bool {
	for i := 0; i+2 < len(run); i++ {
		a, b, c := run[i], run[i+1], run[i+2]
		if b.sep != c.sep {
			continue
		}
		if a.len() <= 2 && b.len() <= 2 && isYear(s[c.start:c.end]) ||
			isYear(s[a.start:a.end]) && b.len() <= 2 && c.len() <= 2 {
			return true
		}
	}
	return false
}

func isYear(d string) bool {
	return len(d) == 4 && (strings.HasPrefix(d, "19") || strings.HasPrefix(d, "20"))
}

// digits returns the digits of run, without separators.
func digits(s string, run []group) string {
	var b strings.Builder
	for _, g := range run {
		b.WriteString(s[g.start:g.end])
	}
	return b.String()
}

// shortest returns the length of the shortest group of run.
func shortest(run []group) int {
	n := run[0].len()
	for _, g := range run[1:] {
		n = min(n, g.len())
	}
	return n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// wordStart reports whether a number may start at i: not inside a word or
// right after a decimal mark that follows a digit.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return !((r == ',' || r == '.') && i >= 2 && isDigit(s[i-2]))
}

// wordEnd reports whether a number may end at i: not followed by a letter,
// a digit or a decimal part (",5").
func wordEnd(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return !((r == ',' || r == '.') && i+1 < len(s) && isDigit(s[i+1]))
}
