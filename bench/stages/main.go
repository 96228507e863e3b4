// Command stages builds a site like `generator build` does and prints the
// wall time, allocation and peak memory of each stage (site.toml, data/,
// content/, results, pages and files), with an optional CPU profile for
// `go tool pprof`. It is a diagnostic for bench/compare.sh, not a second
// build command: it reuses the generator's packages stage by stage.
//
//	go run ./bench/stages -source /tmp/bench/national -out /tmp/bench/out-stages -cpuprofile /tmp/bench/cpu.prof
//	go tool pprof -top -cum /tmp/bench/cpu.prof | head -40
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"phongtrao/generator/build"
	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/diag"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

func main() {
	src := flag.String("source", ".", "site folder")
	out := flag.String("out", "", "output folder (required)")
	asof := flag.String("asof", "", "reference date YYYY-MM-DD (default: the site's)")
	cpu := flag.String("cpuprofile", "", "write a CPU profile of the whole build to this file")
	mem := flag.String("memprofile", "", "write a heap profile (live objects after a forced GC) at the end of the render stage, before its data is released")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "stages: -out is required")
		os.Exit(2)
	}
	if *cpu != "" {
		f, err := os.Create(*cpu)
		if err != nil {
			fmt.Fprintln(os.Stderr, "stages:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer f.Close()
		defer pprof.StopCPUProfile()
	}
	memProfile = *mem
	if err := run(*src, *out, *asof); err != nil {
		fmt.Fprintln(os.Stderr, "stages:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// step is one stage of the build.
type step struct {
	name string
	f    func() error
}

// stage times one step and prints a line: name, wall time, bytes
// allocated during the step, live heap after it and peak RSS so far.
func stage(name string, f func() error) error {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	err := f()
	wall := time.Since(start)
	runtime.ReadMemStats(&after)
	fmt.Printf("%-28s %9s  alloc %7.0f MB  heap %6.0f MB  peak RSS %6.0f MB\n", name, wall.Round(time.Millisecond),
		float64(after.TotalAlloc-before.TotalAlloc)/1e6, float64(after.HeapAlloc)/1e6, peakRSS())
	return err
}

// peakRSS is the process's peak resident set size in MB (Linux: KB units).
func peakRSS() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}

// errOf turns a diagnostic list into an error.
func errOf(l *diag.List) error {
	if l != nil && l.Len() > 0 {
		return l.Err()
	}
	return nil
}

// run loads the site as build.Load does, one package at a time, then
// computes the results and renders every file into out.
func run(src, out, asof string) error {
	total := time.Now()
	p := &build.Project{Source: src, FS: os.DirFS(src)}
	var res *results.Results
	steps := []step{
		{"load site.toml", func() (err error) {
			var l *diag.List
			if p.Site, l = config.Load(p.FS); p.Site == nil {
				return errors.Join(errors.New("site.toml not loaded"), errOf(l))
			}
			p.AsOf, p.AsOfFrom, err = build.ResolveAsOf(asof, p.Site, "", time.Now())
			return errors.Join(err, errOf(l))
		}},
		{"load data/", func() error {
			var l *diag.List
			p.Data, l = data.Load(p.FS, p.Site)
			return errOf(l)
		}},
		{"load content/", func() error {
			var l *diag.List
			p.Pages, l = content.Load(p.FS, known(p.Site, p.Data))
			return errOf(l)
		}},
		{"compute results", func() error { res = results.Compute(p.Site, p.Data, p.AsOf); return nil }},
		{"render and write files", func() error { return errors.Join(render(p, res, out), writeMemProfile()) }},
	}
	for _, s := range steps {
		if err := stage(s.name, s.f); err != nil {
			return err
		}
	}
	fmt.Printf("%-28s %9s  peak RSS %.0f MB\n", "total", time.Since(total).Round(time.Millisecond), peakRSS())
	return nil
}

// memProfile is the -memprofile flag.
var memProfile string

// writeMemProfile writes the heap profile -memprofile asks for, if any.
func writeMemProfile() error {
	if memProfile == "" {
		return nil
	}
	f, err := os.Create(memProfile)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC()
	return pprof.Lookup("heap").WriteTo(f, 0)
}

// render writes the site into out through the generator's own writer, then
// swaps it in, as build.Build does.
func render(p *build.Project, res *results.Results, out string) error {
	dir, err := publish.NewDir(out)
	if err != nil {
		return err
	}
	// The collector's target while rendering, as build.Build sets it.
	defer build.TightenGC()()
	if err := build.Render(p, res, dir); err != nil {
		dir.Abort()
		return err
	}
	return dir.Commit()
}

// known is what content is checked against, as build.Load sets it up.
func known(site *config.Site, set *data.Set) content.Known {
	k := content.Known{Start: site.Campaign.Start, End: site.Campaign.End, Criteria: map[string]bool{}}
	k.Unit = func(id string) bool { _, ok := set.Units.ByID[id]; return ok }
	for _, c := range set.Criteria {
		k.Criteria[c.ID] = true
	}
	return k
}
