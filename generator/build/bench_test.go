package build

import (
	"io"
	"testing"

	"phongtrao/generator/export"
	"phongtrao/generator/publish"
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

// BenchmarkDemoWorkbooks measures writing the demo's Excel files into
// memory: du-lieu/ket-qua.xlsx (BenchmarkDemoWorkbooks/results) and the
// fill-in forms of du-lieu/mau/ (…/forms, on every processor as a build
// writes them). Both run while the pages render.
func BenchmarkDemoWorkbooks(b *testing.B) {
	p, err := Load(Options{Source: demoSource})
	if err != nil {
		b.Fatal(err)
	}
	res := results.Compute(p.Site, p.Data, p.AsOf, results.FromData(p.Data)...)
	b.Run("results", func(b *testing.B) {
		for b.Loop() {
			if err := export.WriteXLSX(io.Discard, res); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("forms", func(b *testing.B) {
		for b.Loop() {
			if err := RenderForms(res, publish.NewMemory()); err != nil {
				b.Fatal(err)
			}
		}
	})
}
