package qa

import (
	"path/filepath"
	"strings"
	"testing"

	"phongtrao/generator/build"
	"phongtrao/generator/scaffold"
)

// newSiteUnits are the unit trees of the sites `generator new` makes in
// these tests, scaffold's test files for a province before the 2025
// reform (three levels under the root) and after it (two). The example
// tree has two levels too; scaffold's tests build it.
var newSiteUnits = []string{"../scaffold/testdata/ba-cap.csv", "../scaffold/testdata/hai-cap.csv"}

// newSite is a site made by `generator new`'s package and built.
type newSite struct {
	name string
	*builtSite
}

// newSites makes and builds a site with `generator new`'s package for
// each of newSiteUnits, as of the campaign's last day.
func newSites(t *testing.T) []newSite {
	t.Helper()
	var out []newSite
	for _, units := range newSiteUnits {
		name := filepath.Base(units)
		dir := filepath.Join(t.TempDir(), "trang")
		if _, err := scaffold.New(scaffold.Options{Dir: dir, Units: units}); err != nil {
			t.Fatalf("new site from %s: %v", name, err)
		}
		s, err := buildSite(build.Options{Source: dir, Out: filepath.Join(t.TempDir(), "public"), AsOf: "2025-08-19"})
		if err != nil {
			t.Fatalf("new site from %s: %v", name, err)
		}
		out = append(out, newSite{"new site from " + name, s})
	}
	return out
}

// TestNewSitePages holds a site fresh from `generator new`, with no report
// or deed yet, to the demo's rules: every page's structure (pageProblems),
// the Nu checker on one page of each kind, and axe in Chromium on the
// kinds whose text changes when nothing is reported (emptyKinds), for the
// three-level site only: the two-level one has the same pages, one level
// fewer, and each browser run costs about half a minute.
//
// Not parallel: the demo's browser tests already keep both cores of a
// small CI machine busy, and a third browser beside them made axe.mjs
// time out.
func TestNewSitePages(t *testing.T) {
	for i, ns := range newSites(t) {
		s := ns.builtSite
		t.Run(ns.name, func(t *testing.T) {
			var probs []problem
			for _, p := range s.htmlPages(t) {
				probs = append(probs, pageProblems(p)...)
			}
			reportProblems(t, "page structure", probs)
			t.Run("valid HTML", func(t *testing.T) {
				java, jar := javaAndVNU(t)
				checkValid(t, s, java, jar, s.samples(t))
			})
			if i > 0 {
				return
			}
			t.Run("accessibility", func(t *testing.T) {
				nodeAndChromium(t)
				var empty []sample
				for _, sm := range s.samples(t) {
					if emptyKind(sm.kind) {
						empty = append(empty, sm)
					}
				}
				checkAccessible(t, s, empty)
			})
		})
	}
}

// emptyKinds are the kinds of page (pageKinds, and the unit pages) whose
// text differs when no team has reported: they say "chưa có số liệu"
// where the demo shows figures.
var emptyKinds = []string{"unit, depth", "home", "leaderboard", "criterion", "province phase bulletin", "downloads"}

// emptyKind reports whether a sample's kind is one of emptyKinds.
func emptyKind(kind string) bool {
	for _, k := range emptyKinds {
		if kind == k || strings.HasPrefix(kind, k+" ") {
			return true
		}
	}
	return false
}
