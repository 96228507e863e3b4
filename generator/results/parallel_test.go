package results

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/vn"
)

// withMinChunk runs f with forChunks cutting work into chunks of at least n
// items: 1 splits every loop into as many chunks as it can, a huge n keeps
// every loop on one goroutine (the sequential path).
func withMinChunk(t *testing.T, n int, f func()) {
	t.Helper()
	saved := minChunk
	minChunk = n
	defer func() { minChunk = saved }()
	f()
}

// TestParallelMatchesSequential computes a province (with successions that
// merge rows out of order and per-district targets) on six reference dates
// on one goroutine and on as many chunks as possible: every value, rank and
// order must be the same, and a second parallel run must agree too.
func TestParallelMatchesSequential(t *testing.T) {
	set := synthetic(3, 4, 5, 7)
	opts := []Option{
		WithSuccessions(
			Succession{From: unitAt(set, 0, 0, 0), To: unitAt(set, 0, 0, 1), Date: day(t, "2025-01-15")},
			Succession{From: unitAt(set, 0, 0, 1), To: unitAt(set, 0, 1, 2), Date: day(t, "2025-03-01")}, // chains the first
			Succession{From: unitAt(set, 1, 2), To: unitAt(set, 1, 3, 0), Date: day(t, "2025-03-01")},    // not a leaf: all its rows
		),
		WithTargets(SubtreeTargets(map[string]map[string]decimal.D{unitAt(set, 1): {"4.1/tin-bao": dec(t, "0.5")}})),
	}
	for _, asOf := range []string{"2024-08-19", "2024-12-31", "2025-02-03", "2025-05-10", "2025-08-19", "2025-10-01"} {
		var seq, par, again string
		withMinChunk(t, 1<<30, func() { seq = digest(Compute(testSite(t), set, day(t, asOf), opts...)) })
		withMinChunk(t, 1, func() {
			par = digest(Compute(testSite(t), set, day(t, asOf), opts...))
			again = digest(Compute(testSite(t), set, day(t, asOf), opts...))
		})
		if par != seq || again != par {
			t.Errorf("asOf %s: parallel results differ from sequential ones (%d, %d and %d bytes of digest)", asOf, len(seq), len(par), len(again))
		}
		// The digest must hold every unit (1 + 3 + 12 + 60 = 76) of every
		// started period: dot-2 starts on 2025-02-04, so before it only
		// dot-1 and "all" have results.
		want := 3 * 76
		if asOf < "2025-02-04" {
			want = 2 * 76
		}
		if n := strings.Count(seq, "children:"); n != want {
			t.Errorf("asOf %s: digest has %d unit lines, want %d", asOf, n, want)
		}
	}
}

// TestSharedCriteriaSameResults: leaves share their Criteria arrays when
// there are at most maxSharedCriteria criteria; with sharing turned off
// (every leaf its own array) the results must be the same, on a site with
// periods before, during and after phase 2. Two leaves meeting the same
// criteria must then hold the same array.
func TestSharedCriteriaSameResults(t *testing.T) {
	set := synthetic(2, 3, 4, 5)
	for _, asOf := range []string{"2024-12-31", "2025-05-10", "2025-08-19"} {
		shared := digest(Compute(testSite(t), set, day(t, asOf)))
		saved := maxSharedCriteria
		maxSharedCriteria = 0
		own := digest(Compute(testSite(t), set, day(t, asOf)))
		maxSharedCriteria = saved
		if shared != own {
			t.Errorf("asOf %s: results differ when leaves have their own Criteria", asOf)
		}
	}
	all := Compute(testSite(t), set, day(t, "2025-08-19")).Period("all")
	seen := map[string]*CriterionResult{}
	for _, u := range all.Units {
		if !u.Leaf {
			continue
		}
		k := fmt.Sprint(u.Criteria)
		if first, ok := seen[k]; ok && first != &u.Criteria[0] {
			t.Fatalf("%s: leaves meeting the same criteria (%s) hold different arrays", u.Unit.ID, k)
		}
		seen[k] = &u.Criteria[0]
	}
}

// TestMergedRows checks the sort-and-add of one leaf's rows. Rows of months
// 5, 3, 5, 4 with field values (a, b) = (1, -), (2, 20), (-, 30), (4, 40)
// become months 3, 4, 5 with (2, 20), (4, 40) and (1, 30): the two rows of
// month 5 add up field by field, a field missing from both stays missing.
func TestMergedRows(t *testing.T) {
	n := decimal.FromInt
	s := rows{
		month: []int32{5, 3, 5, 4},
		vals:  []decimal.D{n(1), 0, n(2), n(20), 0, n(30), n(4), n(40)},
		has:   []bool{true, false, true, true, false, true, true, true},
		nf:    2,
	}
	got := s.merged()
	want := rows{
		month: []int32{3, 4, 5},
		vals:  []decimal.D{n(2), n(20), n(4), n(40), n(1), n(30)},
		has:   []bool{true, true, true, true, true, true},
		nf:    2,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("merged = %v, want %v", got, want)
	}
	// Sorted rows without repeated months come back as they are.
	sorted := rows{month: []int32{1, 2}, vals: []decimal.D{n(1), n(2)}, has: []bool{true, false}, nf: 1}
	if got := sorted.merged(); &got.month[0] != &sorted.month[0] || got.len() != 2 {
		t.Errorf("sorted rows were copied or cut: %v", got)
	}
}

// TestCollationOrderRepeatedNames checks the name order computed once per
// distinct name against sorting the units pairwise with vn.Compare, then by
// id: "Thôn 2" before "Thôn 10" (numbers as numbers), "Đắk" after "Dũng"
// (d < đ), and units of the same name by id.
func TestCollationOrderRepeatedNames(t *testing.T) {
	names := []string{"Thôn 10", "Thôn 2", "Đắk Mil", "Dũng", "Thôn 2", "Buôn Ja", "Thôn 10", "Thôn 1", "Dũng"}
	var units []*data.Unit
	for i, n := range names {
		units = append(units, &data.Unit{ID: fmt.Sprintf("u%d", len(names)-i), Name: n})
	}
	order := collationOrder(units)
	byOrder := make([]*data.Unit, len(units))
	for i, pos := range order {
		byOrder[pos] = units[i]
	}
	want := slices.Clone(units)
	slices.SortFunc(want, func(a, b *data.Unit) int {
		if c := vn.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	var got, exp []string
	for i := range units {
		got = append(got, byOrder[i].Name+"/"+byOrder[i].ID)
		exp = append(exp, want[i].Name+"/"+want[i].ID)
	}
	// Worked out by hand: Buôn Ja; Dũng (u1 < u6); Đắk Mil; Thôn 1; Thôn 2
	// (u5 < u8); Thôn 10 (u3 < u9).
	hand := "Buôn Ja/u4 Dũng/u1 Dũng/u6 Đắk Mil/u7 Thôn 1/u2 Thôn 2/u5 Thôn 2/u8 Thôn 10/u3 Thôn 10/u9"
	if strings.Join(got, " ") != hand || strings.Join(exp, " ") != hand {
		t.Errorf("order\n got %s\nwant %s\n(pairwise sort: %s)", strings.Join(got, " "), hand, strings.Join(exp, " "))
	}
}
