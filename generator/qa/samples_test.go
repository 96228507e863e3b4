package qa

import (
	"fmt"
	"path"
	"strings"
	"testing"
)

// sample is one page picked to stand for a kind of page.
type sample struct {
	kind string
	file string
}

// pageKinds are the kinds of page issue 3 asks for, each with a pattern on
// the output file; the first file in sorted order matching it is picked,
// or the largest (the longest table, most likely to overflow or be slow),
// or the first with an image. "*" is one path segment other than "trang"
// (a list's later pages); "*.html" is a page file other than index.html
// (a page that stands alone, such as a story: bai-viet/<slug>.html).
var pageKinds = []struct {
	kind, pattern   string
	largest, photos bool
}{
	{kind: "home", pattern: "index.html"},
	{kind: "leaderboards index", pattern: "xep-hang/index.html"},
	{kind: "leaderboard", pattern: "xep-hang/*/*/index.html"},
	{kind: "largest leaderboard", pattern: "xep-hang/*/*/index.html", largest: true},
	{kind: "criteria index", pattern: "tieu-chi/index.html"},
	{kind: "criterion", pattern: "tieu-chi/*.html"},
	{kind: "stories list", pattern: "bai-viet/index.html"},
	{kind: "stories list, page 2", pattern: "bai-viet/trang/2.html"},
	{kind: "story", pattern: "bai-viet/*.html"},
	{kind: "story with a photo", pattern: "bai-viet/*.html", photos: true},
	{kind: "deeds by month", pattern: "viec-tot/thang/*/index.html"},
	{kind: "deeds by kind", pattern: "viec-tot/loai/*/index.html"},
	{kind: "news list", pattern: "tin-tuc/index.html"},
	{kind: "news item", pattern: "tin-tuc/*.html"},
	{kind: "free page", pattern: "gioi-thieu/index.html"},
	{kind: "search", pattern: "tim-kiem/index.html"},
	{kind: "directory", pattern: "danh-ba/index.html"},
	{kind: "largest directory letter", pattern: "danh-ba/*/index.html", largest: true},
	{kind: "downloads", pattern: "du-lieu/index.html"},
	{kind: "bulletins index", pattern: "ban-tin/index.html"},
	{kind: "province phase bulletin", pattern: "ban-tin/*/index.html"},
	{kind: "largest unit phase bulletin", pattern: "ban-tin/*/*.html", largest: true},
	{kind: "province monthly bulletin", pattern: "ban-tin/thang/*/index.html"},
	{kind: "commune monthly bulletin", pattern: "ban-tin/thang/*/*.html"},
	{kind: "province phase report", pattern: "bao-cao/*/index.html", largest: true},
	{kind: "largest unit phase report", pattern: "bao-cao/*/*.html", largest: true},
	{kind: "province press release", pattern: "thong-cao/*/index.html"},
	{kind: "404", pattern: "404.html"},
}

// matchKind matches a file against a kind's pattern.
func matchKind(pattern, file string) bool {
	ps, fs := strings.Split(pattern, "/"), strings.Split(file, "/")
	if len(ps) != len(fs) {
		return false
	}
	for i := range ps {
		if ps[i] == "*" && fs[i] != "trang" {
			continue
		}
		if ps[i] == "*.html" && strings.HasSuffix(fs[i], ".html") && fs[i] != "index.html" {
			continue
		}
		if ps[i] != fs[i] {
			return false
		}
	}
	return true
}

// samples returns one page of each kind (see pickSamples) and logs, in one
// line, the kinds not built yet.
func (s *builtSite) samples(t *testing.T) []sample {
	t.Helper()
	pages := s.htmlPages(t)
	s.sampleOnce.Do(func() { s.sampled, s.unbuilt = s.pickSamples(pages) })
	if len(s.unbuilt) > 0 {
		t.Logf("kinds of page not built yet, not checked: %s", strings.Join(s.unbuilt, "; "))
	}
	return s.sampled
}

// pickSamples picks one page of each kind from the output: the unit pages
// by depth in the unit tree (province, district, commune, team in the
// demo), the kinds above, then one page from any other top-level folder,
// so that a kind added later is checked too. It also returns the kinds
// with no page.
func (s *builtSite) pickSamples(pages map[string]*page) (out []sample, unbuilt []string) {
	taken := map[string]bool{}
	take := func(kind, file string) {
		out = append(out, sample{kind, file})
		taken[file] = true
	}
	byDepth := map[int]bool{}
	for _, u := range s.project.Data.Units.All {
		f := "don-vi/" + u.ID + ".html"
		if !byDepth[u.Depth] && s.files[f] {
			byDepth[u.Depth] = true
			take(fmt.Sprintf("unit, depth %d (%s)", u.Depth, u.Kind), f)
		}
	}
	if len(byDepth) == 0 {
		unbuilt = append(unbuilt, "unit (don-vi/<id>.html)")
	}
	for _, k := range pageKinds {
		found := ""
		for _, f := range s.list {
			p := pages[f]
			if p == nil || !matchKind(k.pattern, f) || taken[f] || (k.photos && p.imgs == 0) {
				continue
			}
			if found == "" || (k.largest && p.size > pages[found].size) {
				found = f
			}
			if !k.largest {
				break
			}
		}
		if found == "" {
			unbuilt = append(unbuilt, k.kind+" ("+k.pattern+")")
			continue
		}
		take(k.kind, found)
	}
	folders := map[string]bool{}
	for _, sm := range out {
		folders[strings.SplitN(sm.file, "/", 2)[0]] = true
	}
	for _, f := range s.list {
		top := strings.SplitN(f, "/", 2)[0]
		if pages[f] != nil && !folders[top] && path.Base(f) == "index.html" {
			folders[top] = true
			take("other: "+top, f)
		}
	}
	return out, unbuilt
}

// TestMatchKind checks the page-kind patterns on paths of the site's URL
// scheme (generator/site/urls.go).
func TestMatchKind(t *testing.T) {
	for _, c := range []struct {
		pattern, file string
		want          bool
	}{
		{"bai-viet/*.html", "bai-viet/tra-lai-vi-tien.html", true},
		{"bai-viet/*.html", "bai-viet/index.html", false},                    // the list, not a story
		{"bai-viet/*.html", "bai-viet/trang/2.html", false},                  // a list's page 2: one segment too many
		{"bai-viet/*.html", "bai-viet/atom.xml", false},                      // not a page
		{"ban-tin/*/*.html", "ban-tin/dot-1/xa-a.html", true},                // a unit's phase bulletin
		{"ban-tin/*/*.html", "ban-tin/dot-1/index.html", false},              // the province's, a folder
		{"ban-tin/*/index.html", "ban-tin/trang/index.html", false},          // "trang" is pagination
		{"xep-hang/*/*/index.html", "xep-hang/dot-1/to/index.html", true},    // period and level
		{"xep-hang/*/*/index.html", "xep-hang/dot-1/to/trang/2.html", false}, // a later page
		{"index.html", "don-vi/index.html", false},                           // home only at the root
		{"404.html", "404.html", true},
	} {
		if got := matchKind(c.pattern, c.file); got != c.want {
			t.Errorf("matchKind(%q, %q) = %v, want %v", c.pattern, c.file, got, c.want)
		}
	}
}
