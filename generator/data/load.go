package data

import (
	"io/fs"
	"path"
	"sort"

	"phongtrao/generator/config"
	"phongtrao/generator/diag"
)

// File locations relative to the source folder.
const (
	UnitsFile    = "data/units.csv"
	CriteriaFile = "data/criteria.toml"
	ReportsDir   = "data/reports"
	DeedsFile    = "data/deeds.csv"
)

// Load reads every data file of the site in fsys and checks them against
// each other and against the campaign in site. It returns the set (possibly
// partial) and every problem found; callers must not use the set when the
// list is not empty.
func Load(fsys fs.FS, site *config.Site) (*Set, *diag.List) {
	var errs diag.List
	set := &Set{}
	set.Units = loadUnits(fsys, &errs)
	criteria, refs := loadCriteria(fsys, &errs)
	set.Criteria = criteria
	set.Reports, set.Fields = loadReports(fsys, set.Units, criteria, site, &errs)
	checkFields(refs, set.Fields, &errs)
	set.Deeds = loadDeeds(fsys, set.Units, set.Criteria, site, &errs)
	return set, &errs
}

// reportFiles lists data/reports/*.csv in name order.
func reportFiles(fsys fs.FS) []string {
	matches, _ := fs.Glob(fsys, path.Join(ReportsDir, "*.csv"))
	upper, _ := fs.Glob(fsys, path.Join(ReportsDir, "*.CSV"))
	matches = append(matches, upper...)
	sort.Strings(matches)
	return matches
}

// Criterion returns the criterion with id, or nil.
func (s *Set) Criterion(id string) *Criterion {
	for _, c := range s.Criteria {
		if c.ID == id {
			return c
		}
	}
	return nil
}
