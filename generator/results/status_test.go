package results

import (
	"strconv"
	"testing"

	"phongtrao/generator/data"
)

// TestRule2Statuses checks met / not-met / none / no-data for each kind
// (BRIEF.md §4 rule 2), on asOf 31/10/2024 in dot-1 (Aug–Oct 2024 used).
func TestRule2Statuses(t *testing.T) {
	set := &data.Set{
		Units: oneCommune("met", "not", "zero", "empty", "latest"),
		Criteria: []*data.Criterion{
			crit("4.1", "1", ratioInd("r", "n", "d", ">=", "0.8")),
			crit("4.4", "1", latestInd("l", "v", "==", "0"), totalInd("t", "v", "<=", "1")),
			crit("4.2", "1", deedsInd("d", ">=", "1", "mo-hinh")),
		},
		Reports: []data.Report{
			// met: 3/4 + 5/6 = 8/10 = 0.8 ≥ 0.8 (exactly, no float).
			report(t, "met", "2024-08", "n", "3", "d", "4", "v", "0"),
			report(t, "met", "2024-09", "n", "5", "d", "6", "v", "0"),
			// not: 7/9 = 0.777… < 0.8; latest v 2 ≠ 0; Σ v = 2 > 1.
			report(t, "not", "2024-09", "n", "7", "d", "9", "v", "2"),
			// zero: Σ d = 0 → none (met).
			report(t, "zero", "2024-08", "n", "0", "d", "0", "v", "1"),
			report(t, "zero", "2024-10", "n", "0", "d", "0", "v", "0"),
			// latest: v was 3 in Aug, then 0 in Oct: latest (Oct) is 0 → met;
			// Σ v = 3 > 1 → not met. A row after asOf's month is ignored.
			report(t, "latest", "2024-10", "n", "1", "d", "1", "v", "0"),
			report(t, "latest", "2024-08", "n", "1", "d", "1", "v", "3"),
			report(t, "latest", "2024-11", "n", "0", "d", "1", "v", "9"),
			// empty: no report at all → no-data for every report indicator.
		},
		Deeds: []data.Deed{
			deed(t, "met", "2024-09-01", "mo-hinh"),
			deed(t, "not", "2024-09-01", "viec-tot"), // another kind: not counted
		},
	}
	r := run(t, set, "2024-10-31")
	tests := []struct {
		unit, key string
		status    Status
		value     string // exact value, "-" when omitted
		num, den  string // numerator / denominator ("" when not a fraction)
	}{
		{"met", "4.1/r", Met, "4/5", "8", "10"},
		{"not", "4.1/r", NotMet, "7/9", "7", "9"},
		{"zero", "4.1/r", None, "-", "0", "0"},
		{"empty", "4.1/r", NoData, "-", "0", "0"},
		{"latest", "4.1/r", Met, "1", "2", "2"},
		{"met", "4.4/l", Met, "0", "", ""},
		{"not", "4.4/l", NotMet, "2", "", ""},
		{"latest", "4.4/l", Met, "0", "", ""},
		{"empty", "4.4/l", NoData, "-", "", ""},
		{"zero", "4.4/t", Met, "1", "", ""},
		{"not", "4.4/t", NotMet, "2", "", ""},
		{"latest", "4.4/t", NotMet, "3", "", ""},
		{"empty", "4.4/t", NoData, "-", "", ""},
		// deed totals are never no-data: 0 deeds is a value.
		{"met", "4.2/d", Met, "1", "", ""},
		{"not", "4.2/d", NotMet, "0", "", ""},
		{"empty", "4.2/d", NotMet, "0", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.unit+"/"+tc.key, func(t *testing.T) {
			got := ind(t, r, "dot-1", tc.unit, tc.key)
			if got.Status != tc.status || val(got) != tc.value {
				t.Errorf("status %s value %s, want %s %s", got.Status, val(got), tc.status, tc.value)
			}
			if tc.num != "" && (got.Numerator.String() != tc.num || got.Denominator.String() != tc.den) {
				t.Errorf("fraction %s/%s, want %s/%s", got.Numerator, got.Denominator, tc.num, tc.den)
			}
		})
	}
	// Criteria and score: none counts as met, no-data does not.
	// zero: 4.1 none → met; 4.4 latest 0 met, Σ 1 ≤ 1 met → met; 4.2 no deed → not. Score 2.
	// empty: every indicator no-data or not met → score 0, indicators met 0.
	p := r.Period("dot-1")
	for unit, want := range map[string][2]int{"met": {3, 4}, "not": {0, 0}, "zero": {2, 3}, "empty": {0, 0}, "latest": {1, 2}} {
		u := p.Unit(unit)
		if u.ScoreSum.String() != itoa(want[0]) || u.IndicatorsMet != want[1] {
			t.Errorf("%s: score %s, indicators met %d; want %d, %d", unit, u.ScoreSum, u.IndicatorsMet, want[0], want[1])
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestRule3Monthly checks the counted months of a monthly indicator
// (BRIEF.md §4 rule 3). Target: ≥ 1 deed of kind viec-tot each month.
func TestRule3Monthly(t *testing.T) {
	set := &data.Set{
		Units:    oneCommune("aug-sep", "feb", "late", "pre"),
		Criteria: []*data.Criterion{crit("4.7", "1", monthlyInd("m", ">=", "1", "viec-tot"))},
		Deeds: []data.Deed{
			// Deeds in Aug and Sep 2024, none in Oct; a mo-hinh in Oct is not counted.
			deed(t, "aug-sep", "2024-08-25", "viec-tot"),
			deed(t, "aug-sep", "2024-09-10", "viec-tot"),
			deed(t, "aug-sep", "2024-10-05", "mo-hinh"),
			// 02/02/2025 is in dot-1 by date but in February, a counted month of
			// dot-2 too: the whole month counts.
			deed(t, "feb", "2025-02-02", "viec-tot"),
			deed(t, "feb", "2025-03-10", "viec-tot"),
			// 15/02/2025 is after asOf 10/02/2025 in the last test row.
			deed(t, "late", "2025-02-15", "viec-tot"),
			// 10/08/2024 is in August but before the campaign (19/08): not counted.
			deed(t, "pre", "2024-08-10", "viec-tot"),
			deed(t, "pre", "2024-09-10", "viec-tot"),
		},
	}
	tests := []struct {
		name, asOf, period, unit string
		status                   Status
		num, den                 string
	}{
		// asOf mid-October: October is still running, not counted → Aug, Sep: 2/2.
		{"mid-month", "2024-10-15", "dot-1", "aug-sep", Met, "2", "2"},
		// asOf 31/10: October is over and counted; no viec-tot in it → 2/3.
		{"month's last day", "2024-10-31", "dot-1", "aug-sep", NotMet, "2", "3"},
		// Aug has only a deed from before the campaign → Sep only: 1/2.
		{"deed before the campaign", "2024-09-30", "dot-1", "pre", NotMet, "1", "2"},
		// asOf in the first month, mid-month: no counted month → none.
		{"no counted month", "2024-08-25", "dot-1", "aug-sep", None, "0", "0"},
		// dot-2 on 31/03/2025: Feb (deed of 02/02, before the phase) and Mar → 2/2.
		{"first month counts whole", "2025-03-31", "dot-2", "feb", Met, "2", "2"},
		// all on 31/03/2025: Aug 2024–Mar 2025 = 8 months, 2 reached.
		{"all", "2025-03-31", "all", "feb", NotMet, "2", "8"},
		// dot-1 done (asOf ≥ end): its last month, Feb, is counted even
		// though asOf is mid-February: Aug–Feb = 7 months, Feb reached.
		{"done period counts its last month", "2025-02-10", "dot-1", "feb", NotMet, "1", "7"},
		// the deed of 15/02 is after asOf 10/02: ignored, Feb not reached.
		{"deed after asOf", "2025-02-10", "dot-1", "late", NotMet, "0", "7"},
		// dot-2 running on 10/02 (mid-month): Feb not counted yet → none.
		{"running first month", "2025-02-10", "dot-2", "late", None, "0", "0"},
		// campaign end 19/08/2025 (asOf = end): Aug is counted, Feb–Aug = 7.
		{"campaign end", "2025-08-19", "dot-2", "feb", NotMet, "2", "7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ind(t, run(t, set, tc.asOf), tc.period, tc.unit, "4.7/m")
			if got.Status != tc.status || got.Numerator.String() != tc.num || got.Denominator.String() != tc.den {
				t.Errorf("%s %s/%s, want %s %s/%s", got.Status, got.Numerator, got.Denominator, tc.status, tc.num, tc.den)
			}
		})
	}
}

// TestMonthlyTargetAboveOne: with target 2 a month with one deed does not
// reach it. Deeds: Aug ×2, Sep ×1 → on 30/09/2024 1 of 2 months.
func TestMonthlyTargetAboveOne(t *testing.T) {
	set := &data.Set{
		Units:    oneCommune("1"),
		Criteria: []*data.Criterion{crit("4.7", "1", monthlyInd("m", ">=", "2"))},
		Deeds: []data.Deed{
			deed(t, "1", "2024-08-20", "viec-tot"), deed(t, "1", "2024-08-21", "khen-thuong"),
			deed(t, "1", "2024-09-01", "viec-tot"),
		},
	}
	got := ind(t, run(t, set, "2024-09-30"), "dot-1", "1", "4.7/m")
	if got.Status != NotMet || val(got) != "1/2" {
		t.Errorf("%s %s, want not-met 1/2", got.Status, val(got))
	}
}
