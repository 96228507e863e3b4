package results

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"

	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/fixture"
)

// synthetic returns the data of an even province from the fixture: 1 +
// districts + districts × communes + districts × communes × teams units, 13
// months of reports per team, exactly deedsPerTeam deeds per team, no story.
func synthetic(districts, communes, teams, deedsPerTeam int) *data.Set {
	return fixture.MustLoad(fixture.Even(districts, communes, teams, deedsPerTeam, 0), 42).Data
}

// unitAt returns the id of the unit reached from the root by child
// indexes: unitAt(set, 1, 2) is the third commune of the second district.
func unitAt(set *data.Set, path ...int) string {
	u := set.Units.Root
	for _, i := range path {
		u = u.Children[i]
	}
	return u.ID
}

// BenchmarkCompute: a province the size of Đắk Nông (8 districts × 9
// communes × 10 teams = 720 teams, 13 months, 4,320 deeds).
func BenchmarkCompute(b *testing.B) {
	set := synthetic(8, 9, 10, 6)
	site := testSite(b)
	asOf := day(b, "2025-08-19")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Compute(site, set, asOf)
	}
}

// BenchmarkComputeNational: 84,000 teams (the national scale).
func BenchmarkComputeNational(b *testing.B) {
	if testing.Short() {
		b.Skip("national scale skipped in -short mode")
	}
	set := synthetic(700, 12, 10, 6)
	site := testSite(b)
	asOf := day(b, "2025-08-19")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Compute(site, set, asOf)
	}
}

// BenchmarkComputeSite computes the results of a real site folder,
// $RESULTS_BENCH_SITE or /tmp/natl (bench/sitegen's national scale), as
// of its asOf (else 2025-08-19), and is skipped when there is none. Like
// the one Compute of a build, each run gets memory fresh from the system:
// before it, the heap is collected and returned (debug.FreeOSMemory), so
// the cost of first touching the results' memory is counted. It reports
// retained-MB, the heap the results keep live (measured after a
// collection), besides the usual figures; compare commits with benchstat.
func BenchmarkComputeSite(b *testing.B) {
	dir := os.Getenv("RESULTS_BENCH_SITE")
	if dir == "" {
		dir = "/tmp/natl"
	}
	fsys := os.DirFS(dir)
	site, errs := config.Load(fsys)
	if errs.Len() != 0 {
		b.Skipf("no site in %s: %v", dir, errs.Err())
	}
	set, errs := data.Load(fsys, site)
	if errs.Len() != 0 {
		b.Fatal(errs.Err())
	}
	asOf := day(b, "2025-08-19")
	if !site.AsOf.IsZero() {
		asOf = site.AsOf
	}
	var r *Results
	retained := heapAfterGC()
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		r = nil
		debug.FreeOSMemory()
		before := heapAfterGC()
		b.StartTimer()
		r = Compute(site, set, asOf)
		b.StopTimer()
		retained = heapAfterGC() - before
		b.StartTimer()
	}
	b.ReportMetric(float64(retained)/1e6, "retained-MB")
	runtime.KeepAlive(r)
}

// heapAfterGC returns the bytes of live heap after a full collection.
func heapAfterGC() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestSyntheticSane checks the synthetic province computes with every
// period started and consistent aggregates: the province's Leaves equals
// the number of teams and its Deeds the deeds in the campaign.
func TestSyntheticSane(t *testing.T) {
	set := synthetic(2, 3, 4, 5)
	r := Compute(testSite(t), set, day(t, "2025-08-19"))
	all := r.Period("all")
	root := all.Unit(set.Units.Root.ID)
	if root.Leaves != 24 || root.Deeds != 24*5 {
		t.Errorf("root leaves %d deeds %d, want 24 and 120", root.Leaves, root.Deeds)
	}
	if n := len(all.Level(3, true)); n != 24 {
		t.Errorf("level 3 leaves = %d, want 24", n)
	}
}
