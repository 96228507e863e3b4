package site

import (
	"html/template"
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

// ArticleView is a story, news item or free page (.Article).
type ArticleView struct {
	Title string
	// Date is zero on free pages.
	Date calendar.Date
	// HTML is the rendered Markdown body.
	HTML    template.HTML
	People  []string
	Unit    Link
	Context string
	// Criterion links the criterion a story illustrates (empty when none).
	Criterion Link
	Image     string
	ImageAlt  string
	Tags      []string
	// Prev and Next link the older and newer item (nil at the ends).
	Prev, Next *Link
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

func (m *model) storyCard(p *content.Page) StoryCard {
	c := StoryCard{Title: p.Title, Summary: p.Summary, Date: p.Date, Image: m.imagePath(p.Image), ImageAlt: p.ImageAlt}
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

// imagePath turns a front matter image path into a site path.
func (m *model) imagePath(img string) string {
	if img == "" {
		return ""
	}
	return m.u.Path(strings.TrimPrefix(strings.TrimPrefix(img, "static/"), "/"))
}

// articlePage is the page of one story (list = m.stories), news item
// (m.news) or free page (list nil).
func (m *model) articlePage(p *content.Page, list []*content.Page, i int) *Page {
	a := &ArticleView{Title: p.Title, Date: p.Date, HTML: p.HTML, People: p.People,
		Image: m.imagePath(p.Image), ImageAlt: p.ImageAlt, Tags: p.Tags}
	var pg *Page
	switch p.Section {
	case content.Stories:
		pg = m.page("story", urls.Story(p.Slug), p.Title, "bai-viet")
		pg.Crumbs = []Link{{URL: m.u.Path("bai-viet/"), Text: "Người tốt, việc tốt"}}
		if u := m.set.Units.ByID[p.Unit]; u != nil {
			in := m.unitOf(u)
			a.Unit, a.Context = Link{URL: in.url, Text: in.name}, in.context
		}
		if c := m.set.Criterion(p.Criterion); c != nil {
			a.Criterion = Link{URL: m.u.Path(urls.Criterion(c.ID)), Text: c.ID + ". " + c.Short}
		}
	case content.News:
		pg = m.page("news", urls.News(p.Slug), p.Title, "tin-tuc")
		pg.Crumbs = []Link{{URL: m.u.Path("tin-tuc/"), Text: "Tin tức"}}
	default:
		pg = m.page("page", p.Slug+"/", p.Title, p.Slug)
	}
	if list != nil {
		if i+1 < len(list) {
			a.Prev = &Link{URL: m.articleURL(list[i+1]), Text: list[i+1].Title}
		}
		if i > 0 {
			a.Next = &Link{URL: m.articleURL(list[i-1]), Text: list[i-1].Title}
		}
	}
	pg.Description = p.Summary
	pg.Article = a
	return pg
}

// articleURL is the site path of a story or news item (any other page is
// taken for news), remembered for those of m.stories and m.news.
func (m *model) articleURL(p *content.Page) string {
	if u, ok := m.articleURLs[p]; ok {
		return u
	}
	if p.Section == content.Stories {
		return m.u.Path(urls.Story(p.Slug))
	}
	return m.u.Path(urls.News(p.Slug))
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
