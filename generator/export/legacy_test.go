package export

// This file keeps the references the streaming writers are compared
// against byte for byte (equal_test.go) and timed against (bench_test.go):
// the first JSON encoder (encoding/json with reflection, math/big
// formatting), unchanged but for the names, and, in referenceCSV, a plain
// writer of the wide CSV built on encoding/csv and math/big.

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strings"

	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

type legacyPeriod struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Title  string `json:"title,omitempty"`
	Start  string `json:"start"`
	End    string `json:"end"`
	Status string `json:"status"`
}

type legacyRank struct {
	Siblings int `json:"siblings"`
	Level    int `json:"level"`
}

type legacyResult struct {
	Period        string        `json:"period"`
	Unit          string        `json:"unit"`
	Name          string        `json:"name"`
	Kind          string        `json:"kind"`
	Parent        string        `json:"parent,omitempty"`
	Depth         int           `json:"depth"`
	Leaf          bool          `json:"leaf"`
	Score         legacyNumber  `json:"score"`
	Rank          legacyRank    `json:"rank"`
	Criteria      legacyOrdered `json:"criteria"`
	Indicators    legacyOrdered `json:"indicators"`
	IndicatorsMet *int          `json:"indicatorsMet,omitempty"`
	Deeds         int           `json:"deeds"`
	Leaves        *int          `json:"leaves,omitempty"`
	AllMetShare   *legacyNumber `json:"allMetShare,omitempty"`
	_             struct{}      // keep field order explicit
}

type legacyCriterion struct {
	Met       *bool         `json:"met,omitempty"`
	Share     *legacyNumber `json:"share,omitempty"`
	MetLeaves *int          `json:"metLeaves,omitempty"`
	Leaves    *int          `json:"leaves,omitempty"`
}

type legacyIndicator struct {
	Numerator   *legacyNumber `json:"numerator,omitempty"`
	Denominator *legacyNumber `json:"denominator,omitempty"`
	Value       *legacyNumber `json:"value,omitempty"`
	Status      string        `json:"status,omitempty"`
	MetLeaves   *int          `json:"metLeaves,omitempty"`
	Leaves      *int          `json:"leaves,omitempty"`
}

// legacyOrdered is a JSON object whose keys keep their insertion order.
type legacyOrdered []legacyMember

type legacyMember struct {
	key   string
	value any
}

// MarshalJSON writes the members in order.
func (o legacyOrdered) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(m.key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(m.value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// legacyJSON is the first JSON encoder.
func legacyJSON(r *results.Results) ([]byte, error) {
	var b bytes.Buffer
	asOf, err := json.Marshal(r.AsOf.String())
	if err != nil {
		return nil, err
	}
	b.WriteString(`{"asOf":`)
	b.Write(asOf)
	b.WriteString(",\n\"periods\":[")
	for i, p := range r.Periods {
		jp := legacyPeriod{ID: p.ID, Name: p.Name, Title: p.Title, Start: p.Start.String(), End: p.End.String(), Status: string(p.Status)}
		if err := legacyLine(&b, i, jp); err != nil {
			return nil, err
		}
	}
	b.WriteString("\n],\n\"results\":[")
	n := 0
	for _, p := range r.Periods {
		for _, u := range p.Units {
			if err := legacyLine(&b, n, legacyEntry(r, p, u)); err != nil {
				return nil, err
			}
			n++
		}
	}
	b.WriteString("\n]}\n")
	return b.Bytes(), nil
}

func legacyLine(b *bytes.Buffer, i int, v any) error {
	j, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if i > 0 {
		b.WriteByte(',')
	}
	b.WriteByte('\n')
	b.Write(j)
	return nil
}

func legacyEntry(r *results.Results, p *results.Period, u *results.UnitResult) legacyResult {
	j := legacyResult{
		Period: p.ID, Unit: u.Unit.ID, Name: u.Unit.Name, Kind: u.Unit.Kind,
		Depth: u.Unit.Depth, Leaf: u.Leaf, Score: legacyScore(u),
		Rank:  legacyRank{Siblings: u.Rank.Siblings, Level: u.Rank.Level},
		Deeds: u.Deeds,
	}
	if u.Unit.Parent != nil {
		j.Parent = u.Unit.Parent.ID
	}
	if u.Leaf {
		j.IndicatorsMet = legacyPtr(u.IndicatorsMet)
	} else {
		j.Leaves = legacyPtr(u.Leaves)
		j.AllMetShare = legacyPtr(legacyRatNumber(u.AllMetShare))
	}
	for i, c := range r.Set.Criteria {
		j.Criteria = append(j.Criteria, legacyMember{c.ID, legacyCrit(u, &u.Criteria[i])})
	}
	for i, ref := range r.Indicators {
		j.Indicators = append(j.Indicators, legacyMember{ref.Key, legacyInd(u, &u.Indicators[i])})
	}
	return j
}

func legacyScore(u *results.UnitResult) legacyNumber {
	if u.Leaf {
		return legacyDecNumber(u.ScoreSum)
	}
	return legacyRatNumber(u.Score)
}

func legacyCrit(u *results.UnitResult, c *results.CriterionResult) legacyCriterion {
	if u.Leaf {
		return legacyCriterion{Met: legacyPtr(c.Met)}
	}
	return legacyCriterion{Share: legacyPtr(legacyRatNumber(c.Share)), MetLeaves: legacyPtr(c.MetLeaves), Leaves: legacyPtr(c.Leaves)}
}

func legacyInd(u *results.UnitResult, in *results.IndicatorResult) legacyIndicator {
	var j legacyIndicator
	if u.Leaf {
		j.Status = in.Status.String()
	} else {
		j.MetLeaves, j.Leaves = legacyPtr(int(in.MetLeaves)), legacyPtr(int(in.Leaves))
	}
	if in.Fraction() {
		j.Numerator, j.Denominator = legacyPtr(legacyDecNumber(in.Numerator)), legacyPtr(legacyDecNumber(in.Denominator))
		if in.Denominator != 0 {
			j.Value = legacyPtr(legacyFracNumber(in.Numerator, in.Denominator))
		}
	} else if v, ok := in.Decimal(); ok {
		j.Value = legacyPtr(legacyDecNumber(v))
	}
	return j
}

func legacyPtr[T any](v T) *T { return &v }

// legacyNumber is a JSON number kept as its text.
type legacyNumber string

// MarshalJSON writes the number as is.
func (n legacyNumber) MarshalJSON() ([]byte, error) { return []byte(n), nil }

func legacyDecNumber(d decimal.D) legacyNumber { return legacyNumber(d.String()) }

func legacyRatNumber(r *big.Rat) legacyNumber {
	s := r.FloatString(Places)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return legacyNumber(s)
}

func legacyFracNumber(n, d decimal.D) legacyNumber {
	return legacyRatNumber(new(big.Rat).SetFrac(big.NewInt(int64(n)), big.NewInt(int64(d))))
}
