//go:build unix

package data_test

import (
	"bytes"
	"encoding/csv"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/xuri/excelize/v2"

	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/fixture"
)

// BenchmarkReportsCSV and BenchmarkReportsXLSX load the national synthetic
// site (fixture.National: 82,200 teams, 1,068,600 report rows) without its
// deeds, once with its 13 monthly CSV report files and once with the same
// rows as one workbook per province (34 workbooks of 13 months each), so
// that the two differ only in how the reports are read:
//
//	go test -run '^$' -bench 'Reports(CSV|XLSX)$' -benchtime 3x ./generator/data/
//
// Making the workbooks takes a minute before the XLSX benchmark starts;
// with XLSX_BENCH_DIR set, they are kept in that folder and read from it
// by later runs (to profile the reading alone).
func BenchmarkReportsCSV(b *testing.B) {
	fsys, site := nationalReports(b, false)
	benchLoad(b, fsys, site)
}

func BenchmarkReportsXLSX(b *testing.B) {
	fsys, site := nationalReports(b, true)
	benchLoad(b, fsys, site)
}

// benchLoad times data.Load, and reports cpu-ms/op, the processor time
// of the whole process (user and system) per load: on a machine other
// programs share, it varies less than the time on the clock.
func benchLoad(b *testing.B, fsys fs.FS, site *config.Site) {
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, errs := data.Load(fsys, site); errs.Len() != 0 {
			b.Fatal(errs.Err())
		}
	}
	b.ReportMetric(float64((cpuTime()-start).Milliseconds())/float64(b.N), "cpu-ms/op")
}

// cpuTime returns the processor time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// nationalReports returns the national site's data without deeds, its
// reports as CSV files or as a workbook per province.
func nationalReports(b *testing.B, asXLSX bool) (fstest.MapFS, *config.Site) {
	if testing.Short() {
		b.Skip("the national site takes a minute to make")
	}
	s, err := fixture.New(fixture.National, 1)
	if err != nil {
		b.Fatal(err)
	}
	fsys := s.FS()
	delete(fsys, data.DeedsFile)
	site, errs := config.Load(fsys)
	if errs.Len() != 0 {
		b.Fatal(errs.Err())
	}
	if !asXLSX {
		return fsys, site
	}
	reports, _ := fs.Glob(fsys, data.ReportsDir+"/*.csv")
	if dir := os.Getenv("XLSX_BENCH_DIR"); dir != "" {
		if books, _ := filepath.Glob(filepath.Join(dir, "*.xlsx")); len(books) > 0 {
			for _, name := range reports {
				delete(fsys, name)
			}
			for _, book := range books {
				src, err := os.ReadFile(book)
				if err != nil {
					b.Fatal(err)
				}
				fsys[path.Join(data.ReportsDir, filepath.Base(book))] = &fstest.MapFile{Data: src}
			}
			return fsys, site
		}
		defer func() {
			for name, f := range fsys {
				if strings.HasSuffix(name, ".xlsx") {
					if err := os.WriteFile(filepath.Join(dir, path.Base(name)), f.Data, 0o644); err != nil {
						b.Fatal(err)
					}
				}
			}
		}()
	}
	set, errs := data.Load(fsys, site)
	if errs.Len() != 0 {
		b.Fatal(errs.Err())
	}
	province := func(id string) string {
		u := set.Units.ByID[id]
		for u.Parent != nil && u.Parent.Parent != nil {
			u = u.Parent
		}
		return u.ID
	}
	books := map[string]*excelize.StreamWriter{}
	files := map[string]*excelize.File{}
	next := map[string]int{}
	for _, name := range reports {
		recs, err := csv.NewReader(bytes.NewReader(fsys[name].Data)).ReadAll()
		if err != nil {
			b.Fatal(err)
		}
		delete(fsys, name)
		for _, rec := range recs[1:] {
			p := province(rec[0])
			sw := books[p]
			if sw == nil {
				files[p] = excelize.NewFile()
				if sw, err = files[p].NewStreamWriter("Sheet1"); err != nil {
					b.Fatal(err)
				}
				books[p] = sw
				writeRow(b, sw, 1, recs[0])
				next[p] = 2
			}
			writeRow(b, sw, next[p], rec)
			next[p]++
		}
	}
	for p, sw := range books {
		if err := sw.Flush(); err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := files[p].WriteTo(&buf); err != nil {
			b.Fatal(err)
		}
		fsys[path.Join(data.ReportsDir, p+".xlsx")] = &fstest.MapFile{Data: buf.Bytes()}
	}
	return fsys, site
}

// writeRow writes a CSV record as row r, its figures as numbers.
func writeRow(b *testing.B, sw *excelize.StreamWriter, r int, rec []string) {
	row := make([]any, len(rec))
	for i, s := range rec {
		row[i] = s
		if n, err := strconv.ParseFloat(s, 64); err == nil && i >= 2 {
			row[i] = n
		}
	}
	cell, _ := excelize.CoordinatesToCellName(1, r)
	if err := sw.SetRow(cell, row); err != nil {
		b.Fatal(err)
	}
}
