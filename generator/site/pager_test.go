package site

import (
	"strings"
	"testing"

	"phongtrao/generator/site/urls"
)

// TestPagerWindow checks which pages the pager links to: the first, the
// last and pagerReach (2) pages each side of the current one, with "…"
// where pages are left out.
func TestPagerWindow(t *testing.T) {
	m := &model{u: urls.Site{Base: "/"}}
	render := func(p Pager) string {
		var parts []string
		for _, l := range p.Links {
			if l.Current {
				parts = append(parts, "["+l.Text+"]")
			} else {
				parts = append(parts, l.Text)
			}
		}
		return strings.Join(parts, " ")
	}
	for _, c := range []struct {
		n, pages int
		want     string
	}{
		{1, 1, ""},            // one page: no links at all
		{1, 5, "[1] 2 3 … 5"}, // 4 is 3 away from 1: left out
		{3, 5, "1 2 [3] 4 5"}, // every page within reach
		{10, 2000, "1 … 8 9 [10] 11 12 … 2000"},
		{2000, 2000, "1 … 1998 1999 [2000]"},
		{4, 7, "1 2 3 [4] 5 6 7"}, // 1 and 7 are the ends, 2 to 6 in reach: no gap
	} {
		p := m.pager("bai-viet/", c.n, c.pages)
		if got := render(p); got != c.want {
			t.Errorf("page %d of %d: links %q, want %q", c.n, c.pages, got, c.want)
		}
	}
	p := m.pager("bai-viet/", 10, 2000)
	if p.Prev != "/bai-viet/trang/9.html" || p.Next != "/bai-viet/trang/11.html" || p.Links[0].URL != "/bai-viet/" {
		t.Errorf("prev %q next %q first %q", p.Prev, p.Next, p.Links[0].URL)
	}
}
