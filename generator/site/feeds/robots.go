package feeds

import "phongtrao/generator/site/urls"

// Robots returns robots.txt: every page may be crawled, and the sitemap
// is at the site's sitemap.xml.
func Robots(u urls.Site) []byte {
	return []byte("User-agent: *\nAllow: /\n\nSitemap: " + u.Abs("sitemap.xml") + "\n")
}
