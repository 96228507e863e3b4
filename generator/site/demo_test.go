package site

import (
	"html"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"phongtrao/generator/publish"
)

var (
	demoOnce sync.Once
	demoMem  *publish.Memory
	demoErr  error
)

// buildDemo builds the repository's demo site (the source root) into memory once.
func buildDemo(t *testing.T) *publish.Memory {
	t.Helper()
	if testing.Short() {
		t.Skip("demo build skipped in -short mode")
	}
	demoOnce.Do(func() {
		in := loadSite(t, "../..")
		demoMem = publish.NewMemory()
		start := time.Now()
		demoErr = Build(in, demoMem, Options{})
		t.Logf("demo: %d files in %v", demoMem.Len(), time.Since(start))
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	return demoMem
}

func TestDemoLinks(t *testing.T) { checkLinks(t, buildDemo(t)) }

var h1TextRE = regexp.MustCompile(`<h1>([^<]*)</h1>`)

var assetRE = regexp.MustCompile(`(?:href="([^"]+\.css)"|src="([^"]+\.js)")`)

// weight is a page's HTML plus the CSS and JS it loads, without images.
func weight(t *testing.T, m *publish.Memory, p string) int {
	b, ok := m.Get(p)
	if !ok {
		t.Fatalf("%s missing", p)
	}
	n := len(b)
	for _, a := range assetRE.FindAllStringSubmatch(string(b), -1) {
		ref := a[1] + a[2]
		if x, ok := m.Get(ref); ok {
			n += len(x)
		} else {
			t.Errorf("%s: asset %s missing", p, ref)
		}
	}
	return n
}

func TestDemoPageWeight(t *testing.T) {
	m := buildDemo(t)
	if w := weight(t, m, "/"); w > 60_000 {
		t.Errorf("home weighs %d bytes, limit 60 KB", w)
	}
	heaviest, name := 0, ""
	in := loadSite(t, "../..")
	for _, u := range in.Data.Units.All {
		if !u.IsLeaf() {
			continue
		}
		if w := weight(t, m, "/don-vi/"+u.ID+".html"); w > heaviest {
			heaviest, name = w, u.ID
		}
	}
	if heaviest > 40_000 {
		t.Errorf("team page %s weighs %d bytes, limit 40 KB", name, heaviest)
	}
	t.Logf("heaviest team page %s: %d bytes", name, heaviest)
}

// TestDemoEveryUnitAndStory checks one page per unit and per story, the
// feeds and the sitemap of the demo.
func TestDemoEveryUnitAndStory(t *testing.T) {
	m := buildDemo(t)
	in := loadSite(t, "../..")
	sm := string(get(t, m, "/sitemap.xml"))
	for _, u := range in.Data.Units.All {
		page := get(t, m, "/don-vi/"+u.ID+".html")
		h1 := h1TextRE.FindStringSubmatch(page)
		if h1 == nil || html.UnescapeString(h1[1]) != fullName(u) {
			t.Errorf("unit %s: h1 %q is not %q", u.ID, h1, fullName(u))
		}
		if !strings.Contains(sm, "/don-vi/"+u.ID+".html<") {
			t.Errorf("sitemap misses unit %s", u.ID)
		}
	}
	stories := 0
	for _, p := range in.Pages {
		if p.Section == "stories" && !p.Draft {
			stories++
			get(t, m, "/bai-viet/"+p.Slug+".html")
		}
	}
	if feed := get(t, m, "/bai-viet/atom.xml"); strings.Count(feed, "<entry>") != min(stories, 20) {
		t.Errorf("story feed has %d entries for %d stories", strings.Count(feed, "<entry>"), stories)
	}
}

func TestDemoToDir(t *testing.T) {
	out := os.Getenv("SITE_DEMO_OUT")
	if out == "" {
		t.Skip("set SITE_DEMO_OUT to write the demo somewhere")
	}
	in := loadSite(t, "../..")
	d, err := publish.NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	if err := Build(in, d, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
}
