package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"phongtrao/generator/build"
	"phongtrao/generator/content"
)

// demoCriteria is the demo's criteria file; go test runs in bench/sitegen.
const demoCriteria = "../../data/criteria.toml"

func generate(t *testing.T, sc Scale) (string, Stats) {
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
	sc := scales["province"]
	dir, st := generate(t, sc)
	// 1 province + 8 districts + 71 communes + 713 teams = 793 units; 13
	// monthly files (2024-08 … 2025-08) of 713 rows = 9,269 rows; the 5,400
	// deeds include one per story.
	want := Stats{Units: 793, Teams: 713, ReportRows: 9269, Deeds: 5400, Stories: 30}
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

// TestDeterministic: the same scale and seed give byte-identical files.
func TestDeterministic(t *testing.T) {
	a, _ := generate(t, scales["province"])
	b, _ := generate(t, scales["province"])
	files := 0
	err := filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		x, _ := os.ReadFile(path)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", rel)
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// marker, site.toml, units, criteria, deeds, 13 report files, 30 stories.
	if files != 48 {
		t.Errorf("%d files, want 48", files)
	}
}

// TestStoryShape checks what the brief asks of each story body: about 300
// words, a heading and a list.
func TestStoryShape(t *testing.T) {
	dir, _ := generate(t, scales["province"])
	paths, _ := filepath.Glob(filepath.Join(dir, "content", "stories", "*.md"))
	if len(paths) != 30 {
		t.Fatalf("%d stories, want 30", len(paths))
	}
	for _, path := range paths {
		b, _ := os.ReadFile(path)
		parts := strings.SplitN(string(b), "+++\n", 3)
		if len(parts) != 3 || parts[0] != "" {
			t.Fatalf("%s: no +++ front matter", path)
		}
		body := parts[2]
		if n := len(strings.Fields(body)); n < 250 || n > 400 {
			t.Errorf("%s: %d words, want about 300", filepath.Base(path), n)
		}
		if !strings.Contains(body, "\n## ") || !strings.Contains(body, "\n- ") {
			t.Errorf("%s: no heading or no list", filepath.Base(path))
		}
		if strings.Contains(body, "{") {
			t.Errorf("%s: unfilled placeholder", filepath.Base(path))
		}
	}
}

// TestNationalTree checks the national unit tree without writing it.
func TestNationalTree(t *testing.T) {
	tr := makeTree(scales["national"], newGen(1, streamUnits))
	// 1 country + 34 provinces + 3,321 communes + 82,200 teams.
	if len(tr.All) != 85556 || len(tr.Teams) != 82200 {
		t.Fatalf("%d units, %d teams", len(tr.All), len(tr.Teams))
	}
	idRE := regexp.MustCompile(`^[a-z0-9-]+$`)
	seen := map[string]bool{}
	depth := map[int]int{}
	for _, u := range tr.All {
		if !idRE.MatchString(u.ID) || seen[u.ID] {
			t.Fatalf("id %q is malformed or repeated", u.ID)
		}
		seen[u.ID] = true
		d := 0
		for p := u.Parent; p != nil; p = p.Parent {
			d++
		}
		depth[d]++
		if u.Leaf != (d == 3) {
			t.Fatalf("%s at depth %d, leaf %v", u.ID, d, u.Leaf)
		}
	}
	if depth[0] != 1 || depth[1] != 34 || depth[2] != 3321 {
		t.Errorf("units per depth = %v", depth)
	}
}

// TestSplit: parts add up and stay positive.
func TestSplit(t *testing.T) {
	g := newGen(7, 7)
	for _, c := range []struct{ total, n int }{{713, 71}, {82200, 3321}, {5, 5}, {10, 3}} {
		sum := 0
		for _, x := range g.split(c.total, c.n) {
			if x < 1 {
				t.Errorf("split(%d, %d) has a part %d", c.total, c.n, x)
			}
			sum += x
		}
		if sum != c.total {
			t.Errorf("split(%d, %d) sums to %d", c.total, c.n, sum)
		}
	}
}

// TestRefusesForeignFolder: a non-empty folder sitegen did not write is
// left alone.
func TestRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "notes.txt")
	os.WriteFile(keep, []byte("mine"), 0o644)
	if _, err := Generate(scales["province"], 1, demoCriteria, dir); err == nil {
		t.Fatal("Generate wrote into a foreign folder")
	}
	if _, err := os.Stat(keep); err != nil {
		t.Errorf("foreign file gone: %v", err)
	}
}

// TestLower: names as they read inside a sentence.
func TestLower(t *testing.T) {
	for in, want := range map[string]string{
		"Thôn Tân Lập": "thôn Tân Lập", "Tổ dân phố 3": "tổ dân phố 3", "Thành phố Hà Nội": "thành phố Hà Nội",
		"Huyện Đắk R'Lấp": "huyện Đắk R'Lấp", "Buôn Ea Pô": "buôn Ea Pô", "Việt Nam": "Việt Nam",
	} {
		if got := lower(in); got != want {
			t.Errorf("lower(%q) = %q, want %q", in, got, want)
		}
	}
}
