package site

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"phongtrao/generator/data"
)

// TestByDepthIsStableSort: byDepth (the order of the search index's
// units) orders units as a stable sort by depth does, on random depths (0
// to 5, in any order) with many equal depths.
func TestByDepthIsStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 50 {
		units := make([]*data.Unit, r.IntN(200))
		for i := range units {
			units[i] = &data.Unit{ID: itoa(i), Depth: r.IntN(6)}
		}
		want := slices.Clone(units)
		sort.SliceStable(want, func(i, j int) bool { return want[i].Depth < want[j].Depth })
		if got := byDepth(units); !slices.Equal(got, want) {
			t.Fatalf("round %d: byDepth differs from a stable sort by depth", round)
		}
	}
	if got := byDepth(nil); len(got) != 0 {
		t.Errorf("byDepth(nil) = %v", got)
	}
}
