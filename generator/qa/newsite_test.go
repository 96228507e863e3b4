package qa

import (
	"path/filepath"
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
// and on one page of each kind the Nu checker and axe in Chromium.
func TestNewSitePages(t *testing.T) {
	t.Parallel() // the JVM and Chromium each keep about one core busy
	for _, ns := range newSites(t) {
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
			t.Run("accessibility", func(t *testing.T) {
				nodeAndChromium(t)
				checkAccessible(t, s, s.samples(t))
			})
		})
	}
}
