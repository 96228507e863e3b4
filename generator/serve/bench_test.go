package serve

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// demoSite is the demo at the repository's root.
const demoSite = "../.."

// BenchmarkReload measures, on a copy of the demo, the time from saving a
// file to the reload event reaching an open event stream: debounce, the
// stages the change reruns and the render, as an officer waits for it.
// Targets: a story edit ≤ 150 ms, a deeds.csv edit ≤ 400 ms. ms-median
// and ms-max are save-to-event times; ms-rebuild-median is the part spent
// in the pipeline and rendering the pages open tabs show (the rest is the
// debounce and the file system's events); ms-cpu-median is the CPU time
// the whole process used from save to event, which, unlike the others,
// does not grow when other programs share the machine.
//
//	go test ./generator/serve -run '^$' -bench Reload -benchtime 20x
func BenchmarkReload(b *testing.B) {
	b.Run("story", func(b *testing.B) {
		benchEdit(b, firstStory(b), "\n", "\n\n")
	})
	b.Run("deeds.csv", func(b *testing.B) {
		benchEdit(b, "data/deeds.csv", ",viec-tot,", ",viec-tot, ")
	})
}

// benchEdit saves rel alternately with and without one replacement and
// waits for each save's reload event.
func benchEdit(b *testing.B, rel, old, new string) {
	if _, err := os.Stat(filepath.Join(demoSite, "site.toml")); err != nil {
		b.Skip("no demo site at the repository root")
	}
	f := startFixture(b, demoSite, 0)
	orig, err := os.ReadFile(filepath.Join(f.dir, filepath.FromSlash(rel)))
	if err != nil {
		b.Fatal(err)
	}
	if !strings.Contains(string(orig), old) {
		b.Fatalf("%s lacks %q", rel, old)
	}
	edited := strings.Replace(string(orig), old, new, 1)
	var took, work, cpu []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		text := edited
		if i%2 == 1 {
			text = string(orig)
		}
		g := f.gen()
		start, cpu0 := time.Now(), processCPU()
		if err := os.WriteFile(filepath.Join(f.dir, filepath.FromSlash(rel)), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
		f.waitRebuild(g)
		took = append(took, time.Since(start))
		cpu = append(cpu, processCPU()-cpu0)
		f.s.mu.RLock()
		work = append(work, f.s.took)
		f.s.mu.RUnlock()
		if f.s.current().fail != nil {
			b.Fatalf("the demo failed to rebuild:\n%s", f.s.current().fail.text)
		}
	}
	b.StopTimer()
	b.ReportMetric(median(took), "ms-median")
	b.ReportMetric(median(work), "ms-rebuild-median")
	b.ReportMetric(median(cpu), "ms-cpu-median")
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(float64(took[len(took)-1].Microseconds())/1000, "ms-max")
}

// median returns the median of ds in milliseconds.
func median(ds []time.Duration) float64 {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return float64(s[len(s)/2].Microseconds()) / 1000
}

// firstStory is the demo's first story file, by name.
func firstStory(b *testing.B) string {
	names, _ := filepath.Glob(filepath.Join(demoSite, "content", "stories", "*.md"))
	if len(names) == 0 {
		b.Skip("the demo has no story")
	}
	sort.Strings(names)
	return "content/stories/" + filepath.Base(names[0])
}
