package site

import (
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/site/urls"
)

// StoryCard is a story or news item in a list.
type StoryCard struct {
	Title, URL, Summary string
	Date                calendar.Date
	// Unit links the unit a story is about (empty for news); Context says where it is.
	Unit     Link
	Context  string
	Image    string
	ImageAlt string
}

// ListView is a paginated list of stories or news (.List).
type ListView struct {
	Items []StoryCard
	Pager Pager
	// Feed is the list's Atom feed path.
	Feed string
}

// pageSize is how many stories or news items a list page holds.
const pageSize = 10

// storyCard is p's card in a list of stories or news.
func (m *model) storyCard(p *content.Page) StoryCard {
	c := StoryCard{Title: p.Title, Summary: p.Summary, Date: p.Date, Image: m.thumbPath(p), ImageAlt: p.ImageAlt}
	if p.Section == content.Stories {
		c.URL = m.articleURL(p)
		if u := m.set.Units.ByID[p.Unit]; u != nil {
			in := m.unitOf(u)
			c.Unit, c.Context = Link{URL: in.url, Text: in.name}, in.context
		}
	} else {
		c.URL = m.articleURL(p)
	}
	return c
}

// listPage is page n (1-based) of the stories or news list at rel.
func (m *model) listPage(kind, rel, title string, list []*content.Page, n int) *Page {
	pages := max(1, (len(list)+pageSize-1)/pageSize)
	v := &ListView{Feed: m.u.Path(rel + "atom.xml"), Pager: m.pager(rel, n, pages)}
	for _, p := range list[min((n-1)*pageSize, len(list)):min(n*pageSize, len(list))] {
		v.Items = append(v.Items, m.storyCard(p))
	}
	t := title
	pg := m.page(kind, urls.Paged(rel, n), t, strings.TrimSuffix(rel, "/"))
	if n > 1 {
		pg.Title = title + " – trang " + itoa(n)
		pg.Crumbs = []Link{{URL: m.u.Path(rel), Text: title}}
	}
	pg.List = v
	return pg
}
