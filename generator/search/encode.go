package search

import (
	"strconv"
	"unicode/utf8"
)

// The index files are JSON as marshal writes it (compact, no HTML
// escaping). The appenders below write the same bytes for the shapes the
// records and word entries have, without reflection; the tests compare
// them with marshal.

// appendString appends s as a JSON string, byte for byte as marshal would.
func appendString(b []byte, s string) []byte {
	if !plainJSON(s) {
		m, _ := marshal(s) // a string always marshals
		return append(b, m...)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// plainJSON reports whether marshal writes s between quotes unchanged: no
// control characters, quotes or backslashes, valid UTF-8, and neither
// U+2028 nor U+2029 (which encoding/json always escapes).
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c == '"' || c == '\\':
			return false
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xa8:
			// U+2028 or U+2029 (E2 80 A8, E2 80 A9): in valid UTF-8, 0xE2
			// only starts a character.
			return false
		}
	}
	return utf8.ValidString(s)
}

// appendInts appends v as a JSON array of numbers.
func appendInts(b []byte, v []int) []byte {
	b = append(b, '[')
	for i, n := range v {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, ']')
}

// appendRecord appends d's result record [title, url, kind index, context,
// date], trailing empty strings left out.
func appendRecord(b []byte, d Doc, kind int) []byte {
	b = append(b, '[')
	b = appendString(b, d.Title)
	b = append(b, ',')
	b = appendString(b, d.URL)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(kind), 10)
	if d.Context != "" || d.Date != "" {
		b = append(b, ',')
		b = appendString(b, d.Context)
	}
	if d.Date != "" {
		b = append(b, ',')
		b = appendString(b, d.Date)
	}
	return append(b, ']')
}
