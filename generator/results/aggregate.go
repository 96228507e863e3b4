package results

import (
	"math/big"

	"phongtrao/generator/decimal"
)

// aggregate fills every non-leaf result from its children, deepest first
// (BRIEF.md §4 rule 5): counts and pooled numerators and denominators add
// up, and the score is the mean of the leaves' scores.
func aggregate(l *layout, units []*UnitResult) {
	for _, ui := range l.depthOrder {
		pi := l.parent[ui]
		if pi < 0 {
			continue
		}
		add(units[pi], units[ui])
	}
	for _, u := range units {
		if u.Leaf {
			continue
		}
		u.Score = new(big.Rat).SetFrac(big.NewInt(int64(u.ScoreSum)), big.NewInt(int64(u.Leaves)*decimal.Scale))
		u.AllMetShare = big.NewRat(int64(u.AllMet), int64(u.Leaves))
		for c := range u.Criteria {
			cr := &u.Criteria[c]
			cr.Share = big.NewRat(int64(cr.MetLeaves), int64(cr.Leaves))
		}
	}
}

// add folds child c into aggregate a.
func add(a, c *UnitResult) {
	a.Leaves += c.Leaves
	a.ScoreSum += c.ScoreSum
	a.Deeds += c.Deeds
	a.AllMet += c.AllMet
	for i := range c.Criteria {
		a.Criteria[i].MetLeaves += c.Criteria[i].MetLeaves
		a.Criteria[i].Leaves += c.Criteria[i].Leaves
	}
	for i := range c.Indicators {
		ai, ci := &a.Indicators[i], &c.Indicators[i]
		ai.MetLeaves += ci.MetLeaves
		ai.Leaves += ci.Leaves
		if ai.Fraction() {
			ai.Numerator += ci.Numerator
			ai.Denominator += ci.Denominator
		}
	}
}
