package results

import (
	"testing"

	"phongtrao/generator/data"
)

// TestRule1Window checks which report months and which deeds each period
// uses (BRIEF.md §4 rule 1, and the "after asOf" part of rule 2).
//
// thon-1 reports x = 1 in 2025-01, 10 in 2025-02 (the month straddling
// dot-1, which ends 03/02, and dot-2, which starts 04/02), 100 in 2025-03
// and 1000 in 2025-04. Deeds: 03/02/2025 (dot-1's last day), 04/02/2025
// (dot-2's first day), 14/03/2025, 16/03/2025.
func TestRule1Window(t *testing.T) {
	set := &data.Set{
		Units:    oneCommune("1"),
		Criteria: []*data.Criterion{crit("4.1", "1", totalInd("x", "x", ">=", "0"), deedsInd("d", ">=", "0"))},
		Reports: []data.Report{
			report(t, "1", "2025-01", "x", "1"), report(t, "1", "2025-02", "x", "10"),
			report(t, "1", "2025-03", "x", "100"), report(t, "1", "2025-04", "x", "1000"),
		},
		Deeds: []data.Deed{
			deed(t, "1", "2025-02-03", "viec-tot"), deed(t, "1", "2025-02-04", "viec-tot"),
			deed(t, "1", "2025-03-14", "viec-tot"), deed(t, "1", "2025-03-16", "viec-tot"),
		},
	}
	tests := []struct {
		asOf, period string
		x, deeds     string // Σ x; deeds in the window
	}{
		// Campaign over: Feb counts fully in dot-1 and in dot-2, once in all.
		{"2025-08-19", "dot-1", "11", "1"},   // Jan 1 + Feb 10; deed 03/02
		{"2025-08-19", "dot-2", "1110", "3"}, // Feb 10 + Mar 100 + Apr 1000; 04/02, 14/03, 16/03
		{"2025-08-19", "all", "1111", "4"},   // each month once
		// asOf 15/03/2025: March (asOf's month) counts, April is after
		// asOf's month and is ignored; the deed of 16/03 is after asOf.
		{"2025-03-15", "dot-2", "110", "2"}, // Feb 10 + Mar 100; 04/02, 14/03
		{"2025-03-15", "all", "111", "3"},   // 1 + 10 + 100; 03/02, 04/02, 14/03
		// asOf on dot-1's last day: the deed of that day counts.
		{"2025-02-03", "dot-1", "11", "1"},
		// asOf on dot-2's first day: Feb's row counts, only that day's deed.
		{"2025-02-04", "dot-2", "10", "1"},
	}
	for _, tc := range tests {
		t.Run(tc.asOf+"/"+tc.period, func(t *testing.T) {
			r := run(t, set, tc.asOf)
			if got := val(ind(t, r, tc.period, "1", "4.1/x")); got != tc.x {
				t.Errorf("Σ x = %s, want %s", got, tc.x)
			}
			if got := val(ind(t, r, tc.period, "1", "4.1/d")); got != tc.deeds {
				t.Errorf("deeds indicator = %s, want %s", got, tc.deeds)
			}
			if got := r.Period(tc.period).Unit("1").Deeds; got != mustInt(tc.deeds) {
				t.Errorf("Deeds = %d, want %s", got, tc.deeds)
			}
		})
	}
}

func mustInt(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// TestRule7PeriodStatus checks upcoming / running / done and that an
// upcoming period has no results.
func TestRule7PeriodStatus(t *testing.T) {
	set := &data.Set{Units: oneCommune("1"), Criteria: []*data.Criterion{crit("4.1", "1", deedsInd("d", ">=", "1"))}}
	tests := []struct {
		asOf            string
		dot1, dot2, all PeriodStatus
		windowEndOfDot1 string
	}{
		{"2024-08-18", Upcoming, Upcoming, Upcoming, ""},         // the day before the start
		{"2024-08-19", Running, Upcoming, Running, "2024-08-19"}, // start day: running
		{"2025-02-02", Running, Upcoming, Running, "2025-02-02"}, // window ends on asOf
		{"2025-02-03", Done, Upcoming, Running, "2025-02-03"},    // asOf ≥ end: done
		{"2025-02-04", Done, Running, Running, "2025-02-03"},     // window ends on P.end
		{"2025-08-19", Done, Done, Done, "2025-02-03"},           // campaign end: all done
		{"2026-01-01", Done, Done, Done, "2025-02-03"},
	}
	for _, tc := range tests {
		t.Run(tc.asOf, func(t *testing.T) {
			r := run(t, set, tc.asOf)
			if len(r.Periods) != 3 || r.Periods[0].ID != "dot-1" || r.Periods[1].ID != "dot-2" || r.Periods[2].ID != "all" {
				t.Fatalf("periods = %v, want dot-1, dot-2, all", r.Periods)
			}
			for i, want := range []PeriodStatus{tc.dot1, tc.dot2, tc.all} {
				p := r.Periods[i]
				if p.Status != want {
					t.Errorf("%s status = %s, want %s", p.ID, p.Status, want)
				}
				if (p.Units == nil) != (want == Upcoming) || p.Started() != (want != Upcoming) {
					t.Errorf("%s: results present = %v with status %s", p.ID, p.Units != nil, want)
				}
			}
			got := ""
			if !r.Periods[0].WindowEnd.IsZero() {
				got = r.Periods[0].WindowEnd.String()
			}
			if got != tc.windowEndOfDot1 {
				t.Errorf("dot-1 WindowEnd = %q, want %q", got, tc.windowEndOfDot1)
			}
		})
	}
	r := run(t, set, "2025-01-01")
	if all := r.Period("all"); all.Name != AllPeriodName || all.Start != day(t, "2024-08-19") || all.End != day(t, "2025-08-19") {
		t.Errorf("all = %+v", all)
	}
}
