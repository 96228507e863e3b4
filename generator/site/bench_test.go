package site

import (
	"testing"

	"phongtrao/generator/publish"
)

// BenchmarkBuildDemo builds the repository's demo (about 800 units, 30
// stories, 4,500 deeds) into memory.
func BenchmarkBuildDemo(b *testing.B) {
	in := loadSite(b, "../..")
	b.ResetTimer()
	for b.Loop() {
		if err := Build(in, publish.NewMemory(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
