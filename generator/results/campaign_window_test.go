package results

import (
	"testing"

	"phongtrao/generator/data"
)

// TestRule10CampaignWindow: window = "campaign" moves an indicator's window
// start to the campaign's start (19/08/2024) in every period; nothing else
// changes.
//
// Team 1 has one model recognised on 10/10/2024 (phase 1), x = 5 in
// 2024-09 and x = 7 in 2025-03, and deeds on 10/10/2024 and 05/03/2025.
// Indicators, each twice (period window, campaign window):
//
//	m:  models ≥ 1         dot-2 (period): 0 → not met; (campaign): 1 → met
//	x:  Σ x ≥ 10           dot-2 (period): 7 → not met; (campaign): 5 + 7 = 12 → met
//	mo: every month ≥ 1 deed, asOf 31/03/2025 (a month's last day):
//	    dot-2 (period) counts Feb, Mar: Mar reached → 1/2;
//	    (campaign) counts Aug 2024 … Mar 2025, 8 months: Oct, Mar → 2/8.
//
// The deeds counted for ranking stay the period's: 1 (05/03) in dot-2.
// In dot-1, whose start is the campaign's, both windows agree.
func TestRule10CampaignWindow(t *testing.T) {
	camp := func(in *data.Indicator) *data.Indicator { in.Window = data.WindowCampaign; return in }
	set := &data.Set{
		Units: oneCommune("1"),
		Criteria: []*data.Criterion{
			crit("4.2", "1", deedsInd("m", ">=", "1", "mo-hinh"), camp(deedsInd("mc", ">=", "1", "mo-hinh"))),
			crit("4.4", "1", totalInd("x", "x", ">=", "10"), camp(totalInd("xc", "x", ">=", "10"))),
			crit("4.7", "1", monthlyInd("mo", ">=", "1"), camp(monthlyInd("moc", ">=", "1"))),
		},
		Reports: []data.Report{report(t, "1", "2024-09", "x", "5"), report(t, "1", "2025-03", "x", "7")},
		Deeds:   []data.Deed{deed(t, "1", "2024-10-10", "mo-hinh"), deed(t, "1", "2025-03-05", "viec-tot")},
	}
	r := run(t, set, "2025-03-31")
	tests := []struct {
		period, key, value string
		status             Status
	}{
		{"dot-2", "4.2/m", "0", NotMet},
		{"dot-2", "4.2/mc", "1", Met},
		{"dot-2", "4.4/x", "7", NotMet},
		{"dot-2", "4.4/xc", "12", Met},
		{"dot-2", "4.7/mo", "1/2", NotMet},
		{"dot-2", "4.7/moc", "1/4", NotMet}, // 2/8
		{"dot-1", "4.2/m", "1", Met},
		{"dot-1", "4.2/mc", "1", Met},
		{"dot-1", "4.4/xc", "5", NotMet},
		{"all", "4.4/xc", "12", Met},
	}
	for _, tc := range tests {
		got := ind(t, r, tc.period, "1", tc.key)
		if val(got) != tc.value || got.Status != tc.status {
			t.Errorf("%s %s: %s %s, want %s %s", tc.period, tc.key, val(got), got.Status, tc.value, tc.status)
		}
	}
	if got := ind(t, r, "dot-2", "1", "4.7/moc"); got.Numerator.String() != "2" || got.Denominator.String() != "8" {
		t.Errorf("dot-2 4.7/moc: %s/%s, want 2/8", got.Numerator, got.Denominator)
	}
	if d := r.Period("dot-2").Unit("1").Deeds; d != 1 {
		t.Errorf("dot-2 deeds = %d, want 1 (the period's, whatever the windows)", d)
	}
}
