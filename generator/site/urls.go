package site

import (
	"net/url"
	"strconv"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/vn"
)

// Reserved first URL segments; a free page may not take one of them.
var reserved = map[string]bool{
	"don-vi": true, "xep-hang": true, "tieu-chi": true, "bai-viet": true, "tin-tuc": true,
	"viec-tot": true, "danh-ba": true, "du-lieu": true, "tim-kiem": true, "css": true,
	"js": true, "anh": true, "404": true, "sitemap": true, "robots": true, "ban-tin": true,
}

// urls builds the site's URLs under the base path of baseURL.
type urls struct {
	base   string // path of baseURL, with leading and trailing "/"
	origin string // scheme and host of baseURL, no trailing "/"
}

func newURLs(baseURL string) urls {
	u, err := url.Parse(baseURL)
	if err != nil || baseURL == "" {
		return urls{base: "/"}
	}
	p := "/" + strings.Trim(u.Path, "/") + "/"
	if p == "//" {
		p = "/"
	}
	origin := ""
	if u.Scheme != "" && u.Host != "" {
		origin = u.Scheme + "://" + u.Host
	}
	return urls{base: p, origin: origin}
}

// path returns the site path for rel ("don-vi/x.html" gives "/don-vi/x.html").
func (u urls) path(rel string) string { return u.base + strings.TrimPrefix(rel, "/") }

// abs returns the absolute URL for rel, for feeds and the sitemap; without
// an origin in baseURL it is the site path.
func (u urls) abs(rel string) string { return u.origin + u.path(rel) }

// file returns the output file for a page's rel URL: "x/" is "x/index.html".
func file(rel string) string {
	if rel == "" || strings.HasSuffix(rel, "/") {
		return rel + "index.html"
	}
	return rel
}

// A page that stands alone is a file named for it ("don-vi/<id>.html"); a
// list that may run to several pages is a folder ("xep-hang/dot-1/to/")
// whose later pages are files under it ("trang/2.html"). Leaf pages are
// most of a large site (every unit, story and bulletin), and one file each
// rather than a folder each is what makes the first build into an empty
// folder fast: the file system pays for every folder made (bench/README.md).
func unitRel(id string) string             { return "don-vi/" + id + ".html" }
func boardRel(period, level string) string { return "xep-hang/" + period + "/" + level + "/" }
func criterionSlug(id string) string       { return vn.Slug(id) }
func criterionRel(id string) string        { return "tieu-chi/" + criterionSlug(id) + ".html" }
func storyRel(slug string) string          { return "bai-viet/" + slug + ".html" }
func newsRel(slug string) string           { return "tin-tuc/" + slug + ".html" }
func monthRel(m calendar.Month) string     { return "viec-tot/thang/" + m.String() + "/" }
func kindRel(kind string) string           { return "viec-tot/loai/" + kind + "/" }
func letterRel(slug string) string         { return "danh-ba/" + slug + "/" }

// criterionTeamsRel is the page of the teams of unit meeting criterion id
// (when too many meet it to list on its page: CriterionTeamsInline).
func criterionTeamsRel(id, unit string) string {
	return "tieu-chi/" + criterionSlug(id) + "/" + unit + ".html"
}

// paged returns the rel URL of page n (1-based) of a list at the folder
// rel: the folder itself for the first page, "trang/<n>.html" under it
// for the others.
func paged(rel string, n int) string {
	if n <= 1 {
		return rel
	}
	return rel + "trang/" + strconv.Itoa(n) + ".html"
}
