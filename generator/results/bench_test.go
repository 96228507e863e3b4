package results

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
)

// planCriteria mirrors the plan's seven criteria (11 indicators).
func planCriteria() []*data.Criterion {
	return []*data.Criterion{
		crit("4.1", "1", ratioInd("tin-bao", "tips_via_force", "tips_total", ">=", "0.8"),
			ratioInd("vu-viec", "incidents_attended", "incidents_total", "==", "1")),
		crit("4.2", "1", deedsInd("mo-hinh", ">=", "1", "mo-hinh")),
		crit("4.3", "1", ratioInd("pccc", "fires_attended", "fires_total", "==", "1")),
		crit("4.4", "1", latestInd("co-so", "businesses_violating", "==", "0"),
			latestInd("nhan-khau", "household_info_pct", ">", "90"), totalInd("vu-khi", "weapons_cases", "==", "0")),
		crit("4.5", "1", totalInd("tai-pham", "reoffenders", "==", "0")),
		crit("4.6", "1", ratioInd("tuan-tra", "members_patrolling", "members_total", "==", "1"),
			totalInd("tai-nan", "serious_accidents", "==", "0")),
		crit("4.7", "1", monthlyInd("viec-tot", ">=", "1", "viec-tot", "khen-thuong", "bieu-duong")),
	}
}

// synthetic builds a province of districts × communes × teams with 13
// months of reports and about deedsPerTeam deeds per team, deterministically.
func synthetic(districts, communes, teams, deedsPerTeam int) *data.Set {
	rows := [][3]string{{"tinh", "Tỉnh", ""}}
	for d := 0; d < districts; d++ {
		did := fmt.Sprintf("h%d", d)
		rows = append(rows, [3]string{did, "Huyện " + did, "tinh"})
		for c := 0; c < communes; c++ {
			cid := fmt.Sprintf("%s-x%d", did, c)
			rows = append(rows, [3]string{cid, "Xã " + cid, did})
			for k := 0; k < teams; k++ {
				rows = append(rows, [3]string{fmt.Sprintf("%s-t%d", cid, k), fmt.Sprintf("Thôn %d", k+1), cid})
			}
		}
	}
	set := &data.Set{Units: tree(rows...), Criteria: planCriteria()}
	seed := uint64(42)
	rnd := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	kinds := data.DeedKinds
	start := calendar.Month{Year: 2024, Month: 8}
	for _, u := range set.Units.All {
		if !u.IsLeaf() {
			continue
		}
		for m := 0; m < 13; m++ {
			mo := calendar.FromIndex(start.Index() + m)
			tips := rnd(6)
			set.Reports = append(set.Reports, data.ReportOf(u.ID, mo, map[string]decimal.D{
				"tips_total": decimal.FromInt(int64(tips)), "tips_via_force": decimal.FromInt(int64(rnd(tips + 1))),
				"incidents_total": decimal.FromInt(2), "incidents_attended": decimal.FromInt(int64(1 + rnd(2))),
				"fires_total": 0, "fires_attended": 0,
				"businesses_violating": decimal.FromInt(int64(rnd(20) / 19)), "household_info_pct": decimal.FromInt(int64(85 + rnd(15))),
				"weapons_cases": 0, "reoffenders": decimal.FromInt(int64(rnd(30) / 29)),
				"members_total": decimal.FromInt(5), "members_patrolling": decimal.FromInt(int64(4 + rnd(2))),
				"serious_accidents": 0,
			}))
		}
		for i := 0; i < deedsPerTeam; i++ {
			d := calendar.Date{Year: 2024, Month: 8, Day: 19}.AddDays(rnd(366))
			set.Deeds = append(set.Deeds, data.Deed{Unit: u.ID, Date: d, Kind: kinds[rnd(len(kinds))], Title: "Việc tốt"})
		}
	}
	return set
}

// BenchmarkCompute: a province the size of Đắk Nông (8 districts × 9
// communes × 10 teams = 720 teams, 13 months, ~4,300 deeds).
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

// BenchmarkComputeNational: ~82,000 teams (the national scale).
func BenchmarkComputeNational(b *testing.B) {
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
	root := all.Unit("tinh")
	if root.Leaves != 24 || root.Deeds != 24*5 {
		t.Errorf("root leaves %d deeds %d, want 24 and 120", root.Leaves, root.Deeds)
	}
	if n := len(all.Level(3, true)); n != 24 {
		t.Errorf("level 3 leaves = %d, want 24", n)
	}
}
