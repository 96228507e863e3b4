package site

import (
	"sync"
	"testing"
)

// The benchmarks of this file use only what the site package had before
// they were written (commit ec99af9): copied there with
// cputime_*_test.go, they measure the old code too, for old/new ratios.

// largeInput is synthetic(20, 20, 50, 6, 2000), made once for the
// benchmarks below: 20,000 teams, 120,000 deeds, 2,000 stories, a quarter
// of the national site.
var largeInput = sync.OnceValue(func() Input { return synthetic(20, 20, 50, 6, 2000) })

// BenchmarkPrepareLarge measures Prepare on the large synthetic site:
// the model's indexes, the A–Z directory, the page list, the layouts.
func BenchmarkPrepareLarge(b *testing.B) {
	in := largeInput()
	b.ReportAllocs()
	defer reportCPU(b, processCPU())
	for b.Loop() {
		if _, err := Prepare(in, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPageDataLarge makes every page's data of the large synthetic
// site once per iteration, without running any template: the site
// package's own share of rendering the pages.
func BenchmarkPageDataLarge(b *testing.B) {
	p, err := Prepare(largeInput(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer reportCPU(b, processCPU())
	for b.Loop() {
		for _, j := range p.jobs {
			j.make().release()
		}
	}
}

// BenchmarkExtrasLarge builds what is not a page (Atom feeds, sitemap,
// robots.txt, search index), minified as a build publishes them, for the
// large synthetic site.
func BenchmarkExtrasLarge(b *testing.B) {
	p, err := Prepare(largeInput(), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer reportCPU(b, processCPU())
	for b.Loop() {
		p.extrasOnce = sync.Once{} // build them again
		if _, err := p.extraFiles(); err != nil {
			b.Fatal(err)
		}
	}
}

// reportCPU reports the process's CPU time since start per iteration, as
// "cpu-ns/op" (garbage collection included); nothing where processCPU is 0.
func reportCPU(b *testing.B, start int64) {
	if start == 0 {
		return
	}
	b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op")
}
