package results

import (
	"fmt"
	"math/big"
	"strings"
)

// digest writes out everything Compute derives, in a fixed order: every
// period's fields, every unit's result (all exported fields and values),
// each unit's children in rank order and every level ranking. Two digests
// are equal exactly when the results look the same to every caller.
func digest(r *Results) string {
	var b strings.Builder
	fmt.Fprintf(&b, "asOf %s, %d indicators\n", r.AsOf, len(r.Indicators))
	for _, p := range r.Periods {
		fmt.Fprintf(&b, "period %s %q %s..%s %s window %s units %d\n", p.ID, p.Name, p.Start, p.End, p.Status, p.WindowEnd, len(p.Units))
		for _, u := range p.Units {
			digestUnit(&b, u)
			for _, c := range p.Children(u.Unit) {
				fmt.Fprintf(&b, " %s", c.Unit.ID)
			}
			b.WriteByte('\n')
		}
		for _, leaves := range []bool{true, false} {
			for _, d := range p.Depths(leaves) {
				fmt.Fprintf(&b, "level %d %v:", d, leaves)
				for _, u := range p.Level(d, leaves) {
					fmt.Fprintf(&b, " %s", u.Unit.ID)
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.String()
}

// digestUnit writes one unit's result on one line.
func digestUnit(b *strings.Builder, u *UnitResult) {
	fmt.Fprintf(b, "%s leaf=%v leaves=%d sum=%d score=%s met=%d deeds=%d allmet=%d share=%s rank=%d/%d |",
		u.Unit.ID, u.Leaf, u.Leaves, u.ScoreSum, u.Score.RatString(), u.IndicatorsMet, u.Deeds, u.AllMet,
		ratString(u.AllMetShare), u.Rank.Siblings, u.Rank.Level)
	for _, c := range u.Criteria {
		fmt.Fprintf(b, " %v,%d/%d,%s", c.Met, c.MetLeaves, c.Leaves, ratString(c.Share))
	}
	b.WriteString(" |")
	for i := range u.Indicators {
		in := &u.Indicators[i]
		v, ok := in.Value()
		dv, dok := in.Decimal()
		fmt.Fprintf(b, " %s,%d/%d,t%d,%d/%d,%v:%s,%v:%d", in.Status, in.Numerator, in.Denominator, in.Target,
			in.MetLeaves, in.Leaves, ok, ratString(v), dok, dv)
	}
	b.WriteString(" | children:")
}

// ratString formats an optional fraction: "-" for nil.
func ratString(v *big.Rat) string {
	if v == nil {
		return "-"
	}
	return v.RatString()
}
