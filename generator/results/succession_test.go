package results

import (
	"fmt"
	"strings"
	"testing"

	"phongtrao/generator/data"
)

// merge returns a Succession on date.
func merge(t *testing.T, from, to, date string) Succession {
	return Succession{From: from, To: to, Date: day(t, date)}
}

// dataMerges turns successions into data.Successions, for Units.Receive.
func dataMerges(s []Succession) []data.Succession {
	out := make([]data.Succession, len(s))
	for i, x := range s {
		out[i] = data.Succession{From: x.From, To: x.To, Date: x.Date}
	}
	return out
}

// reformSet is three communes of huyen-a merged into xa-moi on 01/07/2025,
// mid-phase 2, both districts abolished the same day (their units go
// to the province), xa-4 kept (it moves up under the province):
//
//	units.csv                         tree of dot-2 and all (r = 19/08/2025)
//	tinh                              tinh
//	├ huyen-a → tinh                  ├ xa-moi ── t1 t2 t3 t4
//	│ ├ xa-1 → xa-moi ── t1 t2        └ xa-4 ──── t5
//	│ ├ xa-2 → xa-moi ── t3
//	│ └ xa-3 → xa-moi ── t4
//	├ huyen-b → tinh
//	│ └ xa-4 ── t5
//	└ xa-moi (no child of its own)
//
// Criteria: 4.1 r = n/d ≥ 0.8, 4.2 Σ x ≥ 1, one point each. Rows:
//
//	      2024-09 (dot-1)    2025-07 (dot-2)
//	t1    n 8  d 10  x 1     n 1  d 1  x 0
//	t2    n 5  d 10  x 0     n 0  d 2  x 0
//	t3    n 9  d 10  x 1     n 3  d 3  x 1
//	t4    –                  n 1  d 1  x 0
//	t5    –                  n 4  d 5  x 2
func reformSet(t *testing.T) (*data.Set, []Succession) {
	units := tree(
		[3]string{"tinh", "Tỉnh", ""},
		[3]string{"huyen-a", "Huyện A", "tinh"},
		[3]string{"xa-1", "Xã 1", "huyen-a"}, [3]string{"t1", "Thôn 1", "xa-1"}, [3]string{"t2", "Thôn 2", "xa-1"},
		[3]string{"xa-2", "Xã 2", "huyen-a"}, [3]string{"t3", "Thôn 3", "xa-2"},
		[3]string{"xa-3", "Xã 3", "huyen-a"}, [3]string{"t4", "Thôn 4", "xa-3"},
		[3]string{"huyen-b", "Huyện B", "tinh"},
		[3]string{"xa-4", "Xã 4", "huyen-b"}, [3]string{"t5", "Thôn 5", "xa-4"},
		[3]string{"xa-moi", "Xã Mới", "tinh"},
	)
	s := []Succession{
		merge(t, "xa-1", "xa-moi", "2025-07-01"), merge(t, "xa-2", "xa-moi", "2025-07-01"), merge(t, "xa-3", "xa-moi", "2025-07-01"),
		merge(t, "huyen-a", "tinh", "2025-07-01"), merge(t, "huyen-b", "tinh", "2025-07-01"),
	}
	units.Receive(dataMerges(s))
	set := &data.Set{
		Units:    units,
		Criteria: []*data.Criterion{crit("4.1", "1", ratioInd("r", "n", "d", ">=", "0.8")), crit("4.2", "1", totalInd("x", "x", ">=", "1"))},
	}
	for _, r := range [][5]string{
		{"t1", "2024-09", "8", "10", "1"}, {"t2", "2024-09", "5", "10", "0"}, {"t3", "2024-09", "9", "10", "1"},
		{"t1", "2025-07", "1", "1", "0"}, {"t2", "2025-07", "0", "2", "0"}, {"t3", "2025-07", "3", "3", "1"},
		{"t4", "2025-07", "1", "1", "0"}, {"t5", "2025-07", "4", "5", "2"},
	} {
		set.Reports = append(set.Reports, report(t, r[0], r[1], "n", r[2], "d", r[3], "x", r[4]))
	}
	return set, s
}

// TestRule8CommuneMerge: results, ranks and shares on the tree of each
// period, worked by hand (see reformSet).
//
// dot-1 (r = 03/02/2025): nothing has ceased; xa-moi has no team under it
// yet, so it has no result. t1 8/10 met, x 1 met → 2; t2 → 0; t3 → 2;
// t4 and t5 no-data → 0. xa-1 (2+0)/2 = 1 ranks 2nd, after xa-2's 2.
//
// dot-2 (r = 19/08/2025): xa-1..3 and both districts have ceased (no
// result). t1 1/1 met, x 0 → 1; t2 0/2, x 0 → 0; t3 3/3, x 1 → 2; t4 1/1,
// x 0 → 1; t5 4/5 = 0.8, x 2 → 2. xa-moi: 4 teams, score (1+0+2+1)/4 = 1,
// r pooled 5/7, 4.1 met by t1 t3 t4 (3/4); xa-4: score 2; tinh: 5 teams,
// score 6/5, 4.1 share 4/5. Ranks: xa-4 1 and xa-moi 2 under tinh and at
// depth 1; teams at depth 2: t3 and t5 1 (2 points, 2 indicators, no
// deed), t1 and t4 3, t2 5; under xa-moi: t3 1, t1 and t4 2, t2 4.
//
// all (r = 19/08/2025, the window from 19/08/2024): the same tree; t1
// 9/11 met, x 1 → 2; t3 12/13, x 2 → 2; t2 5/12, x 0 → 0; t4 → 1; t5 → 2;
// xa-moi score 5/4.
func TestRule8CommuneMerge(t *testing.T) {
	set, s := reformSet(t)
	r := run(t, set, "2025-08-19", WithSuccessions(s...))
	type want struct {
		period, unit string
		absent       bool
		parent       string // in the period's tree
		depth        int
		score        string
		siblings     int
		level        int
	}
	for _, w := range []want{
		{"dot-1", "xa-moi", true, "", 1, "0", 0, 0},
		{"dot-1", "xa-1", false, "huyen-a", 2, "1", 2, 2}, // (2+0)/2, after xa-2's 2
		{"dot-1", "t1", false, "xa-1", 3, "2", 1, 1},
		{"dot-1", "t4", false, "xa-3", 3, "0", 1, 3},
		{"dot-2", "xa-1", true, "", 2, "0", 0, 0},
		{"dot-2", "huyen-a", true, "", 1, "0", 0, 0},
		{"dot-2", "xa-moi", false, "tinh", 1, "1", 2, 2},
		{"dot-2", "xa-4", false, "tinh", 1, "2", 1, 1},
		{"dot-2", "tinh", false, "", 0, "6/5", 1, 1},
		{"dot-2", "t1", false, "xa-moi", 2, "1", 2, 3},
		{"dot-2", "t2", false, "xa-moi", 2, "0", 4, 5},
		{"dot-2", "t3", false, "xa-moi", 2, "2", 1, 1},
		{"dot-2", "t4", false, "xa-moi", 2, "1", 2, 3},
		{"dot-2", "t5", false, "xa-4", 2, "2", 1, 1},
		{"all", "xa-moi", false, "tinh", 1, "5/4", 2, 2},
		{"all", "t1", false, "xa-moi", 2, "2", 1, 1},
	} {
		u := r.Period(w.period).Unit(w.unit)
		parent := ""
		if u.Parent != nil {
			parent = u.Parent.ID
		}
		got := fmt.Sprintf("absent=%v parent=%s depth=%d score=%s rank=%d/%d", u.Absent, parent, u.Depth, u.Score.RatString(), u.Rank.Siblings, u.Rank.Level)
		exp := fmt.Sprintf("absent=%v parent=%s depth=%d score=%s rank=%d/%d", w.absent, w.parent, w.depth, w.score, w.siblings, w.level)
		if got != exp {
			t.Errorf("%s %s: %s\n  want %s", w.period, w.unit, got, exp)
		}
	}
	p := r.Period("dot-2")
	moi := p.Unit("xa-moi")
	if in := moi.Indicator("4.1/r"); val(in) != "5/7" || moi.Leaves != 4 || moi.Criterion("4.1").Share.Cmp(rat("3/4")) != 0 {
		t.Errorf("dot-2 xa-moi: r %s, %d leaves, 4.1 share %s; want 5/7, 4, 3/4", val(in), moi.Leaves, moi.Criterion("4.1").Share.RatString())
	}
	if sh := p.Unit("tinh").Criterion("4.1").Share; sh.Cmp(rat("4/5")) != 0 {
		t.Errorf("dot-2 tinh 4.1 share %s, want 4/5", sh.RatString())
	}
	var kids, level []string
	for _, c := range p.Children(set.Units.ByID["xa-moi"]) {
		kids = append(kids, c.Unit.ID)
	}
	for _, u := range p.Level(1, false) {
		level = append(level, u.Unit.ID)
	}
	if strings.Join(kids, " ") != "t3 t1 t4 t2" || strings.Join(level, " ") != "xa-4 xa-moi" {
		t.Errorf("dot-2: xa-moi's children %v, want t3 t1 t4 t2; aggregates at depth 1 %v, want xa-4 xa-moi", kids, level)
	}
	if p.Children(set.Units.ByID["xa-1"]) != nil || len(p.Level(2, false)) != 0 {
		t.Errorf("dot-2: a ceased commune has no children and no level")
	}
	if got := ind(t, r, "all", "t3", "4.1/r"); val(got) != "12/13" {
		t.Errorf("all t3 r = %s, want 12/13", val(got))
	}
	// Without successions xa-moi is a team (nothing marks it): the option
	// alone changes the results.
	if plain := run(t, set, "2025-08-19").Period("dot-2").Unit("xa-1"); plain.Absent || plain.Score.Cmp(rat("1/2")) != 0 {
		t.Errorf("without successions: xa-1 absent %v score %s, want present, 1/2 (t1 1, t2 0)", plain.Absent, plain.Score.RatString())
	}
}

// TestRule8TeamMerge: thon-a and thon-b merged into thon-c on 01/07/2025.
// pct is read by a latest indicator (pct > 90), y by a total (Σ y ≥ 0).
//
//	        2025-05          2025-06
//	thon-a  pct 80  y 1      pct 95  y 2
//	thon-b  –                pct 70  y 10
//	thon-c  –                pct 92  y 100     (no July row)
//
// On 31/07/2025 (dot-2 and all): thon-a and thon-b have no result; thon-c
// counts their rows: May 80 / 1 (thon-a's alone), June y 2 + 10 + 100 =
// 112 and pct its own 92 (a latest field: its own row wins over the sum).
// Latest month June: 92 > 90 met; Σ y = 113. Their deeds count too: 2.
//
// On 30/06/2025 nothing has ceased: thon-a 95 and 3; thon-b 70 and 10;
// thon-c 92 and 100, its own deed only.
func TestRule8TeamMerge(t *testing.T) {
	set := &data.Set{
		Units:    oneCommune("thon-a", "thon-b", "thon-c"),
		Criteria: []*data.Criterion{crit("4.4", "1", latestInd("pct", "pct", ">", "90"), totalInd("y", "y", ">=", "0"), deedsInd("d", ">=", "0"))},
		Reports: []data.Report{
			report(t, "thon-a", "2025-05", "pct", "80", "y", "1"), report(t, "thon-a", "2025-06", "pct", "95", "y", "2"),
			report(t, "thon-b", "2025-06", "pct", "70", "y", "10"),
			report(t, "thon-c", "2025-06", "pct", "92", "y", "100"),
		},
		Deeds: []data.Deed{deed(t, "thon-a", "2025-06-15", "viec-tot"), deed(t, "thon-c", "2025-07-10", "viec-tot")},
	}
	opt := WithSuccessions(merge(t, "thon-a", "thon-c", "2025-07-01"), merge(t, "thon-b", "thon-c", "2025-07-01"))
	tests := []struct {
		asOf, period, unit string
		absent             bool
		pct                string
		status             Status
		y, deeds           string
	}{
		{"2025-07-31", "dot-2", "thon-c", false, "92", Met, "113", "2"},
		{"2025-07-31", "all", "thon-c", false, "92", Met, "113", "2"},
		{"2025-07-31", "dot-2", "thon-a", true, "-", 0, "-", "0"},
		{"2025-07-31", "dot-2", "thon-b", true, "-", 0, "-", "0"},
		{"2025-06-30", "dot-2", "thon-a", false, "95", Met, "3", "1"},
		{"2025-06-30", "dot-2", "thon-b", false, "70", NotMet, "10", "0"},
		{"2025-06-30", "dot-2", "thon-c", false, "92", Met, "100", "0"},
	}
	for _, tc := range tests {
		u := run(t, set, tc.asOf, opt).Period(tc.period).Unit(tc.unit)
		pct, y, d := u.Indicator("4.4/pct"), u.Indicator("4.4/y"), u.Indicator("4.4/d")
		if u.Absent != tc.absent || val(pct) != tc.pct || pct.Status != tc.status || val(y) != tc.y || fmt.Sprint(u.Deeds) != tc.deeds {
			t.Errorf("%s %s %s: absent %v, pct %s %s, y %s, deeds %d (d %s); want %v, %s %s, %s, %s",
				tc.asOf, tc.period, tc.unit, u.Absent, val(pct), pct.Status, val(y), u.Deeds, val(d), tc.absent, tc.pct, tc.status, tc.y, tc.deeds)
		}
	}
}
