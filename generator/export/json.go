package export

import (
	"bytes"
	"io"
	"unicode/utf8"

	"phongtrao/generator/results"
)

// JSONPath is where the JSON export is written, relative to the output folder.
const JSONPath = "du-lieu/ket-qua.json"

// JSON returns du-lieu/ket-qua.json whole; see WriteJSON.
func JSON(r *results.Results) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJSON writes du-lieu/ket-qua.json to w: asOf, the periods, and one
// result per unit and started period. Each period and each result sits on
// its own line, so the file diffs well. It streams: memory stays at one
// chunk whatever the size of the export. Strings are escaped as
// encoding/json does, "<", ">" and "&" included (\u003c…), so the file
// stays safe even if someone inlines it in a page.
func WriteJSON(w io.Writer, r *results.Results) error {
	s := newSink(w)
	s.buf = append(s.buf, `{"asOf":`...)
	s.buf = appendString(s.buf, r.AsOf.String())
	s.buf = append(s.buf, ",\n\"periods\":["...)
	for i, p := range r.Periods {
		s.buf = appendSeparator(s.buf, i)
		s.buf = appendPeriod(s.buf, p)
	}
	s.buf = append(s.buf, "\n],\n\"results\":["...)
	keys := newJSONKeys(r)
	n := 0
	for _, p := range r.Periods {
		prefix := appendString([]byte(`{"period":`), p.ID)
		prefix = append(prefix, `,"unit":`...)
		for _, u := range p.Units {
			s.buf = appendSeparator(s.buf, n)
			s.buf = keys.appendResult(s.buf, prefix, u)
			s.maybeFlush()
			n++
		}
	}
	s.buf = append(s.buf, "\n]}\n"...)
	return s.flush()
}

// appendSeparator starts the i-th line of an array: after a comma unless
// it is the first.
func appendSeparator(b []byte, i int) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	return append(b, '\n')
}

func appendPeriod(b []byte, p *results.Period) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, p.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, p.Name)
	if p.Title != "" {
		b = append(b, `,"title":`...)
		b = appendString(b, p.Title)
	}
	b = append(b, `,"start":`...)
	b = appendString(b, p.Start.String())
	b = append(b, `,"end":`...)
	b = appendString(b, p.End.String())
	b = append(b, `,"status":`...)
	b = appendString(b, string(p.Status))
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// jsonSafe tells the ASCII bytes written as they are inside a JSON string:
// all but the control characters, '"', '\\', and the HTML-sensitive '<',
// '>' and '&' (encoding/json's htmlSafeSet).
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := byte(' '); c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendString appends s as a JSON string exactly as json.Marshal writes
// it: short escapes for \b \f \n \r \t, \u00XX for the other control
// characters and for < > &, \ufffd for each invalid UTF-8 byte, and
// \u2028 \u2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		} else if c == '\u2028' || c == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
		} else {
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
