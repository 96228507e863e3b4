// Package urls says where every page of the site lives. One function per
// page kind gives the page's path relative to the site's base
// ("don-vi/<id>.html"); Site turns such a path into a site path or an
// absolute URL, and File into the output file that holds the page.
//
// URLs are Vietnamese without diacritics. A page that stands alone is a
// file named for it ("don-vi/<id>.html"); a list that may run to several
// pages is a folder ("xep-hang/dot-1/to/") whose later pages are files
// under it ("trang/2.html"). Leaf pages are most of a large site (every
// unit, story and bulletin), and one file each rather than a folder each
// is what makes the first build into an empty folder fast: the file system
// pays for every folder made (bench/README.md).
package urls

import (
	"net/url"
	"strconv"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/vn"
)

// reserved are the first URL segments of the site's sections.
var reserved = map[string]bool{
	"don-vi": true, "xep-hang": true, "tieu-chi": true, "bai-viet": true, "tin-tuc": true,
	"viec-tot": true, "danh-ba": true, "du-lieu": true, "tim-kiem": true, "css": true,
	"js": true, "anh": true, "404": true, "sitemap": true, "robots": true, "ban-tin": true,
	"khen-thuong": true, "bang-vang": true,
	"bao-cao": true, "thong-cao": true,
	"chia-se": true, // share cards (generator/site/share.go)
}

// Reserved reports whether the first URL segment seg belongs to a section
// of the site: a free page may not take it as its slug.
func Reserved(seg string) bool { return reserved[seg] }

// Site builds the site's URLs under the base path of its baseURL.
type Site struct {
	Base   string // path of baseURL, with leading and trailing "/"
	Origin string // scheme and host of baseURL, no trailing "/"
}

// New returns the URLs of a site at baseURL; without a usable baseURL
// the site lives at "/" with no origin.
func New(baseURL string) Site {
	u, err := url.Parse(baseURL)
	if err != nil || baseURL == "" {
		return Site{Base: "/"}
	}
	p := "/" + strings.Trim(u.Path, "/") + "/"
	if p == "//" {
		p = "/"
	}
	origin := ""
	if u.Scheme != "" && u.Host != "" {
		origin = u.Scheme + "://" + u.Host
	}
	return Site{Base: p, Origin: origin}
}

// Path returns the site path for rel ("don-vi/x.html" gives "/don-vi/x.html").
func (u Site) Path(rel string) string { return u.Base + strings.TrimPrefix(rel, "/") }

// Abs returns the absolute URL for rel, for feeds and the sitemap; without
// an origin in baseURL it is the site path.
func (u Site) Abs(rel string) string { return u.Origin + u.Path(rel) }

// File returns the output file for a page's rel URL: "x/" is "x/index.html".
func File(rel string) string {
	if rel == "" || strings.HasSuffix(rel, "/") {
		return rel + "index.html"
	}
	return rel
}

// Unit is the page of unit id, at any level.
func Unit(id string) string { return "don-vi/" + id + ".html" }

// Board is the leaderboard of the units of one level in a period.
func Board(period, level string) string { return "xep-hang/" + period + "/" + level + "/" }

// CriterionSlug is criterion id as a URL segment ("4.1" gives "4-1").
func CriterionSlug(id string) string { return vn.Slug(id) }

// Criterion is the page of criterion id.
func Criterion(id string) string { return "tieu-chi/" + CriterionSlug(id) + ".html" }

// CriterionTeams is the page of the teams of unit meeting criterion id
// (when too many meet it to list on the criterion's page).
func CriterionTeams(id, unit string) string {
	return "tieu-chi/" + CriterionSlug(id) + "/" + unit + ".html"
}

// Story is a story's page.
func Story(slug string) string { return "bai-viet/" + slug + ".html" }

// News is a news item's page.
func News(slug string) string { return "tin-tuc/" + slug + ".html" }

// Month is the list of the deeds of month m.
func Month(m calendar.Month) string { return "viec-tot/thang/" + m.String() + "/" }

// Kind is the list of the deeds of one kind.
func Kind(kind string) string { return "viec-tot/loai/" + kind + "/" }

// Letter is the directory's page of the units under one letter.
func Letter(slug string) string { return "danh-ba/" + slug + "/" }

// Bulletins is the index of bulletins.
const Bulletins = "ban-tin/"

// BulletinGroup is the page of the bulletins of u, a unit under the
// province, and of the units under it (a file: it cannot clash with a
// period's folder, ban-tin/<period>/, whatever the ids).
func BulletinGroup(u *data.Unit) string { return Bulletins + u.ID + ".html" }

// Bulletin is the phase bulletin of unit u (the province when u is the root).
func Bulletin(period string, u *data.Unit) string {
	if u.Parent == nil {
		return Bulletins + period + "/"
	}
	return Bulletins + period + "/" + u.ID + ".html"
}

// MonthBulletin is the monthly bulletin of unit u (the province when u is the root).
func MonthBulletin(mo calendar.Month, u *data.Unit) string {
	if u.Parent == nil {
		return Bulletins + "thang/" + mo.String() + "/"
	}
	return Bulletins + "thang/" + mo.String() + "/" + u.ID + ".html"
}

// Commendations is the list of the commendations of a period, under
// CommendationsIndex.
func Commendations(period string) string { return CommendationsIndex + period + "/" }

// CommendationsIndex lists the periods' commendation pages.
const CommendationsIndex = "khen-thuong/"

// HonourBoard is the honour board (bảng vàng) of a commune, under
// HonourBoards.
func HonourBoard(u *data.Unit) string { return HonourBoards + u.ID + ".html" }

// HonourBoards lists the communes' honour boards.
const HonourBoards = "bang-vang/"

// Reports is the folder of phase reports.
const Reports = "bao-cao/"

// Report is the phase report (báo cáo sơ kết, tổng kết) of unit u in a
// period (the province's when u is the root).
func Report(period string, u *data.Unit) string {
	if u.Parent == nil {
		return Reports + period + "/"
	}
	return Reports + period + "/" + u.ID + ".html"
}

// ReportCSV is the CSV twin of the appendix of u's report in a period (a
// file named for the unit id: it cannot clash with a report's page).
func ReportCSV(period string, u *data.Unit) string {
	return Reports + period + "/" + u.ID + ".csv"
}

// Release is the press release of unit u for month mo (the province's
// when u is the root).
func Release(mo calendar.Month, u *data.Unit) string {
	if u.Parent == nil {
		return "thong-cao/" + mo.String() + "/"
	}
	return "thong-cao/" + mo.String() + "/" + u.ID + ".html"
}

// ReleaseText is the plain-text twin of a press release.
func ReleaseText(mo calendar.Month, u *data.Unit) string {
	return "thong-cao/" + mo.String() + "/" + u.ID + ".txt"
}

// Paged returns the rel URL of page n (1-based) of a list at the folder
// rel: the folder itself for the first page, "trang/<n>.html" under it
// for the others.
func Paged(rel string, n int) string {
	if n <= 1 {
		return rel
	}
	return rel + "trang/" + strconv.Itoa(n) + ".html"
}
