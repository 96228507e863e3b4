package build

import (
	"testing"

	"phongtrao/generator/results"
)

// TestLayoutsParsedOnce: the layouts Load parses are the ones the pages
// render with, not parsed a second time: once rendered, the project's
// parsed sets have been handed out (Templates refuses them again).
func TestLayoutsParsedOnce(t *testing.T) {
	dir := fixture(t)
	p, err := Load(Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	if p.Layouts == nil {
		t.Fatal("Load parsed no layouts")
	}
	d := &discard{seen: map[string]bool{}}
	if err := Render(p, results.Compute(p.Site, p.Data, p.AsOf, results.FromData(p.Data)...), d); err != nil {
		t.Fatal(err)
	}
	if _, ok := p.Layouts.Templates(nil, nil); ok {
		t.Error("rendering parsed the layouts again instead of using the project's")
	}
	// A second render (the live preview's, after a layout changed) parses
	// them afresh and writes the same files.
	d2 := &discard{seen: map[string]bool{}}
	if err := Render(p, results.Compute(p.Site, p.Data, p.AsOf, results.FromData(p.Data)...), d2); err != nil {
		t.Fatal(err)
	}
	if len(d2.seen) != len(d.seen) || len(d.seen) == 0 {
		t.Errorf("second render wrote %d files, first %d", len(d2.seen), len(d.seen))
	}
}
