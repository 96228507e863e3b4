package export

import (
	"bytes"
	"encoding/json"
	"io"

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

// periodJSON is one line of the JSON's periods.
type periodJSON struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Title  string `json:"title,omitempty"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Status string `json:"status"`
}

// WriteJSON writes du-lieu/ket-qua.json to w: asOf, the periods, and one
// result per unit and started period. Each period and each result sits on
// its own line, so the file diffs well. Every string is written by
// encoding/json with its default escaping, "<", ">" and "&" included
// (\u003c…), so the file stays safe even if someone inlines it in a page.
// It streams: memory stays at one chunk, plus the unit fields of one
// period (entryWriter), whatever the size of the export.
func WriteJSON(w io.Writer, r *results.Results) error {
	s := newSink(w)
	s.buf = append(s.buf, `{"asOf":`...)
	s.buf = append(s.buf, quote(r.AsOf.String())...)
	s.buf = append(s.buf, ",\n\"periods\":["...)
	for i, p := range r.Periods {
		line, err := json.Marshal(periodJSON{ID: p.ID, Name: p.Name, Title: p.Title,
			Start: p.Start.String(), End: p.End.String(), Status: string(p.Status)})
		if err != nil {
			return err
		}
		s.buf = appendSeparator(s.buf, i)
		s.buf = append(s.buf, line...)
	}
	s.buf = append(s.buf, "\n],\n\"results\":["...)
	e := newEntryWriter(r)
	n := 0
	for _, p := range r.Periods {
		prefix := append(append([]byte(`{"period":`), quote(p.ID)...), ',')
		for i, u := range p.Units {
			if u.Absent { // no result in this period (rule 8)
				continue
			}
			s.buf = appendSeparator(s.buf, n)
			s.buf = e.appendResult(s.buf, prefix, i, u)
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

// quote returns s as a JSON string, as encoding/json writes it.
func quote(s string) []byte {
	b, _ := json.Marshal(s) // a string always marshals
	return b
}
