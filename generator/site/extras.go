package site

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/publish"
	"phongtrao/generator/search"
)

// writeExtras writes what is not a page: the Atom feeds, the sitemap,
// robots.txt and the search index.
func (m *model) writeExtras(w publish.Writer, jobs []job) error {
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
	for rel, b := range m.sitemaps(jobs, sitemapMax) {
		if err := w.WriteFile(rel, b); err != nil {
			return err
		}
	}
	robots := "User-agent: *\nAllow: /\n\nSitemap: " + m.u.abs("sitemap.xml") + "\n"
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
	f := atomFeed{Lang: "vi", Title: title + " – " + m.site.Title, ID: m.u.abs(rel), Updated: atomTime(updated),
		Links:  []atomLink{{Href: m.u.abs(rel)}, {Href: m.u.abs(rel + "atom.xml"), Rel: "self"}},
		Author: atomAuthor{Name: m.site.Title}}
	for i, p := range list {
		if i == 20 {
			break
		}
		u := m.u.origin + m.articleURL(p)
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

// sitemapMax is the most URLs one sitemap file may list (sitemaps.org).
const sitemapMax = 50_000

// sitemaps lists every page but the 404 page, in build order: in
// sitemap.xml, or, past max pages (a national site), in sitemap-1.xml,
// sitemap-2.xml… of max pages each, which sitemap.xml then indexes.
func (m *model) sitemaps(jobs []job, max int) map[string][]byte {
	var rels []string
	for _, j := range jobs {
		if !j.noIndex {
			rels = append(rels, j.rel)
		}
	}
	if len(rels) <= max {
		return map[string][]byte{"sitemap.xml": m.urlset(rels)}
	}
	out := map[string][]byte{}
	var index bytes.Buffer
	index.WriteString(xml.Header)
	index.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for n := 1; len(rels) > 0; n++ {
		part := rels[:min(max, len(rels))]
		rels = rels[len(part):]
		name := "sitemap-" + itoa(n) + ".xml"
		out[name] = m.urlset(part)
		index.WriteString("<sitemap><loc>")
		xml.EscapeText(&index, []byte(m.u.abs(name)))
		index.WriteString("</loc></sitemap>\n")
	}
	index.WriteString("</sitemapindex>\n")
	out["sitemap.xml"] = index.Bytes()
	return out
}

// urlset is one sitemap file listing the pages at rels.
func (m *model) urlset(rels []string) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, rel := range rels {
		b.WriteString("<url><loc>")
		xml.EscapeText(&b, []byte(m.u.abs(rel)))
		b.WriteString("</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// searchDocs lists every unit (shallow levels first, so their kinds rank
// first), criterion, story, news item and free page for the search index.
func (m *model) searchDocs() []search.Doc {
	units := append(m.set.Units.All[:0:0], m.set.Units.All...)
	sort.SliceStable(units, func(i, j int) bool { return units[i].Depth < units[j].Depth })
	var docs []search.Doc
	for _, u := range units {
		docs = append(docs, search.Doc{Title: m.unitName(u), URL: unitRel(u.ID), Kind: u.Kind, Context: m.unitContext(u)})
	}
	for _, c := range m.set.Criteria {
		docs = append(docs, search.Doc{Title: "Tiêu chí " + c.ID + ": " + c.Short, URL: criterionRel(c.ID), Kind: "Tiêu chí", Context: c.Title})
	}
	for _, p := range m.stories {
		d := search.Doc{Title: p.Title, URL: storyRel(p.Slug), Kind: "Bài viết", Date: p.Date.VN()}
		if u := m.set.Units.ByID[p.Unit]; u != nil {
			d.Context = m.unitName(u)
			if c := m.unitContext(u); c != "" {
				d.Context += ", " + c
			}
		}
		docs = append(docs, d)
	}
	for _, p := range m.news {
		docs = append(docs, search.Doc{Title: p.Title, URL: newsRel(p.Slug), Kind: "Tin tức", Date: p.Date.VN()})
	}
	for _, p := range m.free {
		docs = append(docs, search.Doc{Title: p.Title, URL: p.Slug + "/", Kind: "Trang"})
	}
	return docs
}
