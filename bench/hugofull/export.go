package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// period is one entry of the export's "periods".
type period struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Title  string `json:"title"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Status string `json:"status"`
}

// result is one entry of the export's "results": a unit in a period. Numbers
// stay json.Number so they are written out digit for digit; an empty Number
// or a nil pointer is a field the export left out.
type result struct {
	Period string      `json:"period"`
	Unit   string      `json:"unit"`
	Name   string      `json:"name"`
	Kind   string      `json:"kind"`
	Parent string      `json:"parent"`
	Depth  int         `json:"depth"`
	Leaf   bool        `json:"leaf"`
	Score  json.Number `json:"score"`
	Rank   struct {
		Siblings int `json:"siblings"`
		Level    int `json:"level"`
	} `json:"rank"`
	Criteria      ordered[criterionResult] `json:"criteria"`
	Indicators    ordered[indicatorResult] `json:"indicators"`
	IndicatorsMet *int                     `json:"indicatorsMet"`
	Deeds         int                      `json:"deeds"`
	Leaves        *int                     `json:"leaves"`
	AllMetShare   json.Number              `json:"allMetShare"`
}

// criterionResult is a criterion of a result: Met for a team; Share,
// MetLeaves and Leaves for an aggregate.
type criterionResult struct {
	Met       *bool       `json:"met"`
	Share     json.Number `json:"share"`
	MetLeaves *int        `json:"metLeaves"`
	Leaves    *int        `json:"leaves"`
}

// indicatorResult is an indicator of a result (docs/ket-qua-export.md,
// "Mỗi chỉ tiêu").
type indicatorResult struct {
	Numerator   json.Number `json:"numerator"`
	Denominator json.Number `json:"denominator"`
	Value       json.Number `json:"value"`
	Status      string      `json:"status"`
	MetLeaves   *int        `json:"metLeaves"`
	Leaves      *int        `json:"leaves"`
}

// entry is one key of a JSON object read in file order.
type entry[T any] struct {
	Key   string
	Value T
}

// ordered is a JSON object decoded into its entries in the order the file
// lists them (the export's criteria.toml order), which a Go map would lose.
type ordered[T any] []entry[T]

// UnmarshalJSON decodes a JSON object, keeping the order of its keys.
func (o *ordered[T]) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	*o = (*o)[:0]
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		var e entry[T]
		e.Key = tok.(string) // inside an object, a key is always a string
		if err := dec.Decode(&e.Value); err != nil {
			return err
		}
		*o = append(*o, e)
	}
	return expectDelim(dec, '}')
}

// expectDelim reads the next token and fails unless it is the delimiter d.
func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("offset %d: want %q, found %v", dec.InputOffset(), d, tok)
	}
	return nil
}

// readExport streams an export: it decodes "periods" and hands them to
// onPeriods, then decodes "results" one at a time and hands each to
// onResult, never holding more than one result. "periods" comes before
// "results" in the export; a result arriving first is an error.
func readExport(r io.Reader, onPeriods func([]period) error, onResult func(*result) error) error {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	seenPeriods := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch key := tok.(string); key {
		case "periods":
			var ps []period
			if err := dec.Decode(&ps); err != nil {
				return fmt.Errorf("periods: %w", err)
			}
			seenPeriods = true
			if err := onPeriods(ps); err != nil {
				return err
			}
		case "results":
			if !seenPeriods {
				return fmt.Errorf("\"results\" before \"periods\"")
			}
			if err := readResults(dec, onResult); err != nil {
				return err
			}
		default: // asOf and anything added later
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return fmt.Errorf("%s: %w", key, err)
			}
		}
	}
	return expectDelim(dec, '}')
}

// readResults decodes the "results" array element by element.
func readResults(dec *json.Decoder, onResult func(*result) error) error {
	if err := expectDelim(dec, '['); err != nil {
		return err
	}
	for n := 0; dec.More(); n++ {
		var res result
		if err := dec.Decode(&res); err != nil {
			return fmt.Errorf("results[%d]: %w", n, err)
		}
		if err := onResult(&res); err != nil {
			return fmt.Errorf("results[%d]: %w", n, err)
		}
	}
	return expectDelim(dec, ']')
}
