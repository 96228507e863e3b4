package results

import (
	"fmt"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"phongtrao/generator/decimal"
	"phongtrao/generator/internal/golden"
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
	fmt.Fprintf(b, "%s leaf=%v leaves=%d sum=%d score=%s met=%d deeds=%d allmet=%d share=%s rank=%d/%d",
		u.Unit.ID, u.Leaf, u.Leaves, u.ScoreSum, u.Score.RatString(), u.IndicatorsMet, u.Deeds, u.AllMet,
		ratString(u.AllMetShare), u.Rank.Siblings, u.Rank.Level)
	// The period's tree (rule 8), only where it differs from units.csv.
	if u.Absent {
		b.WriteString(" absent")
	}
	if u.Parent != u.Unit.Parent || u.Depth != u.Unit.Depth {
		parent := "-"
		if u.Parent != nil {
			parent = u.Parent.ID
		}
		fmt.Fprintf(b, " tree=%s/%d", parent, u.Depth)
	}
	b.WriteString(" |")
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

// TestDigestUnchanged guards the results against changes of the code
// that computes them: the digests of a synthetic province (3 districts × 4
// communes × 5 teams, 7 deeds each) on six reference dates, without
// options and with successions and district targets, must equal the text
// files under testdata/digest/ (rewritten, with no change to the code
// that computes, when the province came to be made by the fixture
// package; the "-options" files again when successions came to follow
// BRIEF §4 rule 8, see succession_test.go). Every field of every result takes part (see digest), so any
// change shows, as a diff of the lines of the units that changed.
func TestDigestUnchanged(t *testing.T) {
	set := synthetic(3, 4, 5, 7)
	opts := []Option{
		WithSuccessions(
			Succession{From: unitAt(set, 0, 0, 0), To: unitAt(set, 0, 0, 1), Date: day(t, "2025-01-15")},
			Succession{From: unitAt(set, 0, 0, 1), To: unitAt(set, 0, 1, 2), Date: day(t, "2025-03-01")},
			Succession{From: unitAt(set, 1, 2), To: unitAt(set, 1, 3), Date: day(t, "2025-03-01")},
		),
		WithTargets(SubtreeTargets(map[string]map[string]decimal.D{unitAt(set, 1): {"4.1/tin-bao": dec(t, "0.5")}})),
	}
	for _, asOf := range []string{"2024-08-19", "2024-12-31", "2025-02-03", "2025-05-10", "2025-08-19", "2025-10-01"} {
		plain := digest(Compute(testSite(t), set, day(t, asOf)))
		golden.Check(t, filepath.Join("testdata", "digest", asOf+".txt"), []byte(plain))
		withOpts := digest(Compute(testSite(t), set, day(t, asOf), opts...))
		golden.Check(t, filepath.Join("testdata", "digest", asOf+"-options.txt"), []byte(withOpts))
	}
}
