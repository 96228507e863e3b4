package build

import (
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"phongtrao/generator/diag"
	"phongtrao/generator/export"
	"phongtrao/generator/fillin"
	"phongtrao/generator/parallel"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

// Output locations of the results export, relative to the output folder.
const (
	ExportJSON = "du-lieu/ket-qua.json"
	ExportCSV  = "du-lieu/ket-qua.csv"
	ExportXLSX = export.XLSXPath
)

// Summary is what a successful build did.
type Summary struct {
	Out      string
	Files    int
	Duration time.Duration
	// Warnings are the project's (Project.Warnings): they did not stop it.
	Warnings []diag.Diagnostic
}

// OutDir returns the output folder the options name: Out, else "public" under Source.
func (o Options) OutDir() string {
	if o.Out != "" {
		return o.Out
	}
	return filepath.Join(o.Source, "public")
}

func (o Options) logf(format string, args ...any) {
	if o.Log != nil {
		o.Log(format, args...)
	}
}

// Build loads, validates and renders the site into the output folder. On
// any error the output folder is left exactly as it was.
func Build(opts Options) (*Summary, error) {
	start := time.Now()
	if _, err := os.Stat(opts.Source); opts.Source != "" && err != nil {
		// No source folder: say so as loading does, before making the
		// output's folders (the default output is inside the source).
		if _, lerr := Load(opts); lerr != nil {
			return nil, lerr
		}
		return nil, err
	}
	target, err := publish.CheckTarget(opts.Source, opts.OutDir(), opts.Force)
	if err != nil {
		return nil, err
	}
	out := opts.OutDir()
	dir, err := publish.NewDir(target.Out)
	if err != nil {
		return nil, err
	}
	p, err := Load(opts)
	if err != nil {
		dir.Abort()
		return nil, err
	}
	opts.logf("đã đọc %d đơn vị, %d dòng báo cáo, %d việc tốt; tính kết quả đến ngày %s (theo %s)",
		len(p.Data.Units.All), len(p.Data.Reports), len(p.Data.Deeds), p.AsOf.VN(), p.AsOfFrom)
	res := results.Compute(p.Site, p.Data, p.AsOf, results.FromData(p.Data)...)
	counter := &countingWriter{w: dir}
	stop := opts.progress(counter, ProgressEvery)
	restoreGC := TightenGC()
	err = Render(p, res, counter)
	restoreGC()
	stop()
	if err != nil {
		dir.Abort()
		return nil, err
	}
	if err := dir.Commit(); err != nil {
		return nil, err
	}
	s := &Summary{Out: out, Files: counter.n(), Duration: time.Since(start), Warnings: p.Warnings}
	opts.logf("đã ghi %d tệp vào %s trong %s", s.Files, out, s.Duration.Round(time.Millisecond))
	return s, nil
}

// RenderGOGC is the garbage collector's target (GOGC) while the pages
// render, unless the GOGC environment variable sets one. Rendering keeps
// the loaded data and results (hundreds of MB at national scale) and makes
// short-lived garbage around them; the default target of 100 lets the heap
// grow to twice what is live, so a lower target bounds the peak memory of
// a large build. The measurements behind 50 (lower peak, no slower; 30
// was slower) are in bench/README.md, session 7.
const RenderGOGC = 50

// TightenGC sets the collector's target to RenderGOGC unless GOGC is set,
// and returns the function that puts the previous target back.
func TightenGC() (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	prev := debug.SetGCPercent(RenderGOGC)
	return func() { debug.SetGCPercent(prev) }
}

// ProgressEvery is how often a long build reports how many files it has written.
const ProgressEvery = 3 * time.Second

// progress logs the count of files written every interval until the
// returned function is called (nothing when there is no log).
func (o Options) progress(c *countingWriter, every time.Duration) (stop func()) {
	if o.Log == nil {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				o.logf("đang ghi: %d tệp…", c.n())
			}
		}
	}()
	return func() { close(done); <-finished }
}

// Render writes every output file of a loaded project to w: the results
// export and the pages. The export is written while the pages render (w is
// safe for concurrent use).
func Render(p *Project, res *results.Results, w publish.Writer) error {
	var exportErr error
	var g parallel.Group
	g.Go(func() { exportErr = RenderExport(res, w) })
	err := RenderPages(p, res, w)
	g.Wait()
	if err == nil {
		err = exportErr
	}
	return err
}

// RenderExport writes du-lieu/ket-qua.json and du-lieu/ket-qua.csv,
// streamed in chunks when w is a publish.Creator (a national export is
// hundreds of MB), else built in memory and handed to w.WriteFile; and
// the workbook du-lieu/ket-qua.xlsx.
func RenderExport(res *results.Results, w publish.Writer) error {
	err := publish.Stream(w, ExportJSON, func(f io.Writer) error { return export.WriteJSON(f, res) })
	if err != nil {
		return err
	}
	if err := publish.Stream(w, ExportCSV, func(f io.Writer) error { return export.WriteCSV(f, res) }); err != nil {
		return err
	}
	if err := publish.Stream(w, ExportXLSX, func(f io.Writer) error { return export.WriteXLSX(f, res) }); err != nil {
		return err
	}
	return RenderForms(res, w)
}

// ExportPaths lists the files RenderExport writes for res.
func ExportPaths(res *results.Results) []string {
	out := []string{ExportJSON, ExportCSV, ExportXLSX}
	for _, f := range fillin.Forms(res) {
		out = append(out, f.Path)
	}
	return out
}

// RenderForms writes the fill-in report forms of du-lieu/mau/ (package
// fillin), for the month of the reference date, on every processor (parallel.Each).
func RenderForms(res *results.Results, w publish.Writer) error {
	forms := fillin.Forms(res)
	m := res.AsOf.MonthOf()
	return parallel.Each(len(forms), 0, func(_, i int) error {
		return publish.Stream(w, forms[i].Path, func(f io.Writer) error { return fillin.Write(f, res.Set, forms[i], m) })
	})
}

// RenderPages writes the site's pages, assets, feeds and search index.
func RenderPages(p *Project, res *results.Results, w publish.Writer) error {
	return renderSite(p, res, w)
}
