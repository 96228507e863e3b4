package results

import (
	"strings"
	"testing"

	"phongtrao/generator/data"
)

// rankSet is the ranking fixture. Criteria: 4.1 (1 point) = at least 2
// deeds; 4.2 (1 point) = latest v ≥ 1 AND latest w ≥ 1. On 30/09/2024:
//
//	leaf              v w deeds  score  indicators met
//	p-b Thôn Bình     1 1  2     2      3
//	p-d Thôn 2        1 1  0     1      2
//	p-c Thôn 10       1 1  0     1      2
//	p-a Thôn Ấp       1 0  1     0      1
//	p-f Thôn Bắc      1 0  1     0      1
//	p-g Thôn Dũng     1 0  0     0      1
//	p-e Thôn Ơn       0 0  1     0      0
//	q-1 Thôn Một      1 1  2     2      3
//	q-2 Thôn Hai      1 1  1     1      2  (deeds 1 beat 0)
//	r-1 Thôn Ba       1 1  0     1      2
//	t-0 Tổ trực thuộc (a leaf right under the province, depth 1) 0 0 0 → 0
//
// Vietnamese collation puts "Thôn 2" before "Thôn 10" (numbers as numbers)
// and "Thôn Ấp" before "Thôn Bắc" (Ấ is an A), although byte order says
// the opposite for both pairs.
func rankSet(t *testing.T) *data.Set {
	set := &data.Set{
		Units: tree(
			[3]string{"tinh", "Tỉnh", ""},
			[3]string{"huyen-x", "Huyện X", "tinh"}, [3]string{"huyen-y", "Huyện Y", "tinh"},
			[3]string{"t-0", "Tổ trực thuộc", "tinh"},
			[3]string{"xa-p", "Xã P", "huyen-x"}, [3]string{"xa-q", "Xã Q", "huyen-x"}, [3]string{"xa-r", "Xã R", "huyen-y"},
			[3]string{"p-a", "Thôn Ấp", "xa-p"}, [3]string{"p-b", "Thôn Bình", "xa-p"}, [3]string{"p-c", "Thôn 10", "xa-p"},
			[3]string{"p-d", "Thôn 2", "xa-p"}, [3]string{"p-e", "Thôn Ơn", "xa-p"}, [3]string{"p-f", "Thôn Bắc", "xa-p"},
			[3]string{"p-g", "Thôn Dũng", "xa-p"},
			[3]string{"q-1", "Thôn Một", "xa-q"}, [3]string{"q-2", "Thôn Hai", "xa-q"},
			[3]string{"r-1", "Thôn Ba", "xa-r"},
		),
		Criteria: []*data.Criterion{
			crit("4.1", "1", deedsInd("d", ">=", "2")),
			crit("4.2", "1", latestInd("v", "v", ">=", "1"), latestInd("w", "w", ">=", "1")),
		},
	}
	vw := map[string][3]int{
		"p-b": {1, 1, 2}, "p-d": {1, 1, 0}, "p-c": {1, 1, 0}, "p-a": {1, 0, 1}, "p-f": {1, 0, 1},
		"p-g": {1, 0, 0}, "p-e": {0, 0, 1}, "q-1": {1, 1, 2}, "q-2": {1, 1, 1}, "r-1": {1, 1, 0}, "t-0": {0, 0, 0},
	}
	for _, u := range set.Units.All {
		x, ok := vw[u.ID]
		if !ok {
			continue
		}
		set.Reports = append(set.Reports, report(t, u.ID, "2024-09", "v", itoa(x[0]), "w", itoa(x[1])))
		for i := 0; i < x[2]; i++ {
			set.Deeds = append(set.Deeds, deed(t, u.ID, "2024-09-1"+itoa(i), "viec-tot"))
		}
	}
	return set
}

// ids lists the unit ids of results with their rank, "id:rank".
func ids(rs []*UnitResult, level bool) string {
	var out []string
	for _, u := range rs {
		r := u.Rank.Siblings
		if level {
			r = u.Rank.Level
		}
		out = append(out, u.Unit.ID+":"+itoa(r))
	}
	return strings.Join(out, " ")
}

// TestRule6Ranking checks competition ranks and tie order among siblings
// and at each level, for leaves and aggregates.
func TestRule6Ranking(t *testing.T) {
	set := rankSet(t)
	p := run(t, set, "2024-09-30").Period("dot-1")
	u := set.Units.ByID
	tests := []struct {
		name string
		got  string
		want string
	}{
		// Siblings in xa-p: score, then indicators met, then deeds; ties share
		// a rank and the next rank skips.
		{"siblings of xa-p", ids(p.Children(u["xa-p"]), false),
			"p-b:1 p-d:2 p-c:2 p-a:4 p-f:4 p-g:6 p-e:7"},
		// All leaves at depth 3: p-b and q-1 tie at 2 points (Bình < Một);
		// q-2 beats the 1-point leaves on deeds; three-way tie at 4.
		{"leaves at depth 3", ids(p.Level(3, true), true),
			"p-b:1 q-1:1 q-2:3 p-d:4 p-c:4 r-1:4 p-a:7 p-f:7 p-g:9 p-e:10"},
		// Communes at depth 2 by mean: xa-q 3/2, xa-r 1/1, xa-p 4/7.
		{"aggregates at depth 2", ids(p.Level(2, false), true), "xa-q:1 xa-r:2 xa-p:3"},
		{"siblings of huyen-x", ids(p.Children(u["huyen-x"]), false), "xa-q:1 xa-p:2"},
		// Districts: huyen-y 1/1 beats huyen-x 7/9. The leaf t-0 at depth 1
		// is ranked among leaves only (1 of 1), listed after the aggregate of
		// the same sibling rank.
		{"children of the province", ids(p.Children(u["tinh"]), false), "huyen-y:1 t-0:1 huyen-x:2"},
		{"aggregates at depth 1", ids(p.Level(1, false), true), "huyen-y:1 huyen-x:2"},
		{"leaves at depth 1", ids(p.Level(1, true), true), "t-0:1"},
		{"root", ids(p.Level(0, false), true) + " " + ids(p.Level(0, false), false), "tinh:1 tinh:1"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, tc.got, tc.want)
		}
	}
	if got := p.Depths(true); len(got) != 2 || got[0] != 1 || got[1] != 3 {
		t.Errorf("leaf depths = %v, want [1 3]", got)
	}
	if p.Children(u["p-a"]) != nil {
		t.Errorf("a leaf has children")
	}
}

// TestRule6AggregatesExact: aggregates compare exact fractions, then the
// share of leaves meeting every criterion.
//
// Criteria: 4.1 (4 points) v ≥ 1; 4.2 (3 points) w ≥ 1; 4.3 (3.666667
// points) z ≥ 1; 4.4 (1 point) y ≥ 1. On 30/09/2024:
//
//	xa-a: a1 v (4), a2 v (4), a3 w (3) → mean 11/3 = 3.666666…
//	xa-b: b1 z (3.666667)              → mean 3.666667 > 11/3 (rank 1)
//
// Rounded to 6 decimals they would tie; exactly, xa-b is ahead.
//
//	xa-e "Xã Ea Pô":   e1 v,w,z,y (11.666667), e2 nothing → mean 5.8333335, all met 1/2
//	xa-g "Xã Đắk Sin": same as xa-e                        → tie with xa-e
//	xa-f "Xã Cư Knia": f1 v,w (7), f2 z,y (4.666667)       → mean 5.8333335, all met 0
//
// xa-g and xa-e share rank 1 ("Đắk Sin" before "Ea Pô": Đ follows D and
// precedes E, although its bytes sort after E); xa-f is 3rd on the
// all-met share; xa-b 4th, xa-a 5th.
func TestRule6AggregatesExact(t *testing.T) {
	set := &data.Set{
		Units: tree(
			[3]string{"tinh", "Tỉnh", ""},
			[3]string{"xa-a", "Xã A", "tinh"}, [3]string{"xa-b", "Xã B", "tinh"},
			[3]string{"xa-e", "Xã Ea Pô", "tinh"}, [3]string{"xa-f", "Xã Cư Knia", "tinh"}, [3]string{"xa-g", "Xã Đắk Sin", "tinh"},
			[3]string{"a1", "A1", "xa-a"}, [3]string{"a2", "A2", "xa-a"}, [3]string{"a3", "A3", "xa-a"},
			[3]string{"b1", "B1", "xa-b"},
			[3]string{"e1", "E1", "xa-e"}, [3]string{"e2", "E2", "xa-e"},
			[3]string{"f1", "F1", "xa-f"}, [3]string{"f2", "F2", "xa-f"},
			[3]string{"g1", "G1", "xa-g"}, [3]string{"g2", "G2", "xa-g"},
		),
		Criteria: []*data.Criterion{
			crit("4.1", "4", latestInd("v", "v", ">=", "1")),
			crit("4.2", "3", latestInd("w", "w", ">=", "1")),
			crit("4.3", "3.666667", latestInd("z", "z", ">=", "1")),
			crit("4.4", "1", latestInd("y", "y", ">=", "1")),
		},
	}
	met := map[string]string{"a1": "v", "a2": "v", "a3": "w", "b1": "z", "e1": "vwzy", "e2": "", "f1": "vw", "f2": "zy", "g1": "vwzy", "g2": ""}
	for id, fields := range met {
		var kv []string
		for _, f := range []string{"v", "w", "z", "y"} {
			kv = append(kv, f, map[bool]string{true: "1", false: "0"}[strings.Contains(fields, f)])
		}
		set.Reports = append(set.Reports, report(t, id, "2024-09", kv...))
	}
	p := run(t, set, "2024-09-30").Period("dot-1")
	if got := p.Unit("xa-a").Score; got.Cmp(rat("11/3")) != 0 {
		t.Errorf("xa-a mean = %s, want 11/3", got.RatString())
	}
	if got, want := ids(p.Level(1, false), true), "xa-g:1 xa-e:1 xa-f:3 xa-b:4 xa-a:5"; got != want {
		t.Errorf("communes:\n got %s\nwant %s", got, want)
	}
}

// TestOrderLeavesMatchesCompare checks the leaves' fast ordering against
// the rule it implements, on a synthetic province of 120 teams with many
// ties: along every level of leaves, each leaf ranks strictly after the
// one before it (compare > 0, rank = its 1-based place) or ties with it
// (compare = 0, same rank, earlier in name order).
func TestOrderLeavesMatchesCompare(t *testing.T) {
	r := Compute(testSite(t), synthetic(2, 6, 10, 2), day(t, "2025-08-19"))
	for _, p := range r.Periods {
		leaves := p.Level(3, true)
		if len(leaves) != 120 {
			t.Fatalf("%s: %d leaves at depth 3, want 120", p.ID, len(leaves))
		}
		if leaves[0].Rank.Level != 1 {
			t.Errorf("%s: the first leaf has rank %d", p.ID, leaves[0].Rank.Level)
		}
		ties := 0
		for i := 1; i < len(leaves); i++ {
			a, b := leaves[i-1], leaves[i]
			switch c := compare(a, b); {
			case c < 0 && b.Rank.Level == i+1:
			case c == 0 && b.Rank.Level == a.Rank.Level && r.layout.nameOrder[a.index] < r.layout.nameOrder[b.index]:
				ties++
			default:
				t.Fatalf("%s: %s (rank %d) then %s (rank %d): compare %d", p.ID, a.Unit.ID, a.Rank.Level, b.Unit.ID, b.Rank.Level, c)
			}
		}
		if ties == 0 {
			t.Errorf("%s: no tie among 120 leaves: the test checks too little", p.ID)
		}
	}
}
