package site

import (
	"phongtrao/generator/data"
	"phongtrao/generator/search"
	"phongtrao/generator/site/urls"
)

// searchPage is the search page; the search itself runs in the browser
// over the index that searchDocs lists.
func (m *model) searchPage() *Page {
	pg := m.page("search", "tim-kiem/", "Tìm kiếm", "tim-kiem")
	pg.Description = "Tìm " + m.info.Kinds.All + ", bài viết; gõ có dấu hay không dấu đều được."
	letters, _ := m.directory()
	pg.Directory = &DirectoryView{Letters: m.letterLinks(letters, "")}
	return pg
}

// searchDocs lists every unit (shallow levels first, so their kinds rank
// first), criterion, story, news item and free page for the search index.
func (m *model) searchDocs() []search.Doc {
	all := m.set.Units.All
	docs := make([]search.Doc, 0, len(all)+len(m.set.Criteria)+len(m.stories)+len(m.news)+len(m.free))
	for _, u := range byDepth(all) {
		in := m.unitOf(u)
		docs = append(docs, search.Doc{Title: in.name, URL: urls.Unit(u.ID), Kind: u.Kind, Context: in.context})
	}
	for _, c := range m.set.Criteria {
		docs = append(docs, search.Doc{Title: "Nội dung " + c.ID + ": " + c.Short, URL: urls.Criterion(c.ID), Kind: "Nội dung thi đua", Context: c.Title})
	}
	for _, p := range m.stories {
		d := search.Doc{Title: p.Title, URL: urls.Story(p.Slug), Kind: "Bài viết", Date: p.Date.VN()}
		if u := m.set.Units.ByID[p.Unit]; u != nil {
			d.Context = m.unitName(u)
			if c := m.unitContext(u); c != "" {
				d.Context += ", " + c
			}
		}
		docs = append(docs, d)
	}
	for _, p := range m.news {
		docs = append(docs, search.Doc{Title: p.Title, URL: urls.News(p.Slug), Kind: "Tin tức", Date: p.Date.VN()})
	}
	for _, p := range m.free {
		docs = append(docs, search.Doc{Title: p.Title, URL: p.Slug + "/", Kind: "Trang"})
	}
	return docs
}

// byDepth returns units stably sorted by depth, shallow first: units of
// each depth in their order in units.
func byDepth(units []*data.Unit) []*data.Unit {
	var start []int // start[d+1] counts, then places, the units of depth d
	for _, u := range units {
		for len(start) < u.Depth+2 {
			start = append(start, 0)
		}
		start[u.Depth+1]++
	}
	for d := 1; d < len(start); d++ {
		start[d] += start[d-1]
	}
	out := make([]*data.Unit, len(units))
	for _, u := range units {
		out[start[u.Depth]] = u
		start[u.Depth]++
	}
	return out
}
