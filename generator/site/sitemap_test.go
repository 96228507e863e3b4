package site

import (
	"bytes"
	"testing"

	"phongtrao/generator/publish"
)

// TestCompactSitemapsAreMinified: sitemap files written compact are byte
// for byte what the XML minifier makes of them written with line ends,
// in one file and split (index and parts), so a build may skip the
// minifier for them.
func TestCompactSitemapsAreMinified(t *testing.T) {
	p, err := Prepare(synthetic(2, 3, 4, 1, 3), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !p.m.compactSitemaps(p.jobs) {
		t.Fatal("the synthetic site's URLs are plain ASCII: its sitemaps can be compact")
	}
	for _, max := range []int{sitemapMax, 5} {
		lined, compact := p.m.sitemaps(p.jobs, max, false), p.m.sitemaps(p.jobs, max, true)
		// 2 districts × (1 + 3 communes × (1 + 4 teams)) + the province:
		// more than 5 pages, so max 5 splits them.
		if max == 5 && len(lined) < 3 {
			t.Fatalf("max 5: %d files, want an index and two parts at least", len(lined))
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

// TestSitemapEscapes: a URL with characters XML escapes (&, ', a space)
// is escaped as xml.EscapeText does, and such a site's sitemaps are not
// compact, so the minifier still sees them.
func TestSitemapEscapes(t *testing.T) {
	in := synthetic(1, 1, 1, 0, 0)
	in.Site.BaseURL = "https://example.vn/a&b'c/"
	p, err := Prepare(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.m.compactSitemaps(p.jobs) {
		t.Error("a base path with & and ' must not be compact")
	}
	sm := string(p.m.sitemaps(p.jobs, sitemapMax, false)["sitemap.xml"])
	// xml.EscapeText writes & as &amp; and ' as &#39;.
	if want := "<url><loc>https://example.vn/a&amp;b&#39;c/don-vi/tinh.html</loc></url>\n"; !bytes.Contains([]byte(sm), []byte(want)) {
		t.Errorf("sitemap lacks %q:\n%s", want, sm)
	}
	var b bytes.Buffer
	writeXMLText(&b, "https://x.vn", "/", "/a b\tc")
	if got, want := b.String(), "https://x.vn/a b&#x9;c"; got != want {
		t.Errorf("writeXMLText = %q, want %q", got, want)
	}
}
