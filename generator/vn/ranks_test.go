package vn

import (
	"slices"
	"testing"
)

// Ranks orders strings as Compare does: for every pair, the ranks compare
// as the strings do, equal strings share a rank, and the ranks are 0..n-1
// for n distinct strings. The names mix tones, đ, digit runs (Thôn 2
// before Thôn 10) and a decomposed form that collates equal to its
// composed twin but differs in bytes (so it gets its own rank).
func TestRanksFollowCompare(t *testing.T) {
	strs := []string{"Thôn 10", "Thôn 2", "Đắk Mil", "Dak Mil", "Ea Pô", "Thôn 2", "Bon Bu Prăng",
		"Buôn Ja", "Đắk Song", "a", "A", "Tuy Đức", "Tuy Duc", "Thôn 1A", "Ê", "E\u0302", "Ea Pô"}
	ranks := Ranks(strs)
	distinct := slices.Compact(slices.Sorted(slices.Values(strs)))
	if len(ranks) != len(distinct) {
		t.Fatalf("%d ranks for %d distinct strings", len(ranks), len(distinct))
	}
	seen := map[int32]bool{}
	for _, r := range ranks {
		if r < 0 || int(r) >= len(distinct) || seen[r] {
			t.Fatalf("ranks %v: not a numbering 0..%d", ranks, len(distinct)-1)
		}
		seen[r] = true
	}
	for _, a := range strs {
		for _, b := range strs {
			want, got := Compare(a, b), 0
			switch ra, rb := ranks[a], ranks[b]; {
			case ra < rb:
				got = -1
			case ra > rb:
				got = 1
			}
			if got != want {
				t.Errorf("%q vs %q: ranks say %d, Compare says %d", a, b, got, want)
			}
		}
	}
}
