package export

import (
	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// figure is how the export writes one figure of an indicator result.
type figure uint8

const (
	// absent: the field is left out of the JSON (an empty CSV cell).
	absent figure = iota
	// withheld: written as null in the JSON (an empty CSV cell).
	withheld
	// written: the figure itself.
	written
)

// shown is what the export publishes of one indicator result: its
// numerator, denominator and value.
type shown struct {
	num, den, value figure
}

// figures returns which of in's figures the export publishes for unit u,
// def being the indicator (BRIEF.md §3, `sensitive = true`):
//
//   - an indicator not marked sensitive: numerator and denominator for a
//     ratio or monthly one, value where it has one (not where the
//     denominator is 0, nor a total or latest one's no-data);
//   - a sensitive indicator, for a team: nothing but its status;
//   - a sensitive indicator, for an aggregate: a pooled numerator or
//     denominator of 1 or 2 (data.Indicator.Withholds) is null, and the
//     value is then left out too, since with the other figure it would
//     give the withheld one away.
func figures(def *data.Indicator, u *results.UnitResult, in *results.IndicatorResult) shown {
	if def.Sensitive && u.Leaf {
		return shown{}
	}
	if in.Fraction() {
		s := shown{num: written, den: written}
		if def.Withholds(in.Numerator) {
			s.num = withheld
		}
		if def.Withholds(in.Denominator) {
			s.den = withheld
		}
		if s.num == written && s.den == written && in.Denominator != 0 {
			s.value = written
		}
		return s
	}
	// An aggregate's total or latest indicator has no value; were one
	// ever pooled, a small one is withheld like a fraction's figures.
	if v, ok := in.Decimal(); ok && !def.Withholds(v) {
		return shown{value: written}
	}
	return shown{}
}
