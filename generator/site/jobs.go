package site

import (
	"strings"

	"phongtrao/generator/content"
	"phongtrao/generator/diag"
	"phongtrao/generator/site/urls"
)

// Download is one file on the downloads page.
type Download struct {
	URL, Name, Format, About string
}

// IndicatorKey explains an indicator's columns in the CSV export: Key
// ("4.1/tin-bao") starts their names, Label and Target say what they
// measure, Criterion ("4.1. Nắm tình hình") what they count towards;
// Sensitive marks one whose teams' figures are left empty.
type IndicatorKey struct {
	Key, Criterion, Label, Target string
	Sensitive                     bool
}

// page starts a page of the given kind at rel.
func (m *model) page(kind, rel, title, section string) *Page {
	return m.pageAt(kind, m.u.Path(rel), title, section)
}

// pageAt starts a page of the given kind at the site path url.
func (m *model) pageAt(kind, url, title, section string) *Page {
	return &Page{Site: m.info, Kind: kind, URL: url, Title: title, Base: m.u.Base, Section: section}
}

// jobs lists every page of the site in a fixed order.
func (m *model) jobs() []job {
	js := make([]job, 1, 1+2*len(m.set.Units.All))
	js[0] = job{rel: "", layout: "home.html", make: m.homePage}
	for _, u := range m.set.Units.All {
		// urls.Unit(u.ID), taken from the unit's URL (the base, then it).
		rel := m.unitURL(u)[len(m.u.Base):]
		js = append(js, job{rel: rel, layout: "unit.html", make: func() *Page { return m.unitPage(u) }, pos: u.Pos})
	}
	js = append(js, m.boardJobs()...)
	js = append(js, job{rel: "tieu-chi/", layout: "criteria.html", make: m.criteriaIndex})
	for ci, c := range m.set.Criteria {
		js = append(js, job{rel: urls.Criterion(c.ID), layout: "criterion.html", make: func() *Page { return m.criterionPage(ci) }, pos: c.Pos})
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
		js = append(js, job{rel: urls.Story(p.Slug), layout: "article.html", make: func() *Page { return m.articlePage(p, m.stories, i) }, pos: p.Pos})
	}
	for i, p := range m.news {
		js = append(js, job{rel: urls.News(p.Slug), layout: "article.html", make: func() *Page { return m.articlePage(p, m.news, i) }, pos: p.Pos})
	}
	for _, p := range m.free {
		js = append(js, job{rel: p.Slug + "/", layout: "article.html", make: func() *Page { return m.articlePage(p, nil, 0) }, pos: p.PosOf("slug")})
	}
	js = append(js, m.deedJobs()...)
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

// checkPages refuses a free page whose slug takes a reserved section, and
// an image that is not among the static files.
func (m *model) checkPages() error {
	var l diag.List
	for _, p := range m.free {
		if urls.Reserved(p.Slug) {
			l.Add(p.PosOf("slug"), "địa chỉ /"+p.Slug+"/ dành cho một mục của trang",
				"đặt khóa slug khác trong phần đầu trang, ví dụ slug = \""+p.Slug+"-1\"")
		}
	}
	for _, p := range m.in.Pages {
		if p.Draft || p.Image == "" {
			continue
		}
		name := strings.TrimPrefix(strings.TrimPrefix(p.Image, "/"), "static/")
		if _, ok := m.assets[name]; !ok {
			l.Add(p.PosOf("image"), "không có tệp ảnh static/"+name,
				"đặt ảnh vào thư mục static/ (ví dụ static/anh/ten-anh.jpg) và ghi image = \"/anh/ten-anh.jpg\"")
		}
	}
	return l.Err()
}

func (m *model) downloadsPage() *Page {
	pg := m.page("downloads", "du-lieu/", "Tải dữ liệu kết quả", "du-lieu")
	pg.Description = "Kết quả thi đua của mọi đơn vị, mọi đợt, dạng JSON và CSV."
	pg.Downloads = []Download{
		{URL: m.u.Path("du-lieu/ket-qua.csv"), Name: "ket-qua.csv", Format: "CSV (mở bằng Excel)",
			About: "Mỗi dòng là một đơn vị trong một đợt: điểm, thứ hạng, rồi từng tiêu chí và chỉ tiêu (tử số, mẫu số, giá trị, trạng thái); mở được trọn trong Excel."},
		{URL: m.u.Path("du-lieu/ket-qua.json"), Name: "ket-qua.json", Format: "JSON",
			About: "Toàn bộ kết quả: các đợt, điểm, thứ hạng, tiêu chí và chỉ tiêu của từng đơn vị."},
	}
	for k, ref := range m.res.Indicators {
		pg.IndicatorKeys = append(pg.IndicatorKeys, IndicatorKey{Key: ref.Key,
			Criterion: ref.Criterion.ID + ". " + ref.Criterion.Short, Label: ref.Indicator.Label, Target: m.targetTexts[k],
			Sensitive: ref.Indicator.Sensitive})
	}
	return pg
}

func (m *model) searchPage() *Page {
	pg := m.page("search", "tim-kiem/", "Tìm kiếm", "tim-kiem")
	pg.Description = "Tìm thôn, bon, buôn, tổ dân phố, xã, huyện, bài viết; gõ có dấu hay không dấu đều được."
	letters, _ := m.directory()
	pg.Directory = &DirectoryView{Letters: m.letterLinks(letters, "")}
	return pg
}

func (m *model) notFoundPage() *Page {
	pg := m.page("404", "404.html", "Không tìm thấy trang", "")
	letters, _ := m.directory()
	pg.Directory = &DirectoryView{Letters: m.letterLinks(letters, "")}
	return pg
}
