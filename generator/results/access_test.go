package results

import (
	"testing"

	"phongtrao/generator/data"
)

// TestAccessors: lookups by id and key, and what an upcoming period gives.
// On 31/12/2024 dot-1 runs and dot-2 is upcoming. Team 1 reports v = 7 in
// December: latest 7 (Decimal exact), not a fraction.
func TestAccessors(t *testing.T) {
	set := &data.Set{
		Units:    oneCommune("1"),
		Criteria: []*data.Criterion{crit("4.4", "1", latestInd("v", "v", ">=", "1"))},
		Reports:  []data.Report{report(t, "1", "2024-12", "v", "7")},
	}
	r := run(t, set, "2024-12-31")
	if len(r.Indicators) != 1 || r.Indicators[0].Key != "4.4/v" || r.Indicators[0].CriterionIndex != 0 {
		t.Errorf("Indicators = %+v", r.Indicators)
	}
	if r.Period("nope") != nil {
		t.Errorf("unknown period found")
	}
	p := r.Period("dot-1")
	u := p.Of(set.Units.ByID["1"])
	if u == nil || p.Unit("nope") != nil || u.Indicator("4.4/nope") != nil || u.Criterion("9.9") != nil {
		t.Fatalf("lookups: %v", u)
	}
	in := u.Indicator("4.4/v")
	if d, ok := in.Decimal(); !ok || d.String() != "7" || in.Fraction() || in.Status != Met {
		t.Errorf("latest = %s %v fraction %v status %s", d, ok, in.Fraction(), in.Status)
	}
	if !u.Criterion("4.4").Met || u.Criterion("4.4").Share != nil || u.AllMetShare != nil {
		t.Errorf("leaf criterion = %+v", u.Criterion("4.4"))
	}
	up := r.Period("dot-2")
	if up.Started() || up.Unit("1") != nil || up.Children(set.Units.Root) != nil || up.Level(2, true) != nil || len(up.Depths(true)) != 0 {
		t.Errorf("upcoming period has results")
	}
}
