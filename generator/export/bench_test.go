package export

import (
	"errors"
	"io"
	"os"
	"testing"

	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/diag"
	"phongtrao/generator/results"
)

// The benchmarks time the writers (JSON, CSV, XLSX), into io.Discard:
//
//	go test ./generator/export -run '^$' -bench . -benchmem
//
// The province is Đắk Nông's size: 8 districts × 9 communes × 10 teams =
// 801 units, three started periods, 7 indicators (2,403 JSON results,
// as many CSV rows). BenchmarkNational* is 40× that (32,521 units).

func benchExport(b *testing.B, r *results.Results) {
	var js, cs, xs counter
	if err := errors.Join(WriteJSON(&js, r), WriteCSV(&cs, r), WriteXLSX(&xs, r)); err != nil {
		b.Fatal(err)
	}
	b.Run("json", func(b *testing.B) {
		b.SetBytes(int64(js))
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteJSON(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("csv", func(b *testing.B) {
		b.SetBytes(int64(cs))
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteCSV(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("xlsx", func(b *testing.B) {
		b.SetBytes(int64(xs))
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteXLSX(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkExport: a province the size of Đắk Nông.
func BenchmarkExport(b *testing.B) { benchExport(b, synthetic(b, 8, 9, 10)) }

// BenchmarkNationalExport: 40 times Đắk Nông (320 districts).
func BenchmarkNationalExport(b *testing.B) { benchExport(b, synthetic(b, 320, 9, 10)) }

// BenchmarkSiteExport times both writers on the results of a real site
// folder, at its asOf; skipped unless EXPORT_SITE names one:
//
//	EXPORT_SITE=/tmp/natl go test ./generator/export -run '^$' -bench SiteExport -benchtime 1x -benchmem
func BenchmarkSiteExport(b *testing.B) {
	src := os.Getenv("EXPORT_SITE")
	if src == "" {
		b.Skip("EXPORT_SITE is not set")
	}
	fsys := os.DirFS(src)
	site, l := config.Load(fsys)
	if err := listErr(l); site == nil || err != nil {
		b.Fatalf("site.toml: %v", err)
	}
	set, l := data.Load(fsys, site)
	if err := listErr(l); err != nil {
		b.Fatalf("data/: %v", err)
	}
	benchExport(b, results.Compute(site, set, site.AsOf))
}

// listErr is l's error, nil for a nil or empty list.
func listErr(l *diag.List) error {
	if l == nil {
		return nil
	}
	return l.Err()
}

// counter is an io.Writer that only counts bytes.
type counter int64

func (c *counter) Write(p []byte) (int, error) {
	*c += counter(len(p))
	return len(p), nil
}
