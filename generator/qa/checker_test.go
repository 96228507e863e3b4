package qa

import (
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
)

// fixtureSite writes files into a temporary folder and returns it as a
// built site served at baseURL, to test the checkers themselves.
func fixtureSite(t *testing.T, baseURL string, files map[string]string) *builtSite {
	t.Helper()
	dir := t.TempDir()
	for rel, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	list, err := listFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse(baseURL)
	s := &builtSite{dir: dir, files: map[string]bool{}, list: list, base: base}
	for _, f := range list {
		s.files[f] = true
	}
	return s
}

// TestLinkCheckerFindsEachKindOfProblem runs the link check on a hand-made
// site with one instance of every problem and as many good references,
// served under a base path to exercise its handling.
func TestLinkCheckerFindsEachKindOfProblem(t *testing.T) {
	s := fixtureSite(t, "https://thidua.example.vn/bt/", map[string]string{
		"index.html": `<!doctype html><html lang=vi><title>T</title>
<link rel=stylesheet href=/bt/s.css><link rel=canonical href=https://thidua.example.vn/bt/>
<link rel=stylesheet href=https://cdn.example.com/x.css>
<script src=https://cdn.example.com/x.js></script>
<a href=a/>ok</a> <a href="a/#x">ok</a> <a href=/bt/a/#nope>bad id</a> <a href=b/>missing</a>
<a href=/bt/a>no slash</a> <a href=https://other.org/>external link is fine</a>
<a href=https://thidua.example.vn/bt/a/?q=1>absolute</a> <a href=mailto:a@b.vn>mail</a>
<a href=/khac/>outside base</a> <a href=#top>top</a> <a href="#main">own id</a>
<img src=img.png srcset="img.png 1x, missing.png 2x" alt=""><main id=main></main>
<style>b{background:url(img.png)}</style><p style="background:url('gone.png')">
<svg><use href="https://icons.example/s.svg#i"></use><use xlink:href="#main"></use></svg>`,
		"a/index.html": `<!doctype html><p id=x>`,
		"s.css":        `body{background:url(/bt/img.png)}@font-face{src:url("https://fonts.example/f.woff2")}i{background:url('../nope.svg')}`,
		"img.png":      "png",
	})
	got := map[string]bool{}
	for _, p := range s.checkLinks(t) {
		got[p.String()] = true
	}
	// Worked out from the fixture above: a/, a/#x, the canonical link, the
	// absolute internal URL, mailto:, #top, #main (also as an SVG use),
	// img.png, the first url() and the <style> one are fine; every other
	// reference is exactly one problem.
	want := []string{
		`index.html: loads from outside the site: <link href="https://cdn.example.com/x.css">`,
		`index.html: loads from outside the site: <script src="https://cdn.example.com/x.js">`,
		`index.html: no id nope on a/index.html: <a href="/bt/a/#nope">`,
		`index.html: missing file b/index.html: <a href="b/">`,
		`index.html: missing file a: <a href="/bt/a">`,
		`index.html: outside the site's base path /bt/: <a href="/khac/">`,
		`index.html: missing file missing.png: <img srcset="missing.png">`,
		`index.html: missing file gone.png: url(gone.png)`,
		`index.html: loads from outside the site: <use href="https://icons.example/s.svg#i">`,
		`s.css: loads from outside the site: url(https://fonts.example/f.woff2)`,
		// s.css is served at /bt/s.css, so ../nope.svg is /nope.svg, outside /bt/.
		`s.css: outside the site's base path /bt/: url(../nope.svg)`,
	}
	sort.Strings(want)
	var gotList []string
	for k := range got {
		gotList = append(gotList, k)
	}
	sort.Strings(gotList)
	if !reflect.DeepEqual(gotList, want) {
		t.Errorf("problems:\n%q\nwant:\n%q", gotList, want)
	}
}

// TestParsePage checks the facts the page checks rely on, on minified HTML
// with unquoted attributes and entities.
func TestParsePage(t *testing.T) {
	p := parsePage("x.html", []byte(`<!DOCTYPE html><html lang=vi><meta name=viewport content="width=device-width,initial-scale=1">`+
		`<title>Trang &amp; chủ</title><h1 id=a>Một</h1><svg role=img><title>Biểu đồ</title></svg><script>var s="<h1>";</script>`+
		`<p>Dữ liệu <b>minh họa</b><a name=b href="?a=1&amp;b=2">x</a><h1>Hai</h1>`))
	if !p.doctype || p.lang != "vi" || !p.viewport {
		t.Errorf("doctype %v, lang %q, viewport %v; want true, vi, true", p.doctype, p.lang, p.viewport)
	}
	// Two h1 elements; the "<h1>" inside the script is text, not a tag.
	if p.h1 != 2 || len(p.titles) != 1 || p.titles[0] != "Trang & chủ" {
		t.Errorf("h1 %d, titles %q; want 2 and [Trang & chủ]", p.h1, p.titles)
	}
	if p.ids["a"] != 1 || p.ids["b"] != 1 {
		t.Errorf("ids %v; want a and b once", p.ids)
	}
	if len(p.refs) != 1 || p.refs[0].url != "?a=1&b=2" {
		t.Errorf("refs %+v; want the one href with &amp; decoded", p.refs)
	}
	// The SVG's <title> is text of the page, not a second document title.
	if p.text != "Một Biểu đồ Dữ liệu minh họa x Hai" {
		t.Errorf("text %q", p.text)
	}
	// A comment may precede the doctype; text may not (the page would be
	// in quirks mode).
	if q := parsePage("y.html", []byte("<!-- x -->\n<!doctype html><html>")); !q.doctype {
		t.Error("comment then doctype: want doctype true")
	}
	if q := parsePage("z.html", []byte("x<!doctype html><html>")); q.doctype {
		t.Error("text then doctype: want doctype false")
	}
}
