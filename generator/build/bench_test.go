package build

import (
	"testing"

	"phongtrao/generator/results"
)

// The demo site at the repository root; go test runs in generator/build.
const demoSource = "../.."

// BenchmarkDemoLoad measures reading and validating the demo's site.toml,
// data/ and content/.
func BenchmarkDemoLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(Options{Source: demoSource}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDemoCompute measures computing every result of the demo (three
// periods, every unit) once it is loaded.
func BenchmarkDemoCompute(b *testing.B) {
	p, err := Load(Options{Source: demoSource})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		results.Compute(p.Site, p.Data, p.AsOf)
	}
}
