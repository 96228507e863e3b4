package qa

import (
	"fmt"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// problem is one failed rule on one page.
type problem struct {
	file string // the page or stylesheet
	rule string // what is wrong, e.g. "missing file"
	what string // the element and URL
}

func (p problem) String() string {
	if p.what == "" {
		return p.file + ": " + p.rule
	}
	return p.file + ": " + p.rule + ": " + p.what
}

// target is where an internal URL leads.
type target struct {
	file     string // written file it must be, "" for external
	fragment string
	external bool
}

// resolve turns a URL written in file (served at from) into a target. ok is
// false for URLs that lead nowhere to check (mailto:, tel:, data:).
func (s *builtSite) resolve(from *url.URL, raw string) (t target, ok bool, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		return t, false, err
	}
	switch strings.ToLower(u.Scheme) {
	case "mailto", "tel", "sms", "data":
		return t, false, nil
	case "javascript":
		return t, false, fmt.Errorf("javascript: URL")
	case "", "http", "https":
	default:
		return t, false, fmt.Errorf("unexpected scheme %q", u.Scheme)
	}
	abs := from.ResolveReference(u)
	if abs.Host != "" && !strings.EqualFold(abs.Host, s.base.Host) {
		return target{external: true}, true, nil
	}
	base := s.basePath()
	if !strings.HasPrefix(abs.Path+"/", base) {
		return t, false, fmt.Errorf("outside the site's base path %s", base)
	}
	rel := strings.TrimPrefix(abs.Path, base)
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	return target{file: rel, fragment: abs.Fragment}, true, nil
}

// checkRef checks one reference of a page and returns its problems.
func (s *builtSite) checkRef(p *page, r ref, pages map[string]*page) []problem {
	what := fmt.Sprintf("<%s %s=%q>", r.tag, r.attr, r.url)
	bad := func(rule string) []problem { return []problem{{p.file, rule, what}} }
	if r.url == "" {
		if r.tag == "form" {
			return nil // an empty action submits to the page itself
		}
		return bad("empty URL")
	}
	tg, ok, err := s.resolve(s.pageURL(p.file), r.url)
	switch {
	case err != nil:
		return bad(err.Error())
	case !ok:
		return nil
	case tg.external && r.loads():
		return bad("loads from outside the site")
	case tg.external:
		return nil
	case !s.files[tg.file]:
		return bad("missing file " + tg.file)
	}
	if tg.fragment == "" || tg.fragment == "top" || !strings.HasSuffix(tg.file, ".html") {
		return nil
	}
	if dst := pages[tg.file]; dst != nil && dst.ids[tg.fragment] == 0 {
		return bad("no id " + tg.fragment + " on " + tg.file)
	}
	return nil
}

// cssURL finds url(...) and @import "..." in a stylesheet.
var cssURL = regexp.MustCompile(`url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')`)

// checkCSS checks the URLs in one stylesheet, <style> element or style
// attribute of file: all of them load.
func (s *builtSite) checkCSS(file string, css []byte) []problem {
	var out []problem
	from := s.pageURL(file)
	for _, m := range cssURL.FindAllStringSubmatch(string(css), -1) {
		raw := strings.Join(m[1:], "")
		if raw == "" || strings.HasPrefix(raw, "#") {
			continue // same-document SVG references
		}
		what := fmt.Sprintf("url(%s)", raw)
		tg, ok, err := s.resolve(from, raw)
		switch {
		case err != nil:
			out = append(out, problem{file, err.Error(), what})
		case !ok:
		case tg.external:
			out = append(out, problem{file, "loads from outside the site", what})
		case !s.files[tg.file]:
			out = append(out, problem{file, "missing file " + tg.file, what})
		}
	}
	return out
}

// checkLinks checks every page and stylesheet of a built site.
func (s *builtSite) checkLinks(t *testing.T) []problem {
	pages := s.htmlPages(t)
	var out []problem
	for _, f := range s.list {
		if p := pages[f]; p != nil {
			for _, r := range p.refs {
				out = append(out, s.checkRef(p, r, pages)...)
			}
			for _, css := range p.css {
				out = append(out, s.checkCSS(f, []byte(css))...)
			}
		}
		if path.Ext(f) == ".css" {
			b, err := s.read(f)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, s.checkCSS(f, b)...)
		}
	}
	return out
}

// reportProblems fails t with the problems grouped by rule and URL, each
// with a count and the first few pages, so that a broken partial reads as
// one line rather than a thousand.
func reportProblems(t *testing.T, title string, probs []problem) {
	t.Helper()
	if len(probs) == 0 {
		return
	}
	type group struct {
		key   string
		files []string
	}
	byKey := map[string]*group{}
	var keys []string
	for _, p := range probs {
		k := p.rule
		if p.what != "" {
			k += ": " + p.what
		}
		if byKey[k] == nil {
			byKey[k] = &group{key: k}
			keys = append(keys, k)
		}
		byKey[k].files = append(byKey[k].files, p.file)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d problems in %d groups\n", title, len(probs), len(keys))
	for i, k := range keys {
		if i == 60 {
			fmt.Fprintf(&b, "… and %d more groups\n", len(keys)-i)
			break
		}
		g := byKey[k]
		ex := g.files
		if len(ex) > 3 {
			ex = ex[:3]
		}
		fmt.Fprintf(&b, "  %s — on %d page(s): %s\n", k, len(g.files), strings.Join(ex, ", "))
	}
	t.Error(b.String())
}

// TestLinks checks that every internal URL on every page and stylesheet
// resolves to a written file (and #fragment to an id there), and that no
// page loads anything from outside the site.
func TestLinks(t *testing.T) {
	s := site(t)
	pages := s.htmlPages(t)
	if len(pages) == 0 {
		t.Fatal("the build wrote no .html page")
	}
	probs := s.checkLinks(t)
	t.Logf("checked %d pages, %d files", len(pages), len(s.list))
	reportProblems(t, "broken or external references", probs)
}

// TestFeedAndSitemapLinks checks that the absolute URLs in sitemap.xml and
// the Atom feeds (*.xml) lead to written files.
func TestFeedAndSitemapLinks(t *testing.T) {
	s := site(t)
	loc := regexp.MustCompile(`<loc>([^<]+)</loc>|<link[^>]*\shref="([^"]+)"|(?m)^Sitemap:\s*(\S+)`)
	checked := 0
	var probs []problem
	for _, f := range s.list {
		if path.Ext(f) != ".xml" && f != "robots.txt" {
			continue
		}
		b, err := s.read(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range loc.FindAllStringSubmatch(string(b), -1) {
			raw := strings.ReplaceAll(m[1]+m[2]+m[3], "&amp;", "&")
			checked++
			tg, ok, err := s.resolve(s.pageURL(f), raw)
			switch {
			case err != nil:
				probs = append(probs, problem{f, err.Error(), raw})
			case ok && !tg.external && !s.files[tg.file]:
				probs = append(probs, problem{f, "missing file " + tg.file, raw})
			}
		}
	}
	t.Logf("checked %d URLs in sitemap.xml, robots.txt and feeds", checked)
	reportProblems(t, "broken URLs in feeds and sitemap", probs)
}

// TestSitemapListsEveryPage checks that sitemap.xml lists every HTML page
// but the 404 page and pages marked noindex, each once.
func TestSitemapListsEveryPage(t *testing.T) {
	s := site(t)
	b, err := s.read("sitemap.xml")
	if err != nil {
		t.Fatalf("no sitemap.xml (issue 3: a sitemap listing every page): %v", err)
	}
	listed := map[string]int{}
	for _, m := range regexp.MustCompile(`<loc>([^<]+)</loc>`).FindAllStringSubmatch(string(b), -1) {
		if tg, ok, err := s.resolve(s.pageURL("sitemap.xml"), strings.ReplaceAll(m[1], "&amp;", "&")); err == nil && ok {
			listed[tg.file]++
		}
	}
	noindex := regexp.MustCompile(`<meta[^>]*name="?robots"?[^>]*noindex`)
	var missing []string
	for _, f := range s.list {
		if !strings.HasSuffix(f, ".html") || f == "404.html" {
			continue
		}
		page, err := s.read(f)
		if err != nil {
			t.Fatal(err)
		}
		if listed[f] == 0 && !noindex.Match(page) {
			missing = append(missing, f)
		}
		if listed[f] > 1 {
			t.Errorf("sitemap.xml lists %s %d times", f, listed[f])
		}
	}
	if len(missing) > 0 {
		t.Errorf("sitemap.xml leaves out %d pages: %s", len(missing), strings.Join(missing[:min(len(missing), 20)], ", "))
	}
	if listed["404.html"] > 0 {
		t.Error("sitemap.xml lists 404.html")
	}
}
