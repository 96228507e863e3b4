package content

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// simpleTOML decodes front matter written the usual way, one "key = value"
// per line, into exactly what toml.Decode gives, several times faster. It
// takes bare keys starting with a letter or "_", and values that are basic
// strings without escapes ("…"), local dates (2025-03-12), decimal
// integers, true or false, and one-line arrays of such strings. For
// anything else (comments, tables, escapes, literal or multi-line strings,
// other types, a repeated key, a date that does not exist: everything toml
// might reject or read differently) ok is false and the caller decodes with
// toml, which also words the errors. lines[i] is the line (1-based) where
// order[i] is set.
func simpleTOML(front string) (m map[string]any, order []string, lines []int, ok bool) {
	if !utf8.ValidString(front) {
		return nil, nil, nil, false
	}
	m = map[string]any{}
	keys := strings.Count(front, "\n") + 1 // at most
	order, lines = make([]string, 0, keys), make([]int, 0, keys)
	n := 0 // the line number, 1-based
	for line := range strings.SplitSeq(front, "\n") {
		n++
		t := trimBlank(line)
		if t == "" {
			continue
		}
		k := 0
		for k < len(t) && (isBareKeyByte(t[k])) {
			k++
		}
		if k == 0 || t[0] == '-' || t[0] >= '0' && t[0] <= '9' {
			return nil, nil, nil, false
		}
		key, rest := t[:k], trimBlank(t[k:])
		if _, dup := m[key]; dup || !strings.HasPrefix(rest, "=") {
			return nil, nil, nil, false
		}
		v, rest, ok := simpleValue(trimBlank(rest[1:]))
		if !ok || trimBlank(rest) != "" {
			return nil, nil, nil, false
		}
		m[key] = v
		order = append(order, key)
		lines = append(lines, n)
	}
	if len(order) == 0 {
		return m, nil, nil, true // as toml gives: no key, no slice
	}
	return m, order, lines, true
}

// simpleValue reads one value at the start of s and returns what follows.
func simpleValue(s string) (v any, rest string, ok bool) {
	switch {
	case strings.HasPrefix(s, `"`):
		return simpleString(s)
	case strings.HasPrefix(s, "["):
		return simpleArray(s[1:])
	case strings.HasPrefix(s, "true"):
		return true, s[4:], endsValue(s[4:])
	case strings.HasPrefix(s, "false"):
		return false, s[5:], endsValue(s[5:])
	}
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == '-') {
		n++
	}
	if !endsValue(s[n:]) {
		return nil, "", false
	}
	if d, ok := simpleDate(s[:n]); ok {
		return d, s[n:], true
	}
	if i, ok := simpleInt(s[:n]); ok {
		return i, s[n:], true
	}
	return nil, "", false
}

// endsValue reports whether a value may end where s starts: at the end of
// the line or before a space or tab.
func endsValue(s string) bool { return s == "" || s[0] == ' ' || s[0] == '\t' }

// simpleString reads a basic string with no escape and no control
// character (which toml rejects, except tab).
func simpleString(s string) (string, string, bool) {
	if !strings.HasPrefix(s, `"`) || strings.HasPrefix(s, `"""`) {
		return "", "", false
	}
	end := strings.IndexByte(s[1:], '"')
	if end < 0 {
		return "", "", false
	}
	v := s[1 : end+1]
	for i := 0; i < len(v); i++ {
		if c := v[i]; c == '\\' || c < 0x20 && c != '\t' || c == 0x7f {
			return "", "", false
		}
	}
	return v, s[end+2:], true
}

// simpleArray reads the rest of a one-line array of strings, after "[".
func simpleArray(s string) ([]any, string, bool) {
	out := []any{}
	for first := true; ; first = false {
		s = trimBlank(s)
		if first && strings.HasPrefix(s, "]") {
			return out, s[1:], true
		}
		v, rest, ok := simpleString(s)
		if !ok {
			return nil, "", false
		}
		out = append(out, v)
		s = trimBlank(rest)
		switch {
		case strings.HasPrefix(s, "]"):
			return out, s[1:], true
		case !strings.HasPrefix(s, ","):
			return nil, "", false
		}
		s = s[1:]
		if strings.HasPrefix(trimBlank(s), "]") {
			return nil, "", false // a trailing comma: leave it to toml
		}
	}
}

// localDate is the location toml gives local dates: decoded once, so that
// a date from simpleTOML is the very value toml.Decode returns.
var localDate = func() *time.Location {
	v := map[string]any{}
	if _, err := toml.Decode("d = 2000-01-01", &v); err != nil {
		panic(err)
	}
	return v["d"].(time.Time).Location()
}()

// simpleDate reads YYYY-MM-DD, a day that exists.
func simpleDate(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, oky := digits(s[:4])
	mo, okm := digits(s[5:7])
	d, okd := digits(s[8:])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, localDate)
	if !oky || !okm || !okd || t.Year() != y || int(t.Month()) != mo || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// simpleInt reads a decimal integer of up to 18 digits, without sign "+",
// underscores or leading zeros ("-0" and "0" too are left to toml, but for "0").
func simpleInt(s string) (int64, bool) {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	if s == "0" && !neg {
		return 0, true
	}
	if s == "" || len(s) > 18 || s[0] == '0' {
		return 0, false
	}
	n, ok := digits(s)
	if neg {
		n = -n
	}
	return int64(n), ok
}

// digits reads a string of ASCII digits.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}

// trimBlank is strings.TrimLeft(s, " \t").
func trimBlank(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	return s
}
