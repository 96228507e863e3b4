package site

import (
	"bytes"
	"slices"
	"testing"
)

// TestUnitPagesReuseRows: unit pages borrow their scorecards and rows
// from a pool; rendered after other pages (a team after a province of
// many children, in reverse order), each gives the bytes it gives on a
// fresh pool, so that no row of an earlier page shows through.
func TestUnitPagesReuseRows(t *testing.T) {
	in := synthetic(2, 3, 5, 2, 3)
	render := func(order []int) map[int][]byte {
		p, err := Prepare(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[int][]byte{}
		var buf bytes.Buffer
		for _, i := range order {
			b, err := p.renderPage(&buf, i)
			if err != nil {
				t.Fatal(err)
			}
			out[i] = bytes.Clone(b)
		}
		return out
	}
	p, err := Prepare(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var units []int
	for i, j := range p.jobs {
		if j.layout == "unit.html" {
			units = append(units, i)
		}
	}
	// 1 province + 2 districts + 6 communes + 30 teams.
	if len(units) != 39 {
		t.Fatalf("%d unit pages, want 39", len(units))
	}
	forward := render(units)
	rev := slices.Clone(units)
	slices.Reverse(rev)
	backward := render(rev)
	// Forward, the province comes first, on an empty pool; backward, the
	// teams do: each page is rendered once after other pages, once not.
	for _, i := range units {
		if !bytes.Equal(forward[i], backward[i]) {
			t.Errorf("%s: rendered after other pages, it differs", p.jobs[i].rel)
		}
	}
}
