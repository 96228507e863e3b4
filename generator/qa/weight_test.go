package qa

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"testing"
)

// Page-weight budgets of issue 3, in bytes: HTML plus the CSS and JS it
// links, uncompressed, without images. kB is taken as 1000 bytes, the
// stricter reading of "KB".
const (
	homeBudget = 60 * 1000
	teamBudget = 40 * 1000
)

// weight is a page's uncompressed bytes, HTML and each stylesheet and script.
type weight struct {
	total int
	parts []string // "file N", for the failure message
}

// pageWeight adds up a page and the CSS and JS it makes the browser load
// (stylesheets, their @imports, scripts, module preloads); each file once.
func (s *builtSite) pageWeight(t *testing.T, file string) weight {
	t.Helper()
	seen := map[string]bool{}
	var w weight
	var add func(f string)
	add = func(f string) {
		if seen[f] || !s.files[f] {
			return // a missing file is TestLinks' business
		}
		seen[f] = true
		b, err := s.read(f)
		if err != nil {
			t.Fatal(err)
		}
		w.total += len(b)
		w.parts = append(w.parts, fmt.Sprintf("%s %d", f, len(b)))
		if path.Ext(f) != ".css" {
			return
		}
		for _, m := range cssURL.FindAllStringSubmatch(string(b), -1) {
			if imp := m[4] + m[5]; imp != "" {
				if tg, ok, err := s.resolve(s.pageURL(f), imp); err == nil && ok && !tg.external {
					add(tg.file)
				}
			}
		}
	}
	add(file)
	p := s.htmlPages(t)[file]
	for _, r := range p.refs {
		code := r.tag == "script" || r.hasRel("stylesheet") || r.hasRel("modulepreload") ||
			(r.hasRel("preload") && (strings.HasSuffix(r.url, ".css") || strings.HasSuffix(r.url, ".js")))
		if !code {
			continue
		}
		if tg, ok, err := s.resolve(s.pageURL(file), r.url); err == nil && ok && !tg.external {
			add(tg.file)
		}
	}
	return w
}

// teamPages returns the file of every team's page (leaf units) that exists.
func (s *builtSite) teamPages() []string {
	var out []string
	for _, u := range s.project.Data.Units.All {
		if f := "don-vi/" + u.ID + "/index.html"; u.IsLeaf() && s.files[f] {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// TestPageWeight checks the home page against 60 kB and every team page
// against 40 kB, and logs the figures.
func TestPageWeight(t *testing.T) {
	s := site(t)
	home := s.pageWeight(t, "index.html")
	t.Logf("home: %d bytes (%s)", home.total, strings.Join(home.parts, ", "))
	if home.total > homeBudget {
		t.Errorf("home page weighs %d bytes > %d: %s", home.total, homeBudget, strings.Join(home.parts, ", "))
	}
	teams := s.teamPages()
	if len(teams) == 0 {
		t.Log("no team page (don-vi/<team-id>/index.html) written yet; team budget not checked")
		return
	}
	heaviest, over := weight{}, 0
	var heaviestFile string
	for _, f := range teams {
		w := s.pageWeight(t, f)
		if w.total > heaviest.total {
			heaviest, heaviestFile = w, f
		}
		if w.total > teamBudget {
			over++
			if over <= 10 {
				t.Errorf("team page %s weighs %d bytes > %d: %s", f, w.total, teamBudget, strings.Join(w.parts, ", "))
			}
		}
	}
	t.Logf("%d team pages; heaviest %s: %d bytes (%s)", len(teams), heaviestFile, heaviest.total, strings.Join(heaviest.parts, ", "))
	if over > 10 {
		t.Errorf("… %d team pages over budget in all", over)
	}
}
