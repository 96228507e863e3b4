package site

import "phongtrao/generator/site/urls"

// Pager links the pages of a paginated list.
type Pager struct {
	Page, Pages int
	Prev, Next  string // site paths, empty at the ends
	// Links go to the first and last pages and to those near the current
	// one; a link without URL stands for the pages left out ("…").
	Links []Link
}

// pager links page n of pages of a list at rel.
func (m *model) pager(rel string, n, pages int) Pager {
	p := Pager{Page: n, Pages: pages}
	if n > 1 {
		p.Prev = m.u.Path(urls.Paged(rel, n-1))
	}
	if n < pages {
		p.Next = m.u.Path(urls.Paged(rel, n+1))
	}
	if pages > 1 {
		last := 0
		for i := 1; i <= pages; i++ {
			if i != 1 && i != pages && (i < n-pagerReach || i > n+pagerReach) {
				continue
			}
			if i > last+1 {
				p.Links = append(p.Links, Link{Text: "…"}) // pages left out
			}
			p.Links = append(p.Links, Link{URL: m.u.Path(urls.Paged(rel, i)), Text: itoa(i), Current: i == n})
			last = i
		}
	}
	return p
}

// pagerReach is how many pages on each side of the current one the pager
// links to, besides the first and the last: a list of 2,000 pages links
// to 7 of them, not 2,000 from each page.
const pagerReach = 2
