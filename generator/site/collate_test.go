package site

import (
	"bytes"
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"phongtrao/generator/data"
	"phongtrao/generator/vn"
)

// Names meant to collate tricky: tones and letters of their own (a < ă <
// â, d < đ), numbers compared as numbers (2 < 10), the same name composed
// and decomposed (equal keys, ties broken by bytes), and kinds in front.
var trickyNames = []string{"Thôn 2", "Thôn 10", "Thôn 1", "Đắk Mil", "Dak Mil", "Đăk Mil", "Ea Pô", "Ấp Bắc",
	"Ăn Khê", "An Khê", "Ân Khê", "Hòa", "Ho\u0300a", "Hoà", "Quảng Sơn", "Quang Sơn", "Bon Bu Prăng", "Tổ dân phố 3"}

// randomUnits makes a tree of n units under a root, named from
// trickyNames with random kinds, many names and places repeating.
func randomUnits(r *rand.Rand, n int) *data.Units {
	units, add := unitTree()
	units.Root = add("goc", "Tỉnh Thử", "Tỉnh", nil)
	kinds := []string{"Xã", "Thôn", "Buôn", "Huyện", ""}
	for i := range n {
		parent := units.All[r.IntN(len(units.All))]
		kind := kinds[r.IntN(len(kinds))]
		name := trickyNames[r.IntN(len(trickyNames))]
		if kind != "" && r.IntN(2) == 0 {
			name = kind + " " + name
		}
		add(fmt.Sprintf("u%03d", (i*7919)%1000), name, kind, parent)
	}
	return units
}

// TestSortsMatchCollation: sortedChildren (by name ranks, or comparing
// names for units outside the tree) orders like the pairwise
// vn.Compare of full names (then id) it replaced, and sortByName like
// the comparison of collation keys of bare names and places (then id),
// on random trees full of equal and tricky names.
func TestSortsMatchCollation(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for round := range 20 {
		in := synthetic(1, 1, 1, 0, 0)
		in.Data.Units = randomUnits(r, 300)
		m, err := newModel(in, assets{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range m.set.Units.All {
			want := slices.Clone(u.Children)
			sort.SliceStable(want, func(i, j int) bool {
				if c := vn.Compare(fullName(want[i]), fullName(want[j])); c != 0 {
					return c < 0
				}
				return want[i].ID < want[j].ID
			})
			if got := m.sortedChildren(u); !slices.Equal(got, want) {
				t.Fatalf("round %d: children of %s in another order", round, u.ID)
			}
			// Children outside the tree are compared by name.
			if got := m.compareChildren(slices.Clone(u.Children)); !slices.Equal(got, want) {
				t.Fatalf("round %d: children of %s compared by name in another order", round, u.ID)
			}
		}
		us := slices.Clone(m.set.Units.All[1:])
		want := slices.Clone(us)
		sort.SliceStable(want, func(i, j int) bool {
			a, b := want[i], want[j]
			if c := cmp.Or(bytes.Compare(vn.Key(bareName(a)), vn.Key(bareName(b))), strings.Compare(bareName(a), bareName(b))); c != 0 {
				return c < 0
			}
			wa, wb := m.unitContext(a), m.unitContext(b)
			if c := cmp.Or(bytes.Compare(vn.Key(wa), vn.Key(wb)), strings.Compare(wa, wb)); c != 0 {
				return c < 0
			}
			return a.ID < b.ID
		})
		var names, wheres []string
		for _, u := range us {
			names, wheres = append(names, bareName(u)), append(wheres, m.unitContext(u))
		}
		m.sortByName(us, vn.Ranks(names), vn.Ranks(wheres))
		if !slices.Equal(us, want) {
			t.Fatalf("round %d: sortByName differs from sorting by collation keys", round)
		}
	}
}
