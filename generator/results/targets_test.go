package results

import (
	"testing"

	"phongtrao/generator/data"
)

// TestTargetsFromData (rule 9): huyen-x sets 4.1/r to 0.5 in targets.csv;
// thon-x sits three levels below it (huyen-x → xa-x → ap-x → thon-x) and
// takes it; thon-y, under huyen-y, keeps the file's 0.8; thon-z's own row
// (0.9) wins over its district's 0.5.
//
//	thon-x: 6/10 = 0.6 ≥ 0.5 → met
//	thon-z: 6/10 = 0.6 < 0.9 → not met
//	thon-y: 6/10 = 0.6 < 0.8 → not met
//
// Aggregates keep their pooled figures (tinh: 18/30) and the file's target;
// their shares count each team against its own target: huyen-x 1 of 2,
// tinh 1 of 3.
func TestTargetsFromData(t *testing.T) {
	set := &data.Set{
		Units: tree(
			[3]string{"tinh", "Tỉnh", ""},
			[3]string{"huyen-x", "Huyện X", "tinh"}, [3]string{"huyen-y", "Huyện Y", "tinh"},
			[3]string{"xa-x", "Xã X", "huyen-x"}, [3]string{"ap-x", "Ấp X", "xa-x"},
			[3]string{"thon-x", "Thôn X", "ap-x"}, [3]string{"thon-z", "Thôn Z", "ap-x"},
			[3]string{"thon-y", "Thôn Y", "huyen-y"},
		),
		Criteria: []*data.Criterion{crit("4.1", "1", ratioInd("r", "n", "d", ">=", "0.8"))},
		Targets: []data.Target{
			{Unit: "huyen-x", Indicator: "4.1/r", Value: mustDec("0.5")},
			{Unit: "thon-z", Indicator: "4.1/r", Value: mustDec("0.9")},
		},
	}
	for _, id := range []string{"thon-x", "thon-z", "thon-y"} {
		set.Reports = append(set.Reports, report(t, id, "2024-09", "n", "6", "d", "10"))
	}
	r := run(t, set, "2024-09-30", FromData(set)...)
	for _, tc := range []struct {
		unit, target string
		status       Status
	}{
		{"thon-x", "0.5", Met},
		{"thon-z", "0.9", NotMet},
		{"thon-y", "0.8", NotMet},
	} {
		got := ind(t, r, "dot-1", tc.unit, "4.1/r")
		if got.Target.String() != tc.target || got.Status != tc.status {
			t.Errorf("%s: target %s %s, want %s %s", tc.unit, got.Target, got.Status, tc.target, tc.status)
		}
	}
	p := r.Period("dot-1")
	tinh := p.Unit("tinh")
	if in := tinh.Indicator("4.1/r"); in.Numerator.String() != "18" || in.Denominator.String() != "30" || in.Target.String() != "0.8" {
		t.Errorf("tinh pooled %s/%s target %s, want 18/30 and the file's 0.8", in.Numerator, in.Denominator, in.Target)
	}
	if s := p.Unit("huyen-x").Criterion("4.1").Share; s.Cmp(rat("1/2")) != 0 {
		t.Errorf("huyen-x share %s, want 1/2", s.RatString())
	}
	if s := tinh.Criterion("4.1").Share; s.Cmp(rat("1/3")) != 0 {
		t.Errorf("tinh share %s, want 1/3", s.RatString())
	}
	// Every period: the all period measures thon-x against 0.5 too.
	if got := ind(t, r, "all", "thon-x", "4.1/r"); got.Status != Met {
		t.Errorf("all: thon-x %s, want met", got.Status)
	}
	// Without targets.csv there is no option: Compute works as before.
	if opts := FromData(&data.Set{Units: set.Units}); len(opts) != 0 {
		t.Errorf("FromData without targets = %d options, want none", len(opts))
	}
}
