package main

import (
	"os"
	"path/filepath"
	"testing"

	"phongtrao/generator/build"
	"phongtrao/generator/content"
	"phongtrao/generator/fixture"
)

// demoCriteria is the demo's criteria file; go test runs in bench/sitegen.
const demoCriteria = "../../data/criteria.toml"

func generate(t *testing.T, sc fixture.Scale) (string, fixture.Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "site")
	st, err := Generate(sc, 1, demoCriteria, dir)
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// TestProvinceSiteLoads builds nothing but runs the generator's own loader
// (everything `check` validates, privacy checks included) over a generated
// province site and compares the counts with the scale.
func TestProvinceSiteLoads(t *testing.T) {
	dir, st := generate(t, fixture.Province)
	// 1 province + 8 districts + 71 communes + 713 teams = 793 units; 13
	// monthly files (2024-08 … 2025-08) of 713 rows = 9,269 rows; the 5,400
	// deeds include one per story.
	want := fixture.Stats{Units: 793, Teams: 713, ReportRows: 9269, Deeds: 5400, Stories: 30}
	if st != want {
		t.Fatalf("stats = %+v, want %+v", st, want)
	}
	p, err := build.Load(build.Options{Source: dir})
	if err != nil {
		t.Fatalf("generated site does not load:\n%v", err)
	}
	stories := 0
	for _, pg := range p.Pages {
		if pg.Section == content.Stories {
			stories++
		}
	}
	if len(p.Data.Units.All) != 793 || len(p.Data.Reports) != 9269 || len(p.Data.Deeds) != 5400 || stories != 30 {
		t.Errorf("loaded %d units, %d rows, %d deeds, %d stories", len(p.Data.Units.All), len(p.Data.Reports), len(p.Data.Deeds), stories)
	}
	if p.AsOf.String() != "2025-08-19" {
		t.Errorf("asOf = %s, want the site.toml's 2025-08-19", p.AsOf)
	}
}

// TestRefusesForeignFolder: a non-empty folder sitegen did not write is
// left alone.
func TestRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "notes.txt")
	os.WriteFile(keep, []byte("mine"), 0o644)
	if _, err := Generate(fixture.Province, 1, demoCriteria, dir); err == nil {
		t.Fatal("Generate wrote into a foreign folder")
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("foreign file gone: %v", err)
	}
}
