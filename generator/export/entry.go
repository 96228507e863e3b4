package export

import (
	"bytes"
	"encoding/json"
	"strconv"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

// entryWriter writes the results' lines of the JSON. What every line
// repeats is encoded by encoding/json once: the object keys `"4.1":` per
// criterion and `"4.1/tin-bao":` per indicator, the status words, and a
// unit's own fields, kept per position in a period's units since every
// period lists the same units in the same order. Numbers are appended as
// decimal.D writes them (number.go).
type entryWriter struct {
	criteria   [][]byte
	indicators [][]byte
	// defs are the indicators, whose sensitive mark decides what is written.
	defs []*data.Indicator
	// statuses are the words of results.Met … results.NoData, by value.
	statuses [results.NoData + 1][]byte
	units    []unitFields
	// set gives each unit's successor (data/successions.csv).
	set *data.Set
	// targets tells whether a team's indicator carries its target: only
	// when data/targets.csv sets targets, so that a site without one
	// exports what it always did.
	targets bool
	// enc writes a unit's fields into buf.
	enc *json.Encoder
	buf bytes.Buffer
}

// unitFields is `"unit":…,"name":…,"kind":…,"parent":…,"depth":…` of unit,
// with parent and depth in the period's tree (rule 8).
type unitFields struct {
	unit, parent *data.Unit
	depth        int
	json         []byte
}

// unitJSON is what a result says of its unit, whatever the period.
type unitJSON struct {
	Unit   string `json:"unit"`
	Name   string `json:"name"`
	Kind   string `json:"kind"`
	Parent string `json:"parent,omitempty"`
	Depth  int    `json:"depth"`
	// Successor is the unit this one became part of (data/successions.csv).
	Successor string `json:"successor,omitempty"`
}

func newEntryWriter(r *results.Results) *entryWriter {
	e := &entryWriter{set: r.Set, targets: len(r.Set.Targets) > 0}
	e.enc = json.NewEncoder(&e.buf)
	for s := range e.statuses {
		e.statuses[s] = quote(results.Status(s).String())
	}
	n := 0
	for _, p := range r.Periods {
		n = max(n, len(p.Units))
	}
	e.units = make([]unitFields, n)
	for _, c := range r.Set.Criteria {
		e.criteria = append(e.criteria, append(quote(c.ID), ':'))
	}
	for _, ref := range r.Indicators {
		e.indicators = append(e.indicators, append(quote(ref.Key), ':'))
		e.defs = append(e.defs, ref.Indicator)
	}
	return e
}

// unit returns the fields of r's unit u, the i-th unit of its period,
// encoding them unless the unit at that position was u, with the same
// parent and depth, in the period before.
func (e *entryWriter) unit(i int, r *results.UnitResult) []byte {
	u := r.Unit
	if c := &e.units[i]; c.unit != u || c.parent != r.Parent || c.depth != r.Depth {
		j := unitJSON{Unit: u.ID, Name: u.Name, Kind: u.Kind, Depth: r.Depth}
		if r.Parent != nil {
			j.Parent = r.Parent.ID
		}
		if s, ok := e.set.Successor(u.ID); ok {
			j.Successor = s.To
		}
		e.buf.Reset()
		_ = e.enc.Encode(&j) // strings and an int always encode
		b := e.buf.Bytes()   // {…}\n
		*c = unitFields{unit: u, parent: r.Parent, depth: r.Depth, json: bytes.Clone(b[1 : len(b)-2])}
	}
	return e.units[i].json
}

// appendResult appends the JSON object of the i-th unit u of a period;
// prefix is `{"period":"<id>",`. Leaves carry met, status and
// indicatorsMet; aggregates carry shares, metLeaves, leaves and
// allMetShare (docs/ket-qua-export.md).
func (e *entryWriter) appendResult(b, prefix []byte, i int, u *results.UnitResult) []byte {
	b = append(b, prefix...)
	b = append(b, e.unit(i, u)...)
	b = append(b, `,"leaf":`...)
	b = strconv.AppendBool(b, u.Leaf)
	b = append(b, `,"score":`...)
	b = appendScore(b, u)
	b = append(b, `,"rank":{"siblings":`...)
	b = strconv.AppendInt(b, int64(u.Rank.Siblings), 10)
	b = append(b, `,"level":`...)
	b = strconv.AppendInt(b, int64(u.Rank.Level), 10)
	b = append(b, '}')
	b = e.appendMembers(b, u)
	if u.Leaf {
		b = append(b, `,"indicatorsMet":`...)
		b = strconv.AppendInt(b, int64(u.IndicatorsMet), 10)
	}
	b = append(b, `,"deeds":`...)
	b = strconv.AppendInt(b, int64(u.Deeds), 10)
	if !u.Leaf {
		b = append(b, `,"leaves":`...)
		b = strconv.AppendInt(b, int64(u.Leaves), 10)
		b = append(b, `,"allMetShare":`...)
		b = appendRat(b, u.AllMetShare)
	}
	return append(b, '}')
}

// appendMembers appends `,"criteria":{…},"indicators":{…}`, keyed by
// criterion id and indicator key in criteria.toml order.
func (e *entryWriter) appendMembers(b []byte, u *results.UnitResult) []byte {
	b = append(b, `,"criteria":{`...)
	for i := range e.criteria {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, e.criteria[i]...)
		b = appendCriterion(b, u, &u.Criteria[i])
	}
	b = append(b, `},"indicators":{`...)
	for i := range e.indicators {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, e.indicators[i]...)
		b = e.appendIndicator(b, e.defs[i], u, &u.Indicators[i])
	}
	return append(b, '}')
}

// appendScore appends a unit's score: exact for a leaf (a sum of points),
// rounded for an aggregate (a mean).
func appendScore(b []byte, u *results.UnitResult) []byte {
	if u.Leaf {
		return u.ScoreSum.Append(b)
	}
	return appendRat(b, u.Score)
}

func appendCriterion(b []byte, u *results.UnitResult, c *results.CriterionResult) []byte {
	if u.Leaf {
		b = append(b, `{"met":`...)
		b = strconv.AppendBool(b, c.Met)
		return append(b, '}')
	}
	b = append(b, `{"share":`...)
	b = appendRat(b, c.Share)
	b = append(b, `,"metLeaves":`...)
	b = strconv.AppendInt(b, int64(c.MetLeaves), 10)
	b = append(b, `,"leaves":`...)
	b = strconv.AppendInt(b, int64(c.Leaves), 10)
	return append(b, '}')
}

// appendIndicator appends numerator, denominator and value where the
// indicator has them and publishes them (figures: a sensitive one's are
// left out or null), then a leaf's status or an aggregate's counts.
func (e *entryWriter) appendIndicator(b []byte, def *data.Indicator, u *results.UnitResult, in *results.IndicatorResult) []byte {
	b = append(b, '{')
	open := len(b) // a field starting here needs no comma before it
	s := figures(def, u, in)
	if s.num != absent {
		b = append(b, `"numerator":`...)
		b = appendFigure(b, s.num, in.Numerator)
		b = append(b, `,"denominator":`...)
		b = appendFigure(b, s.den, in.Denominator)
	}
	if s.value == written {
		b = appendComma(b, open)
		b = append(b, `"value":`...)
		b = appendValue(b, in)
	}
	if u.Leaf {
		if e.targets && !def.Sensitive {
			b = appendComma(b, open)
			b = append(b, `"target":`...)
			b = in.Target.Append(b)
		}
		if in.Status != 0 {
			b = appendComma(b, open)
			b = append(b, `"status":`...)
			b = append(b, e.statuses[in.Status]...)
		}
	} else {
		b = appendComma(b, open)
		b = append(b, `"metLeaves":`...)
		b = strconv.AppendInt(b, int64(in.MetLeaves), 10)
		b = append(b, `,"leaves":`...)
		b = strconv.AppendInt(b, int64(in.Leaves), 10)
	}
	return append(b, '}')
}

// appendValue appends in's value, which figures found written: a ratio or
// monthly one's numerator / denominator, a total or latest one's decimal.
func appendValue(b []byte, in *results.IndicatorResult) []byte {
	if in.Fraction() {
		return appendFrac(b, in.Numerator, in.Denominator)
	}
	v, _ := in.Decimal()
	return v.Append(b)
}

// appendFigure appends d, or null when it is withheld.
func appendFigure(b []byte, f figure, d decimal.D) []byte {
	if f == withheld {
		return append(b, "null"...)
	}
	return d.Append(b)
}

// appendComma appends a comma unless b ends where an object's first field
// goes (open).
func appendComma(b []byte, open int) []byte {
	if len(b) > open {
		b = append(b, ',')
	}
	return b
}
