package data

import (
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"testing/fstest"

	"phongtrao/generator/config"
)

// benchCriteria names the thirteen report fields of a national site: four
// ratio pairs and five single fields.
const benchCriteria = `[[criterion]]
id = "4.1"
title = "Nắm tình hình"
  [[criterion.indicator]]
  id = "tin-bao"
  kind = "ratio"
  numerator = "tips_via_force"
  denominator = "tips_total"
  op = ">="
  target = 0.8
  [[criterion.indicator]]
  id = "vu-viec"
  kind = "ratio"
  numerator = "incidents_attended"
  denominator = "incidents_total"
  op = ">="
  target = 0.9

[[criterion]]
id = "4.3"
title = "Cứu nạn"
  [[criterion.indicator]]
  id = "cuu-nan"
  kind = "ratio"
  numerator = "rescues_attended"
  denominator = "rescues_total"
  op = ">="
  target = 1
  [[criterion.indicator]]
  id = "co-so"
  kind = "total"
  field = "violating_businesses"
  op = "<="
  target = 0

[[criterion]]
id = "4.4"
title = "Quản lý hành chính"
  [[criterion.indicator]]
  id = "nhan-khau"
  kind = "latest"
  field = "household_info_pct"
  op = ">="
  target = 90
  [[criterion.indicator]]
  id = "vu-khi"
  kind = "total"
  field = "weapons_cases"
  op = "<="
  target = 0
  [[criterion.indicator]]
  id = "tai-pham"
  kind = "total"
  field = "reoffenders"
  op = "<="
  target = 0

[[criterion]]
id = "4.5"
title = "Tuần tra"
  [[criterion.indicator]]
  id = "tuan-tra"
  kind = "ratio"
  numerator = "members_patrolling"
  denominator = "members_total"
  op = ">="
  target = 0.8
  [[criterion.indicator]]
  id = "tai-nan"
  kind = "total"
  field = "serious_accidents"
  op = "<="
  target = 0

[[criterion]]
id = "4.7"
title = "Việc tốt"
  [[criterion.indicator]]
  id = "mo-hinh"
  kind = "total"
  source = "deeds"
  kinds = ["mo-hinh"]
  op = ">="
  target = 1
`

// benchSite makes a valid site of one province, communes of 100 teams
// each, a report file for each of the 13 months of the campaign with a row
// per team, and a deed for every fourth team and month: teams=85000 is the
// size of a national site (1.1 million report rows).
func benchSite(teams int) fstest.MapFS {
	var units, deeds strings.Builder
	units.WriteString("id,name,kind,parent\np,Tỉnh Đắk Nông,Tỉnh,\n")
	deeds.WriteString("id,date,unit,kind,title,people,criterion,recognized_by,story\n")
	for c := 0; c*100 < teams; c++ {
		fmt.Fprintf(&units, "xa-%d,Xã Quảng Sơn %d,Xã,p\n", c, c)
		for k := c * 100; k < min(teams, c*100+100); k++ {
			fmt.Fprintf(&units, "xa-%d-thon-%d,Thôn Đắk R'Moan %d,Thôn,xa-%d\n", c, k, k, c)
		}
	}
	team := func(k int) string { return fmt.Sprintf("xa-%d-thon-%d", k/100, k) }
	fsys := fstest.MapFS{CriteriaFile: {Data: []byte(benchCriteria)}}
	for m := range 13 {
		year, month := 2024+(7+m)/12, (7+m)%12+1
		var rep strings.Builder
		rep.WriteString("unit,month,tips_total,tips_via_force,incidents_total,incidents_attended,rescues_total,rescues_attended," +
			"violating_businesses,household_info_pct,weapons_cases,reoffenders,members_total,members_patrolling,serious_accidents\n")
		for k := range teams {
			h := (k*7919 + m*104729) % 1000 // spread the figures
			fmt.Fprintf(&rep, "%s,%d-%02d,%d,%d,%d,%d,%d,%d,0,%d.%d,0,%d,%d,%d,0\n", team(k), year, month,
				h%5, h%5-h%2*(h%5/2), h%4, h%4, h%3/2, h%3/2, 80+h%20, h%10, h%7/6, 4+h%3, 3+h%3/2)
			if k%4 == m%4 {
				day := 1 + k%8 // the campaign runs from 19/08/2024 to 19/08/2025
				if m == 0 {
					day += 19
				}
				fmt.Fprintf(&deeds, "vt-%d-%d,%d-%02d-%02d,%s,viec-tot,Giúp người chấp hành xong án phạt tù tìm việc làm,"+
					"Bùi Đức Hải; Hồ Thị Hằng,4.5,,\n", m, k, year, month, day, team(k))
			}
		}
		fsys[fmt.Sprintf("%s/%d-%02d.csv", ReportsDir, year, month)] = &fstest.MapFile{Data: []byte(rep.String())}
	}
	fsys[UnitsFile] = &fstest.MapFile{Data: []byte(units.String())}
	fsys[DeedsFile] = &fstest.MapFile{Data: []byte(deeds.String())}
	return fsys
}

// TestBenchSiteLoads checks that the benchmark's site is valid and read
// whole: 250 teams in 3 communes (254 units with the province), 250 × 13
// report rows, and the deeds of teams k with k%4 == m%4 in month m. Among
// k < 250, residues 0 and 1 have 63 teams, 2 and 3 have 62; months 0..12
// have residues 0,1,2,3,0,1,2,3,0,1,2,3,0, so residue 0 comes 4 times and
// the others 3: 4×63 + 3×63 + 3×62 + 3×62 = 813 deeds.
func TestBenchSiteLoads(t *testing.T) {
	set, errs := Load(benchSite(250), testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	if len(set.Units.All) != 254 || len(set.Reports) != 250*13 || len(set.Deeds) != 813 || len(set.Fields) != 13 {
		t.Errorf("%d units, %d rows, %d deeds, %d fields", len(set.Units.All), len(set.Reports), len(set.Deeds), len(set.Fields))
	}
}

// BenchmarkLoadReports loads a generated site of 20,000 teams (a quarter
// of a national one: 260,000 report rows in 13 files, 65,000 deeds).
// Compare runs with benchstat; -benchmem shows the allocations.
func BenchmarkLoadReports(b *testing.B) {
	fsys := benchSite(20_000)
	b.ReportAllocs()
	for b.Loop() {
		if _, errs := Load(fsys, testSite); errs.Len() != 0 {
			b.Fatal(errs.Err())
		}
	}
}

// BenchmarkLoadSite loads the data of a real site folder, $DATA_BENCH_SITE
// or /tmp/natl (bench/sitegen's national scale), and is skipped when there
// is none. It reports retained-MB, the heap the set keeps live (measured
// after a collection).
func BenchmarkLoadSite(b *testing.B) {
	benchLoadSite(b, false)
}

// BenchmarkLoadSiteFresh is BenchmarkLoadSite with memory fresh from the
// system for each run, as the one load of a build has: before it, the heap
// is collected and returned (debug.FreeOSMemory), so the cost of first
// touching the set's memory is counted.
func BenchmarkLoadSiteFresh(b *testing.B) {
	benchLoadSite(b, true)
}

func benchLoadSite(b *testing.B, fresh bool) {
	fsys, site := benchSiteDir(b)
	var set *Set
	var retained uint64
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		set = nil
		if fresh {
			debug.FreeOSMemory()
		}
		before := heapAfterGC()
		b.StartTimer()
		s, errs := Load(fsys, site)
		if errs.Len() != 0 {
			b.Fatal(errs.Err())
		}
		set = s
		b.StopTimer()
		retained = heapAfterGC() - before
		b.StartTimer()
	}
	b.ReportMetric(float64(retained)/1e6, "retained-MB")
	runtime.KeepAlive(set)
}

// benchSiteDir opens the site folder of the benchmarks that load one.
func benchSiteDir(b *testing.B) (fs.FS, *config.Site) {
	dir := os.Getenv("DATA_BENCH_SITE")
	if dir == "" {
		dir = "/tmp/natl"
	}
	fsys := os.DirFS(dir)
	site, errs := config.Load(fsys)
	if errs.Len() != 0 {
		b.Skipf("no site in %s: %v", dir, errs.Err())
	}
	return fsys, site
}

// heapAfterGC returns the bytes of live heap after a full collection.
func heapAfterGC() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
