package search

import "testing"

// BenchmarkBuildLarge measures Build on about 50,000 docs (30 synthetic
// provinces: 39,960 units, and 10,000 stories), where the index and the
// collation order dominate and per-word costs show.
func BenchmarkBuildLarge(b *testing.B) {
	docs := synthetic(42000, 10000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(docs); err != nil {
			b.Fatal(err)
		}
	}
}
