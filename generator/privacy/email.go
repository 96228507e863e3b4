package privacy

import (
	"regexp"
	"strings"
)

// emailRE matches an e-mail address in a text (diacritics already removed,
// so "nguyễn@..." is matched as "nguyen@...").
var emailRE = regexp.MustCompile(`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`)

// emails finds the e-mail addresses in s. The regexp runs only on the
// characters around each "@" that it could match.
func emails(s string) []match {
	var out []match
	for i := 0; ; {
		at := strings.IndexByte(s[i:], '@')
		if at < 0 {
			return out
		}
		at += i
		lo, hi := at, at+1
		for lo > 0 && isEmailByte(s[lo-1]) {
			lo--
		}
		for hi < len(s) && isEmailByte(s[hi]) {
			hi++
		}
		if m := emailRE.FindStringIndex(s[lo:hi]); m != nil {
			out = append(out, match{lo + m[0], lo + m[1], Email})
		}
		i = hi
	}
}

func isEmailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || strings.IndexByte("._%+-", c) >= 0
}
