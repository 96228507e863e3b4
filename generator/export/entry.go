package export

import (
	"phongtrao/generator/results"
)

// result builds the JSON entry of one unit in one period.
func result(r *results.Results, p *results.Period, u *results.UnitResult) jsonResult {
	j := jsonResult{
		Period: p.ID, Unit: u.Unit.ID, Name: u.Unit.Name, Kind: u.Unit.Kind,
		Depth: u.Unit.Depth, Leaf: u.Leaf, Score: score(u),
		Rank:  jsonRank{Siblings: u.Rank.Siblings, Level: u.Rank.Level},
		Deeds: u.Deeds,
	}
	if u.Unit.Parent != nil {
		j.Parent = u.Unit.Parent.ID
	}
	if u.Leaf {
		j.IndicatorsMet = ptr(u.IndicatorsMet)
	} else {
		j.Leaves = ptr(u.Leaves)
		j.AllMetShare = ptr(ratNumber(u.AllMetShare))
	}
	for i, c := range r.Set.Criteria {
		j.Criteria = append(j.Criteria, member{c.ID, criterion(u, &u.Criteria[i])})
	}
	for i, ref := range r.Indicators {
		j.Indicators = append(j.Indicators, member{ref.Key, indicator(u, &u.Indicators[i])})
	}
	return j
}

// score is exact for a leaf (a sum of points) and rounded for an aggregate (a mean).
func score(u *results.UnitResult) number {
	if u.Leaf {
		return decNumber(u.ScoreSum)
	}
	return ratNumber(u.Score)
}

func criterion(u *results.UnitResult, c *results.CriterionResult) jsonCriterion {
	if u.Leaf {
		return jsonCriterion{Met: ptr(c.Met)}
	}
	return jsonCriterion{Share: ptr(ratNumber(c.Share)), MetLeaves: ptr(c.MetLeaves), Leaves: ptr(c.Leaves)}
}

func indicator(u *results.UnitResult, in *results.IndicatorResult) jsonIndicator {
	var j jsonIndicator
	if u.Leaf {
		j.Status = string(in.Status)
	} else {
		j.MetLeaves, j.Leaves = ptr(in.MetLeaves), ptr(in.Leaves)
	}
	if in.Fraction() {
		j.Numerator, j.Denominator = ptr(decNumber(in.Numerator)), ptr(decNumber(in.Denominator))
		if in.Denominator != 0 {
			j.Value = ptr(fracNumber(in.Numerator, in.Denominator))
		}
	} else if v, ok := in.Decimal(); ok {
		j.Value = ptr(decNumber(v))
	}
	return j
}

func ptr[T any](v T) *T { return &v }
