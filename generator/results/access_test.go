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

// TestOfFindsUnitsByIndexOrID: Of and Children find the results of the
// units Load numbered by their place (data.Unit.Index) and of any other
// *data.Unit by its id. Units linked by hand all have Index 0, so in the
// tree below (the province, its commune, then teams 1 and 2) only the
// province passes the place check: the others are found by id, and so is
// a copy of team 2 (another pointer, the same id). An unknown id finds
// nothing.
func TestOfFindsUnitsByIndexOrID(t *testing.T) {
	set := &data.Set{
		Units:    oneCommune("1", "2"),
		Criteria: []*data.Criterion{crit("4.4", "1", latestInd("v", "v", ">=", "1"))},
		Reports:  []data.Report{report(t, "1", "2024-12", "v", "7"), report(t, "2", "2024-12", "v", "0")},
	}
	p := run(t, set, "2024-12-31").Period("dot-1")
	for _, u := range set.Units.All {
		if got := p.Of(u); got == nil || got.Unit != u || got != p.Unit(u.ID) {
			t.Errorf("Of(%s) = %v", u.ID, got)
		}
	}
	copyOf2 := *set.Units.ByID["2"]
	if got := p.Of(&copyOf2); got == nil || got.Unit != set.Units.ByID["2"] || got.Score.Sign() != 0 {
		t.Errorf("Of(copy of 2) = %v, want team 2's result (score 0)", got)
	}
	if p.Of(&data.Unit{ID: "nope"}) != nil {
		t.Error("Of found a unit that is not in the set")
	}
	if kids := p.Children(set.Units.ByID["xa"]); len(kids) != 2 || kids[0].Unit.ID != "1" {
		t.Errorf("Children(xa) = %v, want 1 (score 1) then 2", kids)
	}
	if kids := p.Children(set.Units.Root); len(kids) != 1 || kids[0].Unit.ID != "xa" {
		t.Errorf("Children(root) = %v, want xa", kids)
	}
}
