package build

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"phongtrao/generator/publish"
)

// copyTree copies the folder src into dst.
func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if rel == "public" || strings.HasPrefix(rel, ".git") {
			return filepath.SkipDir
		}
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fixture copies testdata/site into a temporary folder and returns it.
func fixture(t *testing.T) string {
	dir := t.TempDir()
	copyTree(t, "testdata/site", dir)
	return dir
}

type exported struct {
	AsOf    string `json:"asOf"`
	Periods []struct {
		ID, Status string
	} `json:"periods"`
	Results []struct {
		Period string  `json:"period"`
		Unit   string  `json:"unit"`
		Score  float64 `json:"score"`
		Rank   struct{ Siblings, Level int }
	} `json:"results"`
}

func readExport(t *testing.T, out string) exported {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, ExportJSON))
	if err != nil {
		t.Fatal(err)
	}
	var e exported
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestBuildFixture(t *testing.T) {
	src := fixture(t)
	s, err := Build(Options{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	if s.Out != filepath.Join(src, "public") {
		t.Errorf("default output %s, want public/ under the source", s.Out)
	}
	e := readExport(t, s.Out)
	// asOf 2025-03-15: dot-1 (ends 2025-02-03) is done, dot-2 and all are running.
	if e.AsOf != "2025-03-15" || len(e.Periods) != 3 || e.Periods[0].Status != "done" || e.Periods[1].Status != "running" || e.Periods[2].ID != "all" {
		t.Fatalf("periods: %+v", e)
	}
	// 3 started periods × 4 units.
	if len(e.Results) != 12 {
		t.Fatalf("results: %d entries, want 12", len(e.Results))
	}
	got := map[string]float64{}
	for _, r := range e.Results {
		got[r.Period+"/"+r.Unit] = r.Score
	}
	// dot-1: t1 has 8/10 tips through the force (≥ 0.8: 4.1 met) but a deed in
	// only 1 of the 7 counted months Aug 2024–Feb 2025 (4.7 not met): score 1.
	// t2 has 7/10 (not met) and no deed: 0. Commune x: mean (1+0)/2 = 0.5.
	want := map[string]float64{"dot-1/t1": 1, "dot-1/t2": 0, "dot-1/x": 0.5, "dot-1/p": 0.5}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("score %s = %v, want %v", k, got[k], v)
		}
	}
}

func TestBuildErrorLeavesOutputUntouched(t *testing.T) {
	src := fixture(t)
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Build(Options{Source: src, Out: out}); err != nil {
		t.Fatal(err)
	}
	marker := filepath.Join(out, "marker.txt")
	if err := os.WriteFile(marker, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := listFiles(t, out)
	units := filepath.Join(src, "data/units.csv")
	b, _ := os.ReadFile(units)
	os.WriteFile(units, append(b, "t1,Thôn trùng,Thôn,x\n"...), 0o644)

	_, err := Build(Options{Source: src, Out: out})
	if err == nil || !strings.Contains(err.Error(), `data/units.csv:6:1: id "t1" bị trùng với dòng 4`) {
		t.Fatalf("want the duplicate id reported at data/units.csv:6:1, got %v", err)
	}
	if after := listFiles(t, out); strings.Join(after, "\n") != strings.Join(before, "\n") {
		t.Errorf("output changed after a failed build:\nbefore %v\nafter  %v", before, after)
	}
	if b, _ := os.ReadFile(marker); string(b) != "kept" {
		t.Error("marker file lost")
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if e.Name() != "out" && !strings.HasPrefix(e.Name(), ".out.list-") {
			t.Errorf("a failed build left %s beside the output", e.Name())
		}
	}
}

func listFiles(t *testing.T, root string) []string {
	var out []string
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			rel, _ := filepath.Rel(root, p)
			out = append(out, rel)
		}
		return nil
	})
	return out
}

func TestDeedStoryMustExist(t *testing.T) {
	src := fixture(t)
	os.Remove(filepath.Join(src, "content/stories/tra-vi.md"))
	_, err := Load(Options{Source: src})
	if err == nil || !strings.Contains(err.Error(), `data/deeds.csv:2: cột story: không có bài viết "tra-vi"`) {
		t.Fatalf("got %v", err)
	}
}

func TestBrokenStoryIsNotAlsoMissing(t *testing.T) {
	src := fixture(t)
	os.WriteFile(filepath.Join(src, "content/stories/tra-vi.md"), []byte("+++\ntitle = \"x\"\n"), 0o644)
	_, err := Load(Options{Source: src})
	// Only the story's own error: the deed that links it must not add "no such story".
	if err == nil || !strings.Contains(err.Error(), "content/stories/tra-vi.md:1") || strings.Contains(err.Error(), "cột story") {
		t.Fatalf("got %v", err)
	}
}

func TestProgressLogsWhileWriting(t *testing.T) {
	var mu sync.Mutex
	var lines []string
	opts := Options{Log: func(f string, a ...any) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, fmt.Sprintf(f, a...))
	}}
	c := &countingWriter{w: publish.NewMemory()}
	stop := opts.progress(c, 5*time.Millisecond)
	c.WriteFile("a.html", nil)
	count := func() int { mu.Lock(); defer mu.Unlock(); return len(lines) }
	for deadline := time.Now().Add(2 * time.Second); count() == 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	stop()
	mu.Lock()
	n := len(lines)
	mu.Unlock()
	time.Sleep(20 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if n == 0 || lines[0] != "đang ghi: 1 tệp…" || len(lines) != n {
		t.Errorf("progress lines %q (%d after stop, %d now)", lines, n, len(lines))
	}
}

func TestCheckFindsTemplateErrorsAndWritesNothing(t *testing.T) {
	src := fixture(t)
	if _, n, err := Check(Options{Source: src}); err != nil || n < 10 {
		t.Fatalf("a valid site: %d files, %v", n, err)
	}
	os.MkdirAll(filepath.Join(src, "layouts"), 0o755)
	os.WriteFile(filepath.Join(src, "layouts/404.html"), []byte("{{define \"main\"}}\n{{.KhongCo}}\n{{end}}\n"), 0o644)
	_, _, err := Check(Options{Source: src})
	// The 404 layout names a field pages do not have, on its line 2.
	if err == nil || !strings.Contains(err.Error(), "layouts/404.html:2") {
		t.Fatalf("want the template error at layouts/404.html:2, got %v", err)
	}
	if entries, _ := os.ReadDir(src); len(entries) != 4 { // site.toml, data, content, layouts
		t.Errorf("check wrote into the source: %v", entries)
	}
}

// Rebuilding into the same output gives, byte for byte, the output a
// fresh folder gets, even when the results changed in between: the third
// build replaces the first two with an earlier reference date, at which
// phase 2 has not started (its bulletins and boards are gone), and leaves
// nothing beside the output once the previous one is removed.
func TestRebuildEqualsFreshBuild(t *testing.T) {
	src := fixture(t)
	out := filepath.Join(t.TempDir(), "public")
	for _, asOf := range []string{"2025-03-15", "2025-02-20", "2025-01-10"} {
		if _, err := Build(Options{Source: src, Out: out, AsOf: asOf}); err != nil {
			t.Fatal(err)
		}
	}
	fresh := filepath.Join(t.TempDir(), "fresh")
	if _, err := Build(Options{Source: src, Out: fresh, AsOf: "2025-01-10"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "ban-tin/dot-2/index.html")); err == nil {
		t.Error("ban-tin/dot-2/ left from the first build")
	}
	got, want := readTree(t, out), readTree(t, fresh)
	if len(got) != len(want) {
		t.Errorf("rebuilt: %d files, fresh: %d", len(got), len(want))
	}
	for rel, b := range want {
		if got[rel] != b {
			t.Errorf("%s differs from a fresh build", rel)
		}
	}
	for rel := range got {
		if _, ok := want[rel]; !ok {
			t.Errorf("%s: left from an earlier build", rel)
		}
	}
	if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
		t.Errorf("beside the output: %v, want only public", entries)
	}
}

// readTree maps every file under root to its content.
func readTree(t *testing.T, root string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, rel := range listFiles(t, root) {
		b, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			t.Fatal(err)
		}
		m[rel] = string(b)
	}
	return m
}

// A build from a source folder that does not exist reports it and makes
// no folder (the default output would be inside it).
func TestBuildMissingSourceMakesNothing(t *testing.T) {
	src := filepath.Join(t.TempDir(), "khong-co")
	if _, err := Build(Options{Source: src}); err == nil {
		t.Fatal("no error for a missing source folder")
	}
	if _, err := os.Stat(src); !os.IsNotExist(err) {
		t.Errorf("the missing source folder was created: %v", err)
	}
}

// TestTightenGC checks that rendering runs under RenderGOGC and puts the
// previous target back, unless GOGC is set in the environment, which wins.
func TestTightenGC(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	if v, set := os.LookupEnv("GOGC"); set {
		defer os.Setenv("GOGC", v)
		os.Unsetenv("GOGC")
	}
	restore := TightenGC()
	if got := debug.SetGCPercent(RenderGOGC); got != RenderGOGC {
		t.Errorf("while rendering, GOGC = %d, want %d", got, RenderGOGC)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("after rendering, GOGC = %d, want 100 back", got)
	}
	t.Setenv("GOGC", "100")
	restore = TightenGC()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC=100 in the environment, GOGC = %d while rendering, want 100", got)
	}
	restore()
}
