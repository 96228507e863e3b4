package data

import (
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"sync/atomic"

	"phongtrao/generator/config"
	"phongtrao/generator/diag"
	"phongtrao/generator/sheet"
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
//
// The units and criteria come first, since the rest is checked against
// them, while deeds.csv is read and the report files' lines are counted on
// another goroutine; then deeds.csv and the report files are checked in
// parallel, each into its own result, and merged in file order, so the set
// and the problems do not depend on which file finished first.
func Load(fsys fs.FS, site *config.Site) (*Set, *diag.List) {
	var errs diag.List
	set := &Set{}
	files := reportFiles(fsys)
	srcs := make([]reportSource, len(files))
	var deedErrs diag.List
	var deeds *sheet.Table
	read := async(func() { // while the units load
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
	rc := newReportCheck(set.Units, criteria, site)
	read()
	all, dst := reportRoom(srcs)
	reports := make([]reportFile, len(files))
	bufs := make([][]byte, runtime.GOMAXPROCS(0))
	each(len(files)+1, func(w, i int) {
		if i == 0 { // the largest job, started first
			set.Deeds = checkDeeds(deeds, set.Units, set.Criteria, site, &deedErrs)
			return
		}
		f, src := files[i-1], srcs[i-1]
		text, err := readSource(fsys, f, src, &bufs[w])
		reports[i-1] = rc.file(f, text, err, src.rows, dst[i-1])
		srcs[i-1] = reportSource{}
	})
	set.Reports, set.Fields = mergeReports(all, reports, len(set.Units.All), &errs)
	checkFields(refs, set.Fields, &errs)
	errs.Append(&deedErrs)
	return set, &errs
}

// async runs f on a goroutine of its own and returns a function that
// waits for it and raises its panic again, if any.
func async(f func()) (wait func()) {
	done := make(chan any, 1)
	go func() {
		defer func() {
			r := recover()
			if r != nil {
				r = fmt.Sprintf("%v\n\n%s", r, debug.Stack())
			}
			done <- r
		}()
		f()
	}()
	return func() {
		if r := <-done; r != nil {
			panic(r)
		}
	}
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

// each calls do(w, 0), …, do(w, n-1) on at most GOMAXPROCS goroutines,
// numbered w from 0, and waits for them. A panic in do is raised again in the caller, with the stack
// where it happened, so that the live preview recovers it as it did when
// loading ran on one goroutine.
func each(n int, do func(worker, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	var once sync.Once
	var crash any
	for w := range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					stack := debug.Stack()
					once.Do(func() { crash = fmt.Sprintf("%v\n\n%s", r, stack) })
				}
			}()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				do(w, i)
			}
		})
	}
	wg.Wait()
	if crash != nil {
		panic(crash)
	}
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
