package site

import (
	"bytes"
	"runtime"

	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/media"
	"phongtrao/generator/parallel"
	"phongtrao/generator/publish"
	"phongtrao/generator/render"
	"phongtrao/generator/results"
)

// Input is everything a build reads, already loaded and checked.
type Input struct {
	Site    *config.Site
	Data    *data.Set
	Results *results.Results
	// Pages are every content page; drafts are left out here.
	Pages []*content.Page
	// Source is the site folder: its layouts/ and static/ override the
	// built-in theme file by file. Empty uses the theme alone.
	Source string
	// Photos publishes the photos of static/ (the library the pages were
	// parsed with, content.ParseWith); nil makes one without a cache.
	Photos *media.Library
	// Layouts are the layouts as the load parsed them (ParseLayouts),
	// used by the first Prepare given them; nil parses them there.
	Layouts *render.Parsed
}

// Options tune a build.
type Options struct {
	// Workers is how many pages render at once; 0 means GOMAXPROCS.
	Workers int
	// NoMinify writes HTML, CSS and JS as the templates produce them.
	NoMinify bool
	// RowsPerPage is how many units a leaderboard or directory letter page
	// lists before the next page starts; 0 means 100.
	RowsPerPage int
}

// Build renders the whole site into w: Prepare, then Plan.WriteAll (the
// live preview renders the same Plan one file at a time). It returns a
// *diag.Error for problems in layouts or content (with their file:line),
// or another error when writing fails. w should be discarded when Build
// fails.
func Build(in Input, w publish.Writer, opts Options) error {
	p, err := Prepare(in, opts)
	if err != nil {
		return err
	}
	return p.WriteAll(w)
}

// renderAll renders jobs on opts' workers (package parallel), writing each
// page as soon as it is rendered. A page's template error does not stop
// the others: every distinct one is reported, sorted (pageProblems). Any
// other error stops it, the first in job order among those that failed,
// so the report does not depend on scheduling.
func renderAll(tpl *render.Templates, jobs []job, w publish.Writer, workers int) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	bufs := make([]bytes.Buffer, min(workers, len(jobs)))
	var problems pageProblems
	err := parallel.Each(len(jobs), len(bufs), func(wk, i int) error {
		buf := &bufs[wk]
		buf.Reset()
		j := jobs[i]
		pg := j.make()
		err := tpl.Execute(buf, j.layout, pg)
		pg.release()
		if err != nil {
			if problems.add(err) {
				return nil
			}
			return err
		}
		return w.WriteFile(j.out(), buf.Bytes())
	})
	if err != nil {
		return err
	}
	return problems.err()
}
