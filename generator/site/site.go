package site

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"

	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/diag"
	"phongtrao/generator/parallel"
	"phongtrao/generator/publish"
	"phongtrao/generator/render"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
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

// job is one page to build: its URL, its layout and how to make its data.
type job struct {
	rel      string // URL path relative to the base, "" for home
	layout   string // template file in layouts/
	make     func() *Page
	noIndex  bool   // left out of the sitemap (404)
	fileName string // output file when not rel + index.html
	pos      diag.Pos
}

func (j job) out() string {
	if j.fileName != "" {
		return j.fileName
	}
	return urls.File(j.rel)
}

// dupHint says how to give a page at pos an address of its own: a unit
// (a row of units.csv) or a criterion (criteria.toml) takes another id, a
// Markdown page another file name or slug. Ids are unique, so a unit's or
// a criterion's page can only clash with a section's index.html.
func dupHint(pos diag.Pos) string {
	switch {
	case strings.HasSuffix(pos.File, ".csv"):
		return "đổi mã đơn vị (cột id): mã \"index\" trùng với trang đầu của một mục"
	case strings.HasSuffix(pos.File, ".toml"):
		return "đổi id của tiêu chí: id \"index\" trùng với trang danh sách tiêu chí"
	}
	return "đổi tên tệp hoặc khóa slug trong phần đầu trang"
}

// checkJobs refuses two pages on one URL (a free page named like a story
// section, ...), reported at the page that comes second. It returns the
// index of each output file's job.
func (m *model) checkJobs(jobs []job) (map[string]int, error) {
	var l diag.List
	seen := make(map[string]int, len(jobs))
	for i, j := range jobs {
		out := j.out()
		if _, dup := seen[out]; dup {
			l.Add(j.pos, fmt.Sprintf("địa chỉ /%s đã được một trang khác dùng", j.rel), dupHint(j.pos))
			continue
		}
		seen[out] = i
	}
	return seen, l.Err()
}

// renderAll renders jobs on opts' workers (package parallel), writing each
// page as soon as it is rendered. It stops at the first error in job order
// among those that failed, so the report does not depend on scheduling.
func renderAll(tpl *render.Templates, jobs []job, w publish.Writer, workers int) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	bufs := make([]bytes.Buffer, min(workers, len(jobs)))
	return parallel.Each(len(jobs), len(bufs), func(wk, i int) error {
		buf := &bufs[wk]
		buf.Reset()
		j := jobs[i]
		pg := j.make()
		err := tpl.Execute(buf, j.layout, pg)
		pg.release()
		if err != nil {
			return err
		}
		return w.WriteFile(j.out(), buf.Bytes())
	})
}
