package site

import (
	"bytes"
	"slices"
	"testing"
)

// TestUnitPagesReuseRows: unit and leaderboard pages borrow their rows
// from pools; rendered after other pages (a team after a province of
// many children, a short last page after full ones, in reverse order),
// each gives the bytes it gives on a fresh pool, so that no row of an
// earlier page shows through.
func TestUnitPagesReuseRows(t *testing.T) {
	in := synthetic(2, 3, 5, 2, 3)
	render := func(order []int) map[int][]byte {
		p, err := Prepare(in, Options{RowsPerPage: 4})
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
	p, err := Prepare(in, Options{RowsPerPage: 4})
	if err != nil {
		t.Fatal(err)
	}
	var units []int
	boards := 0
	for i, j := range p.jobs {
		if j.layout == "unit.html" || j.layout == "board.html" {
			units = append(units, i)
		}
		if j.layout == "board.html" {
			boards++
		}
	}
	// 1 province + 2 districts + 6 communes + 30 teams; leaderboards of
	// 4 rows a page in 3 periods: teams 8 pages, communes 2, districts 1.
	if len(units)-boards != 39 || boards != 3*(8+2+1) {
		t.Fatalf("%d unit pages and %d leaderboard pages, want 39 and 33", len(units)-boards, boards)
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
