package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/publish"
	"phongtrao/generator/search"
	"phongtrao/generator/site/urls"
)

// writeExtras writes what is not a page into w: the Atom feeds, the
// sitemap, robots.txt and the search index, minified when minify is set
// (sitemap files written compact need no minifying: compactSitemaps).
func (m *model) writeExtras(w publish.Writer, minify bool, jobs []job) error {
	raw := w
	if minify {
		w = publish.Minified(w)
	}
	feeds := []struct {
		rel, title string
		list       []*content.Page
	}{
		{"bai-viet/", "Người tốt, việc tốt", m.stories},
		{"tin-tuc/", "Tin tức", m.news},
	}
	for _, f := range feeds {
		b, err := m.atom(f.rel, f.title, f.list)
		if err != nil {
			return err
		}
		if err := w.WriteFile(f.rel+"atom.xml", b); err != nil {
			return err
		}
	}
	sw := w
	compact := minify && m.compactSitemaps(jobs)
	if compact {
		sw = raw
	}
	for rel, b := range m.sitemaps(jobs, sitemapMax, compact) {
		if err := sw.WriteFile(rel, b); err != nil {
			return err
		}
	}
	robots := "User-agent: *\nAllow: /\n\nSitemap: " + m.u.Abs("sitemap.xml") + "\n"
	if err := w.WriteFile("robots.txt", []byte(robots)); err != nil {
		return err
	}
	files, err := search.Build(m.searchDocs())
	if err != nil {
		return fmt.Errorf("chỉ mục tìm kiếm: %w", err)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := w.WriteFile(n, files[n]); err != nil {
			return err
		}
	}
	return nil
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	Title   string    `xml:"title"`
	ID      string    `xml:"id"`
	Link    atomLink  `xml:"link"`
	Updated string    `xml:"updated"`
	Summary string    `xml:"summary,omitempty"`
	Content *atomText `xml:"content"`
}

// atomTime is midnight of d in Vietnam's time zone: feeds take dates from
// the content, never from the clock.
func atomTime(d calendar.Date) string { return d.String() + "T00:00:00+07:00" }

// atom returns the Atom feed of a list, newest 20 entries.
func (m *model) atom(rel, title string, list []*content.Page) ([]byte, error) {
	updated := m.site.Campaign.Start
	if len(list) > 0 {
		updated = list[0].Date
	}
	f := atomFeed{Lang: "vi", Title: title + " – " + m.site.Title, ID: m.u.Abs(rel), Updated: atomTime(updated),
		Links:  []atomLink{{Href: m.u.Abs(rel)}, {Href: m.u.Abs(rel + "atom.xml"), Rel: "self"}},
		Author: atomAuthor{Name: m.site.Title}}
	for i, p := range list {
		if i == 20 {
			break
		}
		u := m.u.Origin + m.articleURL(p)
		f.Entries = append(f.Entries, atomEntry{Title: p.Title, ID: u, Link: atomLink{Href: u}, Updated: atomTime(p.Date),
			Summary: p.Summary, Content: &atomText{Type: "html", Body: string(p.HTML)}})
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(f); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
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
		docs = append(docs, search.Doc{Title: "Tiêu chí " + c.ID + ": " + c.Short, URL: urls.Criterion(c.ID), Kind: "Tiêu chí", Context: c.Title})
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
