package site

import (
	"html/template"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/site/urls"
)

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
	// Photo is the <img> of Image when it is a photo published in several
	// widths (a JPEG, PNG or WebP; media.Picture.Img), empty otherwise (an
	// SVG drawing).
	Photo template.HTML
	Tags  []string
	// Prev and Next link the older and newer item (nil at the ends).
	Prev, Next *Link
}

// figureSizes is the sizes attribute of an article's photo: the page's
// column is at most 60rem wide less its margins (.wrap in site.css), and
// the width of the screen less them on a narrower screen.
const figureSizes = "(min-width: 60rem) 58.5rem, calc(100vw - 1.5rem)"

// photoTag is the <img> of p's front matter photo, empty when it has none.
func (m *model) photoTag(p *content.Page) template.HTML {
	if p.Picture == nil {
		return ""
	}
	return p.Picture.Img(m.u.Base, p.ImageAlt, figureSizes)
}

// imagePath turns a front matter image path into a site path.
func (m *model) imagePath(img string) string {
	if img == "" {
		return ""
	}
	return m.u.Path(strings.TrimPrefix(strings.TrimPrefix(img, "static/"), "/"))
}

// thumbPath is the site path of p's image in a list: a photo's narrowest
// version, else the image as written.
func (m *model) thumbPath(p *content.Page) string {
	if p.Picture != nil {
		return m.u.Path(p.Picture.Variants[0].Path)
	}
	return m.imagePath(p.Image)
}

// articlePage is the page of one story (list = m.stories), news item
// (m.news) or free page (list nil).
func (m *model) articlePage(p *content.Page, list []*content.Page, i int) *Page {
	a := &ArticleView{Title: p.Title, Date: p.Date, HTML: p.HTML, People: p.People,
		Image: m.imagePath(p.Image), ImageAlt: p.ImageAlt, Photo: m.photoTag(p), Tags: p.Tags}
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
