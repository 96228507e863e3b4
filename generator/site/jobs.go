package site

import (
	"fmt"
	"strings"

	"phongtrao/generator/content"
	"phongtrao/generator/diag"
	"phongtrao/generator/media"
	"phongtrao/generator/site/urls"
)

// job is one page to build: its URL, its layout and how to make its data.
type job struct {
	rel      string // URL path relative to the base, "" for home
	layout   string // template file in layouts/
	make     func() *Page
	noIndex  bool   // left out of the sitemap (404)
	fileName string // output file when not rel + index.html
	pos      diag.Pos
	// card is the page's share card, nil for the campaign's (share.go);
	// article is the story or news item the page shows, whose photo it
	// shares.
	card    *media.Card
	article *content.Page
	// cardRank orders the pages for a card of their own when there are
	// more than ShareCardsMax (share.go): lower first.
	cardRank int
}

func (j job) out() string {
	if j.fileName != "" {
		return j.fileName
	}
	return urls.File(j.rel)
}

// dupHint says how to give a page at pos an address of its own: a unit
// (a row of units.csv or units.xlsx) or a criterion (criteria.toml) takes another id, a
// Markdown page another file name or slug. Ids are unique, so a unit's or
// a criterion's page can only clash with a section's index.html.
func dupHint(pos diag.Pos) string {
	switch {
	case strings.HasSuffix(pos.File, ".csv"), strings.HasSuffix(pos.File, ".xlsx"):
		return "đổi mã đơn vị (cột id): mã \"index\" trùng với trang đầu của một mục"
	case strings.HasSuffix(pos.File, ".toml"):
		return "đổi id của nội dung thi đua: id \"index\" trùng với trang danh sách nội dung thi đua"
	}
	return "đổi tên tệp hoặc khóa slug trong phần đầu trang"
}

// checkJobs refuses two pages on one URL (a free page named like a story
// section, ...), reported at the page that comes second. It returns the
// index of each output file's job.
func (m *model) checkJobs(jobs []job) (map[string]int, error) {
	var l diag.List
	seen := make(map[string]int, len(jobs))
	for i, j := range jobs {
		out := j.out()
		if _, dup := seen[out]; dup {
			l.Add(j.pos, fmt.Sprintf("địa chỉ /%s đã được một trang khác dùng", j.rel), dupHint(j.pos))
			continue
		}
		seen[out] = i
	}
	return seen, l.Err()
}

// jobs lists every page of the site in a fixed order.
func (m *model) jobs() []job {
	js := make([]job, 1, 1+2*len(m.set.Units.All))
	js[0] = job{rel: "", layout: "home.html", make: m.homePage}
	for _, u := range m.set.Units.All {
		// urls.Unit(u.ID), taken from the unit's URL (the base, then it).
		rel := m.unitURL(u)[len(m.u.Base):]
		js = append(js, job{rel: rel, layout: "unit.html", make: func() *Page { return m.unitPage(u) }, pos: u.Pos, card: m.unitCard(u), cardRank: u.Depth})
	}
	js = append(js, m.boardJobs()...)
	js = append(js, job{rel: "tieu-chi/", layout: "criteria.html", make: m.criteriaIndex})
	for ci, c := range m.set.Criteria {
		js = append(js, job{rel: urls.Criterion(c.ID), layout: "criterion.html", make: func() *Page { return m.criterionPage(ci) }, pos: c.Pos,
			card: m.criterionCard(ci)})
		if !m.splitTeams(ci) {
			continue
		}
		for _, k := range m.sortedChildren(m.set.Units.Root) {
			if m.current.Of(k).Criteria[ci].MetLeaves > 0 {
				js = append(js, job{rel: urls.CriterionTeams(c.ID, k.ID), layout: "criterion-teams.html",
					make: func() *Page { return m.criterionTeamsPage(ci, k) }, pos: c.Pos})
			}
		}
	}
	js = append(js, m.listJobs("list", "bai-viet/", "Người tốt, việc tốt", m.stories)...)
	js = append(js, m.listJobs("list", "tin-tuc/", "Tin tức", m.news)...)
	for i, p := range m.stories {
		js = append(js, job{rel: urls.Story(p.Slug), layout: "article.html", make: func() *Page { return m.articlePage(p, m.stories, i) }, pos: p.Pos,
			card: m.articleCard(p), article: p, cardRank: storyCardRank})
	}
	for i, p := range m.news {
		js = append(js, job{rel: urls.News(p.Slug), layout: "article.html", make: func() *Page { return m.articlePage(p, m.news, i) }, pos: p.Pos,
			card: m.articleCard(p), article: p, cardRank: storyCardRank})
	}
	for _, p := range m.free {
		js = append(js, job{rel: p.Slug + "/", layout: "article.html", make: func() *Page { return m.articlePage(p, nil, 0) }, pos: p.PosOf("slug")})
	}
	js = append(js, m.deedJobs()...)
	js = append(js, m.commendationJobs()...)
	js = append(js, m.honourJobs()...)
	js = append(js, m.directoryJobs()...)
	js = append(js, m.bulletinJobs()...)
	js = append(js,
		job{rel: "du-lieu/", layout: "downloads.html", make: m.downloadsPage},
		job{rel: "tim-kiem/", layout: "search.html", make: m.searchPage},
		job{rel: "404.html", layout: "404.html", make: m.notFoundPage, noIndex: true, fileName: "404.html"},
	)
	return js
}

func (m *model) listJobs(kind, rel, title string, list []*content.Page) []job {
	pages := max(1, (len(list)+pageSize-1)/pageSize)
	var js []job
	for n := 1; n <= pages; n++ {
		js = append(js, job{rel: urls.Paged(rel, n), layout: "list.html", make: func() *Page { return m.listPage(kind, rel, title, list, n) }})
	}
	return js
}

// checkPages refuses a free page whose slug takes a reserved section and
// a report's prose file that fits no report (checkReports). (An image that
// is not among the static files is refused with the content, in package
// build, so that it is reported with every other input error.)
func (m *model) checkPages() error {
	var l diag.List
	for _, p := range m.free {
		if urls.Reserved(p.Slug) {
			l.Add(p.PosOf("slug"), "địa chỉ /"+p.Slug+"/ dành cho một mục của trang",
				"đặt khóa slug khác trong phần đầu trang, ví dụ slug = \""+p.Slug+"-1\"")
		}
	}
	m.checkReports(&l)
	return l.Err()
}
