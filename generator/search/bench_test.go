package search

import "testing"

// BenchmarkBuildLarge measures Build on about 50,000 docs (30 synthetic
// provinces: 39,960 units, and 10,000 stories), where the index and the
// collation order dominate and per-word costs show.
func BenchmarkBuildLarge(b *testing.B) {
	docs := synthetic(42000, 10000)
	b.ReportAllocs()
	if start := processCPU(); start != 0 {
		defer func() { b.ReportMetric(float64(processCPU()-start)/float64(b.N), "cpu-ns/op") }()
	}
	for b.Loop() {
		if _, err := Build(docs); err != nil {
			b.Fatal(err)
		}
	}
}
