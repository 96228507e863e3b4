package site

import (
	"os"
	"testing"

	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// loadSite loads a site folder the way the build command does.
func loadSite(t testing.TB, dir string) Input {
	t.Helper()
	fsys := os.DirFS(dir)
	site, errs := config.Load(fsys)
	if errs != nil && errs.Len() > 0 {
		t.Fatal(errs.Err())
	}
	set, errs := data.Load(fsys, site)
	if errs != nil && errs.Len() > 0 {
		t.Fatal(errs.Err())
	}
	crit := map[string]bool{}
	for _, c := range set.Criteria {
		crit[c.ID] = true
	}
	known := content.Known{Unit: func(id string) bool { return set.Units.ByID[id] != nil }, Criteria: crit,
		Start: site.Campaign.Start, End: site.Campaign.End}
	pages, errs := content.Load(fsys, known)
	if errs != nil && errs.Len() > 0 {
		t.Fatal(errs.Err())
	}
	res := results.Compute(site, set, site.AsOf, results.FromData(set)...)
	return Input{Site: site, Data: set, Results: res, Pages: pages, Source: dir}
}
