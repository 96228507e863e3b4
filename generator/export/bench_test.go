package export

import (
	"io"
	"testing"

	"phongtrao/generator/results"
)

// The benchmarks time the first encoder (legacy_test.go, building the
// file in memory) against the streaming writers (into io.Discard) on the
// same results, so one run compares them:
//
//	go test ./generator/export -run '^$' -bench . -benchmem
//
// The province is Đắk Nông's size: 8 districts × 9 communes × 10 teams =
// 801 units, three started periods, 7 indicators (2,403 JSON results,
// 16,821 CSV rows). BenchmarkNational* is 40× that (32,521 units).

func benchExport(b *testing.B, r *results.Results) {
	js, _ := legacyJSON(r)
	cs := legacyCSV(r)
	b.Run("json/legacy", func(b *testing.B) {
		b.SetBytes(int64(len(js)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := legacyJSON(r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json/stream", func(b *testing.B) {
		b.SetBytes(int64(len(js)))
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteJSON(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("csv/legacy", func(b *testing.B) {
		b.SetBytes(int64(len(cs)))
		b.ReportAllocs()
		for b.Loop() {
			legacyCSV(r)
		}
	})
	b.Run("csv/stream", func(b *testing.B) {
		b.SetBytes(int64(len(cs)))
		b.ReportAllocs()
		for b.Loop() {
			if err := WriteCSV(io.Discard, r); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkExport: a province the size of Đắk Nông.
func BenchmarkExport(b *testing.B) { benchExport(b, synthetic(b, 8, 9, 10)) }

// BenchmarkNationalExport: 40 times Đắk Nông (320 districts).
func BenchmarkNationalExport(b *testing.B) { benchExport(b, synthetic(b, 320, 9, 10)) }
