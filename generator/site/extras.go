package site

import (
	"fmt"
	"sort"

	"phongtrao/generator/content"
	"phongtrao/generator/publish"
	"phongtrao/generator/search"
	"phongtrao/generator/site/feeds"
)

// writeExtras writes what is not a page into w: the Atom feeds, the
// sitemap, robots.txt, the reports' CSV appendices and the search index, minified when minify is set
// (sitemap files written compact need no minifying: feeds.Compact).
func (m *model) writeExtras(w publish.Writer, minify bool, jobs []job) error {
	raw := w
	if minify {
		w = publish.Minified(w)
	}
	lists := []struct {
		rel, title string
		list       []*content.Page
	}{
		{"bai-viet/", "Người tốt, việc tốt", m.stories},
		{"tin-tuc/", "Tin tức", m.news},
	}
	for _, f := range lists {
		b, err := feeds.Atom(m.feed(f.rel, f.title, f.list))
		if err != nil {
			return err
		}
		if err := w.WriteFile(f.rel+"atom.xml", b); err != nil {
			return err
		}
	}
	rels := sitemapRels(jobs)
	sw := w
	compact := minify && feeds.Compact(m.u, rels)
	if compact {
		sw = raw
	}
	for rel, b := range feeds.Sitemaps(m.u, rels, feeds.SitemapMax, compact) {
		if err := sw.WriteFile(rel, b); err != nil {
			return err
		}
	}
	if err := w.WriteFile("robots.txt", feeds.Robots(m.u)); err != nil {
		return err
	}
	if err := m.writeReportCSVs(raw); err != nil { // report_csv.go
		return err
	}
	if err := m.writeReleaseTexts(raw); err != nil { // release.go
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

// sitemapRels lists the pages of jobs the sitemap lists, every page but
// the 404 page, in build order.
func sitemapRels(jobs []job) []string {
	rels := make([]string, 0, len(jobs))
	for _, j := range jobs {
		if !j.noIndex {
			rels = append(rels, j.rel)
		}
	}
	return rels
}

// feed is the Atom feed of the list at rel (stories or news, newest
// first): its newest feeds.AtomEntries entries.
func (m *model) feed(rel, title string, list []*content.Page) feeds.Feed {
	f := feeds.Feed{Title: title + " – " + m.site.Title, URL: m.u.Abs(rel), Self: m.u.Abs(rel + "atom.xml"),
		Author: m.site.Title, Updated: m.site.Campaign.Start}
	if len(list) > 0 {
		f.Updated = list[0].Date
	}
	for _, p := range list[:min(len(list), feeds.AtomEntries)] {
		f.Entries = append(f.Entries, feeds.Entry{Title: p.Title, URL: m.u.Origin + m.articleURL(p), Date: p.Date,
			Summary: p.Summary, HTML: string(p.HTML)})
	}
	return f
}
