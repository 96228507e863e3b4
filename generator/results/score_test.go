package results

import (
	"testing"

	"phongtrao/generator/data"
)

// TestOps checks every comparison operator on the value equal to, below
// and above the target (latest of v against target 5).
func TestOps(t *testing.T) {
	tests := []struct {
		op            string
		at5, at4, at6 Status
	}{
		{">=", Met, NotMet, Met},
		{">", NotMet, NotMet, Met},
		{"<=", Met, Met, NotMet},
		{"<", NotMet, Met, NotMet},
		{"==", Met, NotMet, NotMet},
	}
	for _, tc := range tests {
		t.Run(tc.op, func(t *testing.T) {
			set := &data.Set{
				Units:    oneCommune("5", "4", "6"),
				Criteria: []*data.Criterion{crit("4.4", "1", latestInd("v", "v", tc.op, "5"))},
				Reports: []data.Report{
					report(t, "5", "2024-09", "v", "5"), report(t, "4", "2024-09", "v", "4"),
					report(t, "6", "2024-09", "v", "6"),
				},
			}
			r := run(t, set, "2024-09-30")
			for unit, want := range map[string]Status{"5": tc.at5, "4": tc.at4, "6": tc.at6} {
				if got := ind(t, r, "dot-1", unit, "4.4/v").Status; got != want {
					t.Errorf("%s %s 5: %s, want %s", unit, tc.op, got, want)
				}
			}
		})
	}
}

// TestRatioExact: ratios are compared as fractions. 2/3 = 0.6666…:
// below 0.666667, above 0.666666; 0.8 is exactly 4/5 for ==.
func TestRatioExact(t *testing.T) {
	tests := []struct {
		num, den, op, target string
		want                 Status
	}{
		{"2", "3", ">=", "0.666667", NotMet},
		{"2", "3", ">", "0.666666", Met},
		{"2", "3", "<", "0.666667", Met},
		{"4", "5", "==", "0.8", Met},
		{"9", "10", ">", "0.9", NotMet}, // the plan's "> 90 %"
		{"91", "100", ">", "0.9", Met},
		{"1", "1", "==", "1", Met}, // the plan's "100 %"
		{"99", "100", "==", "1", NotMet},
	}
	for _, tc := range tests {
		t.Run(tc.num+"/"+tc.den+tc.op+tc.target, func(t *testing.T) {
			set := &data.Set{
				Units:    oneCommune("1"),
				Criteria: []*data.Criterion{crit("4.1", "1", ratioInd("r", "n", "d", tc.op, tc.target))},
				Reports:  []data.Report{report(t, "1", "2024-09", "n", tc.num, "d", tc.den)},
			}
			if got := ind(t, run(t, set, "2024-09-30"), "dot-1", "1", "4.1/r").Status; got != tc.want {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestRule4And5Scores checks points other than 1, a criterion needing all
// its indicators, and aggregates' exact means, shares and pooled ratios.
//
// Criteria: 4.1 (2 points) = ratio n/d ≥ 0.8 AND deeds ≥ 1;
// 4.2 (0.5 point) = Σ v ≤ 0; 4.3 (3.666667 points) = latest w ≥ 1.
// On 30/09/2024, commune xa-a has
//
//	a1: 4/5 met, 1 deed met → 4.1 met (2); v 0 → 4.2 met (0.5); w 1 → 4.3 met → 6.166667
//	a2: 4/5 met, no deed    → 4.1 not;     v 0 → 4.2 met (0.5); no w → no-data → 0.5
//	a3: 0/0 none, 1 deed    → 4.1 met (2); v 1 → 4.2 not;       w 0 → not   → 2
//
// xa-a mean = (6.166667 + 0.5 + 2) / 3 = 8.666667 / 3 = 2.888889 (exactly
// 8666667/3000000); 4.1 share 2/3, 4.2 2/3, 4.3 1/3; all criteria met by
// a1 only → 1/3; ratio pooled (4+4+0)/(5+5+0) = 8/10; deeds 2.
func TestRule4And5Scores(t *testing.T) {
	set := &data.Set{
		Units: tree(
			[3]string{"tinh", "Tỉnh", ""}, [3]string{"xa-a", "Xã A", "tinh"},
			[3]string{"a1", "Thôn 1", "xa-a"}, [3]string{"a2", "Thôn 2", "xa-a"}, [3]string{"a3", "Thôn 3", "xa-a"},
		),
		Criteria: []*data.Criterion{
			crit("4.1", "2", ratioInd("r", "n", "d", ">=", "0.8"), deedsInd("d", ">=", "1")),
			crit("4.2", "0.5", totalInd("v", "v", "<=", "0")),
			crit("4.3", "3.666667", latestInd("w", "w", ">=", "1")),
		},
		Reports: []data.Report{
			report(t, "a1", "2024-09", "n", "4", "d", "5", "v", "0", "w", "1"),
			report(t, "a2", "2024-09", "n", "4", "d", "5", "v", "0"),
			report(t, "a3", "2024-09", "n", "0", "d", "0", "v", "1", "w", "0"),
		},
		Deeds: []data.Deed{deed(t, "a1", "2024-09-02", "viec-tot"), deed(t, "a3", "2024-09-03", "bieu-duong")},
	}
	p := run(t, set, "2024-09-30").Period("dot-1")
	for unit, want := range map[string]string{"a1": "6166667/1000000", "a2": "1/2", "a3": "2"} {
		if got := p.Unit(unit).Score; got.Cmp(rat(want)) != 0 {
			t.Errorf("%s score = %s, want %s", unit, got.RatString(), want)
		}
	}
	a := p.Unit("xa-a")
	if a.Score.Cmp(rat("8666667/3000000")) != 0 || a.Leaves != 3 {
		t.Errorf("xa-a score = %s over %d leaves", a.Score.RatString(), a.Leaves)
	}
	for id, want := range map[string]string{"4.1": "2/3", "4.2": "2/3", "4.3": "1/3"} {
		if c := a.Criterion(id); c.Share.Cmp(rat(want)) != 0 || c.Met {
			t.Errorf("xa-a %s share = %s (met %v), want %s", id, c.Share.RatString(), c.Met, want)
		}
	}
	if a.AllMetShare.Cmp(rat("1/3")) != 0 || a.AllMet != 1 || a.Deeds != 2 {
		t.Errorf("xa-a all-met %s (%d), deeds %d", a.AllMetShare.RatString(), a.AllMet, a.Deeds)
	}
	if r := a.Indicator("4.1/r"); val(r) != "4/5" || r.Numerator.String() != "8" || r.Status != 0 {
		t.Errorf("xa-a pooled ratio %s (%s/%s) status %q", val(r), r.Numerator, r.Denominator, r.Status)
	}
	if r := a.Indicator("4.3/w"); val(r) != "-" || r.MetLeaves != 1 || r.Leaves != 3 {
		t.Errorf("xa-a latest: value %s, met %d of %d; want none, 1 of 3", val(r), r.MetLeaves, r.Leaves)
	}
	// The province has the same leaves: same mean.
	if p.Unit("tinh").Score.Cmp(a.Score) != 0 {
		t.Errorf("tinh score = %s", p.Unit("tinh").Score.RatString())
	}
}
