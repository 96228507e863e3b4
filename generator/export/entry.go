package export

import (
	"strconv"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

// jsonKeys holds the object keys every result repeats, escaped once:
// `"4.1":` per criterion and `"4.1/tin-bao":` per indicator; and the
// indicators themselves, whose sensitive mark decides what is written.
type jsonKeys struct {
	criteria   [][]byte
	indicators [][]byte
	defs       []*data.Indicator
}

func newJSONKeys(r *results.Results) *jsonKeys {
	k := &jsonKeys{}
	for _, c := range r.Set.Criteria {
		k.criteria = append(k.criteria, append(appendString(nil, c.ID), ':'))
	}
	for _, ref := range r.Indicators {
		k.indicators = append(k.indicators, append(appendString(nil, ref.Key), ':'))
		k.defs = append(k.defs, ref.Indicator)
	}
	return k
}

// appendResult appends the JSON object of one unit in one period; prefix
// is `{"period":"<id>","unit":`. Leaves carry met, status and
// indicatorsMet; aggregates carry shares, metLeaves, leaves and
// allMetShare (docs/ket-qua-export.md).
func (k *jsonKeys) appendResult(b, prefix []byte, u *results.UnitResult) []byte {
	b = append(b, prefix...)
	b = appendString(b, u.Unit.ID)
	b = append(b, `,"name":`...)
	b = appendString(b, u.Unit.Name)
	b = append(b, `,"kind":`...)
	b = appendString(b, u.Unit.Kind)
	if u.Unit.Parent != nil && u.Unit.Parent.ID != "" {
		b = append(b, `,"parent":`...)
		b = appendString(b, u.Unit.Parent.ID)
	}
	b = append(b, `,"depth":`...)
	b = strconv.AppendInt(b, int64(u.Unit.Depth), 10)
	b = append(b, `,"leaf":`...)
	b = strconv.AppendBool(b, u.Leaf)
	b = append(b, `,"score":`...)
	b = appendScore(b, u)
	b = append(b, `,"rank":{"siblings":`...)
	b = strconv.AppendInt(b, int64(u.Rank.Siblings), 10)
	b = append(b, `,"level":`...)
	b = strconv.AppendInt(b, int64(u.Rank.Level), 10)
	b = append(b, '}')
	b = k.appendMembers(b, u)
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
func (k *jsonKeys) appendMembers(b []byte, u *results.UnitResult) []byte {
	b = append(b, `,"criteria":{`...)
	for i := range k.criteria {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, k.criteria[i]...)
		b = appendCriterion(b, u, &u.Criteria[i])
	}
	b = append(b, `},"indicators":{`...)
	for i := range k.indicators {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, k.indicators[i]...)
		b = appendIndicator(b, k.defs[i], u, &u.Indicators[i])
	}
	return append(b, '}')
}

// appendScore appends a unit's score: exact for a leaf (a sum of points),
// rounded for an aggregate (a mean).
func appendScore(b []byte, u *results.UnitResult) []byte {
	if u.Leaf {
		return appendDec(b, u.ScoreSum)
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
func appendIndicator(b []byte, def *data.Indicator, u *results.UnitResult, in *results.IndicatorResult) []byte {
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
		if in.Status != 0 {
			b = appendComma(b, open)
			b = append(b, `"status":`...)
			b = appendString(b, in.Status.String())
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
	return appendDec(b, v)
}

// appendFigure appends d, or null when it is withheld.
func appendFigure(b []byte, f figure, d decimal.D) []byte {
	if f == withheld {
		return append(b, "null"...)
	}
	return appendDec(b, d)
}

// appendComma appends a comma unless b ends where an object's first field
// goes (open).
func appendComma(b []byte, open int) []byte {
	if len(b) > open {
		b = append(b, ',')
	}
	return b
}
