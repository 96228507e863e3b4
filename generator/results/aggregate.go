package results

import (
	"math/big"

	"phongtrao/generator/decimal"
)

// aggregate fills every non-leaf result from its children, deepest first
// (BRIEF.md §4 rule 5): counts and pooled numerators and denominators add
// up, and the score is the mean of the leaves' scores. It then gives every
// result its fractions (scores and shares). The tree is the period's.
func aggregate(l *layout, p *Period) {
	units := p.Units
	order, parent := l.depthOrder, l.parent
	if p.tree != nil {
		order, parent = p.tree.order, p.tree.parent
	}
	for _, ui := range order {
		pi := parent[ui]
		if pi < 0 {
			continue
		}
		add(units[pi], units[ui])
	}
	var rats ratCache
	for _, u := range units {
		if u.Leaf {
			u.Score = rats.get(int64(u.ScoreSum), decimal.Scale)
			continue
		}
		// An aggregate with no leaf (a new commune before the communes
		// merged into it ceased) reads 0: it takes part in nothing.
		n := max(int64(u.Leaves), 1)
		u.Score = rats.get(int64(u.ScoreSum), n*decimal.Scale)
		u.AllMetShare = rats.get(int64(u.AllMet), n)
		for c := range u.Criteria {
			cr := &u.Criteria[c]
			cr.Share = rats.get(int64(cr.MetLeaves), max(int64(cr.Leaves), 1))
		}
	}
}

// ratCache hands out one big.Rat per fraction (numerator, denominator) it
// is asked for: leaves' scores take a handful of values and aggregates'
// shares have small denominators, so a national site needs thousands of
// them instead of hundreds of thousands.
type ratCache map[[2]int64]*big.Rat

// get returns n/d, which its callers only read.
func (c *ratCache) get(n, d int64) *big.Rat {
	if *c == nil {
		*c = make(ratCache)
	}
	k := [2]int64{n, d}
	r, ok := (*c)[k]
	if !ok {
		r = new(big.Rat).SetFrac(big.NewInt(n), big.NewInt(d))
		(*c)[k] = r
	}
	return r
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
