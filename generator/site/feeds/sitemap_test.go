package feeds

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"phongtrao/generator/publish"
	"phongtrao/generator/site/urls"
)

// pageRels are n unit pages and a list's folder, as site lists them.
func pageRels(n int) []string {
	rels := []string{"", "xep-hang/dot-1/to/"}
	for i := range n {
		rels = append(rels, urls.Unit(fmt.Sprintf("to-%d", i)))
	}
	return rels
}

// TestCompactSitemapsAreMinified: sitemap files written compact are byte
// for byte what the XML minifier makes of them written with line ends,
// in one file and split (index and parts), so a build may skip the
// minifier for them.
func TestCompactSitemapsAreMinified(t *testing.T) {
	u := urls.New("https://example.vn/thi-dua/")
	rels := pageRels(12)
	if !Compact(u, rels) {
		t.Fatal("plain ASCII URLs: the sitemaps can be compact")
	}
	for _, max := range []int{SitemapMax, 5} {
		lined, compact := Sitemaps(u, rels, max, false), Sitemaps(u, rels, max, true)
		// 14 pages: max 5 splits them into an index and three parts.
		if max == 5 && len(lined) != 4 {
			t.Fatalf("max 5: %d files, want an index and three parts", len(lined))
		}
		if len(lined) != len(compact) {
			t.Fatalf("max %d: %d files with line ends, %d compact", max, len(lined), len(compact))
		}
		for name, b := range lined {
			want, err := publish.Minify(name, b)
			if err != nil {
				t.Fatal(err)
			}
			if got := compact[name]; !bytes.Equal(got, want) {
				t.Errorf("max %d: %s compact:\n%.300s\nminified:\n%.300s", max, name, got, want)
			}
			if bytes.Equal(b, want) {
				t.Errorf("max %d: %s: minifying changed nothing, the test proves nothing", max, name)
			}
		}
	}
}

// TestSitemapSplit: past the limit of URLs per file, sitemap.xml becomes
// an index of sitemap-N.xml files that together list every page once.
func TestSitemapSplit(t *testing.T) {
	u := urls.New("https://example.vn/")
	rels := pageRels(20)
	pages := len(rels)
	if one := Sitemaps(u, rels, pages, false); len(one) != 1 || bytes.Count(one["sitemap.xml"], []byte("<loc>")) != pages {
		t.Fatalf("at the limit: %d files, want sitemap.xml alone with %d pages", len(one), pages)
	}
	// 3 pages a file: ceil(pages/3) files, the last one shorter.
	files := Sitemaps(u, rels, 3, false)
	want := (pages + 2) / 3
	if len(files) != want+1 {
		t.Fatalf("%d files for %d pages at 3 a file, want %d and the index", len(files), pages, want)
	}
	index := string(files["sitemap.xml"])
	if !strings.Contains(index, "<sitemapindex") || strings.Count(index, "<loc>") != want {
		t.Errorf("index lists %d sitemaps, want %d:\n%s", strings.Count(index, "<loc>"), want, index)
	}
	seen := map[string]bool{}
	for name, b := range files {
		if name == "sitemap.xml" {
			continue
		}
		if !strings.Contains(index, "/"+name+"</loc>") {
			t.Errorf("index does not list %s", name)
		}
		locs := strings.Split(string(b), "<loc>")[1:]
		if len(locs) > 3 || len(locs) == 0 {
			t.Errorf("%s lists %d pages", name, len(locs))
		}
		for _, l := range locs {
			seen[l[:strings.Index(l, "</loc>")]] = true
		}
	}
	if len(seen) != pages {
		t.Errorf("the split sitemaps list %d distinct pages, want %d", len(seen), pages)
	}
}

// TestSitemapEscapes: a URL with characters XML escapes (&, ', a space)
// is escaped as xml.EscapeText does, and such a site's sitemaps are not
// compact, so the minifier still sees them.
func TestSitemapEscapes(t *testing.T) {
	u := urls.New("https://example.vn/a&b'c/")
	rels := []string{urls.Unit("tinh")}
	if Compact(u, rels) {
		t.Error("a base path with & and ' must not be compact")
	}
	sm := string(Sitemaps(u, rels, SitemapMax, false)["sitemap.xml"])
	// xml.EscapeText writes & as &amp; and ' as &#39;.
	if want := "<url><loc>https://example.vn/a&amp;b&#39;c/don-vi/tinh.html</loc></url>\n"; !bytes.Contains([]byte(sm), []byte(want)) {
		t.Errorf("sitemap lacks %q:\n%s", want, sm)
	}
	if Compact(urls.New("https://x.vn/"), []string{"a b/"}) {
		t.Error("a page path with a space must not be compact")
	}
	var b bytes.Buffer
	writeXMLText(&b, "https://x.vn", "/", "/a b\tc")
	if got, want := b.String(), "https://x.vn/a b&#x9;c"; got != want {
		t.Errorf("writeXMLText = %q, want %q", got, want)
	}
}

// TestRobots: robots.txt allows everything and names the sitemap's
// absolute URL.
func TestRobots(t *testing.T) {
	got := string(Robots(urls.New("https://example.vn/thi-dua/")))
	want := "User-agent: *\nAllow: /\n\nSitemap: https://example.vn/thi-dua/sitemap.xml\n"
	if got != want {
		t.Errorf("robots.txt = %q, want %q", got, want)
	}
}
