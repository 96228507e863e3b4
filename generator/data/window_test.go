package data

import (
	"strings"
	"testing"
)

// TestWindowKey: window is optional ("period" when absent); "campaign"
// is read; anything else is an error at its line (line 24: the line after
// nhan-khau's target = 90).
func TestWindowKey(t *testing.T) {
	crit := baseFiles[CriteriaFile]
	set, errs := Load(fsWith(map[string]string{CriteriaFile: strings.Replace(crit, "target = 90\n", "target = 90\n  window = \"campaign\"\n", 1)}), testSite)
	if errs.Len() != 0 {
		t.Fatalf("unexpected errors:\n%v", errs.Err())
	}
	if w := set.Criteria[1].Indicators[0].Window; w != WindowCampaign {
		t.Errorf("nhan-khau window %q, want campaign", w)
	}
	if w := set.Criteria[0].Indicators[0].Window; w != WindowPeriod {
		t.Errorf("tin-bao window %q, want the default, period", w)
	}
	wantError(t, map[string]string{CriteriaFile: strings.Replace(crit, "target = 90\n", "target = 90\n  window = \"always\"\n", 1)},
		`data/criteria.toml:24: khung thời gian window = "always" không hợp lệ`)
	wantError(t, map[string]string{CriteriaFile: strings.Replace(crit, "target = 90\n", "target = 90\n  window = 1\n", 1)},
		`data/criteria.toml:24: window = 1: `)
}
