package data

import (
	"io/fs"
	"path"
	"runtime"
	"sort"
	"strings"

	"phongtrao/generator/config"
	"phongtrao/generator/diag"
	"phongtrao/generator/parallel"
	"phongtrao/generator/sheet"
)

// File locations relative to the source folder.
const (
	UnitsFile    = "data/units.csv"
	CriteriaFile = "data/criteria.toml"
	ReportsDir   = "data/reports"
	DeedsFile    = "data/deeds.csv"
	// SuccessionsFile and TargetsFile are optional.
	SuccessionsFile = "data/successions.csv"
	TargetsFile     = "data/targets.csv"
)

// Load reads every data file of the site in fsys and checks them against
// each other and against the campaign in site. It returns the set (possibly
// partial) and every problem found; callers must not use the set when the
// list is not empty.
//
// The units and criteria come first, since the rest is checked against
// them, while deeds.csv is read and the report files' lines are counted on
// another goroutine; then deeds.csv and the report files are checked in
// parallel, each into its own result, and merged in file order, so the set
// and the problems do not depend on which file finished first.
func Load(fsys fs.FS, site *config.Site) (*Set, *diag.List) {
	var errs diag.List
	set := &Set{}
	files := reportFiles(fsys, &errs)
	for _, f := range []string{UnitsFile, DeedsFile, SuccessionsFile, TargetsFile} {
		twin(fsys, xlsxName(f), &errs)
	}
	srcs := make([]reportSource, len(files))
	var deedErrs diag.List
	var deeds *sheet.Table
	var read parallel.Group
	read.Go(func() { // while the units load
		buf := make([]byte, 256<<10)
		for i, f := range files {
			srcs[i] = countSource(fsys, f, buf)
		}
		deeds = openDeeds(fsys, &deedErrs)
	})
	set.Units = loadUnits(fsys, &errs)
	criteria, refs := loadCriteria(fsys, &errs)
	checkUnitPrivacy(set.Units, siteAllow(site), &errs)
	checkCriteriaPrivacy(fsys, siteAllow(site), &errs)
	set.Criteria = criteria
	set.Successions = loadSuccessions(fsys, set.Units, site, &errs)
	set.Units.Receive(set.Successions)
	set.indexSuccessions()
	set.Targets = loadTargets(fsys, set.Units, criteria, &errs)
	rc := newReportCheck(set.Units, criteria, site)
	read.Wait()
	all, dst := reportRoom(srcs)
	reports := make([]reportFile, len(files))
	bufs := make([][]byte, runtime.GOMAXPROCS(0))
	_ = parallel.Each(len(files)+1, len(bufs), func(w, i int) error {
		if i == 0 { // the largest job, started first
			set.Deeds = checkDeeds(deeds, set.Units, set.Criteria, site, &deedErrs)
			return nil
		}
		f, src := files[i-1], srcs[i-1]
		text, err := readSource(fsys, f, src, &bufs[w])
		reports[i-1] = rc.file(f, text, err, src.rows, dst[i-1])
		srcs[i-1] = reportSource{}
		return nil
	})
	set.Reports, set.Fields = mergeReports(all, reports, len(set.Units.All), &errs)
	checkFields(refs, set.Fields, &errs)
	errs.Append(&deedErrs)
	checkCeased(set, &errs)
	return set, &errs
}

// reportRoom returns one array with room for the rows of every report
// file, and for each file an empty slice of it where its rows go.
func reportRoom(srcs []reportSource) ([]Report, [][]Report) {
	total := 0
	for _, s := range srcs {
		total += s.rows
	}
	all := make([]Report, total)
	dst := make([][]Report, len(srcs))
	at := 0
	for i, s := range srcs {
		dst[i] = all[at : at : at+s.rows]
		at += s.rows
	}
	return all, dst
}

// reportFiles lists the report files, data/reports/*.csv and *.xlsx, in
// name order, leaving out the lock files Excel keeps beside a workbook it
// has open ("~$2025-03.xlsx") and, of a CSV file and a workbook with the
// same stem, the workbook, which errs reports.
func reportFiles(fsys fs.FS, errs *diag.List) []string {
	var matches []string
	for _, ext := range []string{"csv", "CSV", "xlsx", "XLSX"} {
		m, _ := fs.Glob(fsys, path.Join(ReportsDir, "*."+ext))
		matches = append(matches, m...)
	}
	sort.Strings(matches)
	out := matches[:0]
	for _, f := range matches {
		if strings.HasPrefix(path.Base(f), "~$") {
			continue
		}
		if sheet.IsXLSX(f) && twin(fsys, f, errs) {
			continue
		}
		out = append(out, f)
	}
	return out
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
