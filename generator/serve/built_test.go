package serve

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"phongtrao/generator/build"
)

func TestFileName(t *testing.T) {
	for rel, want := range map[string]string{
		"":                 "index.html",
		"/":                "index.html",
		"don-vi/x/":        "don-vi/x/index.html",
		"/don-vi/x/":       "don-vi/x/index.html",
		"404.html":         "404.html",
		"css/site.1a.css":  "css/site.1a.css",
		"don-vi/x":         "don-vi/x", // a folder without its slash is not its page
		"tim-kiem/a.json":  "tim-kiem/a.json",
		"du-lieu/ket-qua/": "du-lieu/ket-qua/index.html",
	} {
		if got := fileName(rel); got != want {
			t.Errorf("fileName(%q) = %q, want %q", rel, got, want)
		}
	}
}

// TestBuiltRendersEachFileOnce: many requests for one page at once render
// it once, and a folder and its index.html are the same file.
func TestBuiltRendersEachFileOnce(t *testing.T) {
	var calls atomic.Int64
	b := newBuilt(func(rel string) ([]byte, bool, error) {
		calls.Add(1)
		return []byte("<p>" + rel + "</p>"), rel != "khong-co.html", nil
	}, nil, 1)
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rel := "don-vi/x/"
			if i%2 == 1 {
				rel = "don-vi/x/index.html"
			}
			if got, ok, err := b.get(rel); string(got) != "<p>don-vi/x/index.html</p>" || !ok || err != nil {
				t.Errorf("get(%s) = %q, %v, %v", rel, got, ok, err)
			}
		}()
	}
	wg.Wait()
	// A file the site does not have is remembered as missing too.
	b.get("khong-co.html")
	if _, ok, _ := b.get("khong-co.html"); ok {
		t.Error("a missing file was found")
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("%d renders, want 2 (the page once, the missing file once)", n)
	}
}

// TestRenderPanicIsAnError: a bug in the site's code that panics while
// a page renders is that page's error, every time it is asked for.
func TestRenderPanicIsAnError(t *testing.T) {
	b := newBuilt(func(rel string) ([]byte, bool, error) { panic("hỏng") }, nil, 1)
	for range 2 {
		if _, ok, err := b.get("a/"); !ok || err == nil || !strings.Contains(err.Error(), "lỗi nội bộ của trình dựng trang khi vẽ a/index.html: hỏng") {
			t.Errorf("get after a panic: %v, %v", ok, err)
		}
	}
}

// TestWarmStopsAtTheFirstErrorOrWhenAsked renders a site of five files,
// the fourth of which fails.
func TestWarmStopsAtTheFirstErrorOrWhenAsked(t *testing.T) {
	var rendered []string
	boom := errors.New("hỏng")
	b := newBuilt(func(rel string) ([]byte, bool, error) {
		rendered = append(rendered, rel)
		if rel == "d.html" {
			return nil, true, boom
		}
		return []byte(rel), true, nil
	}, func() ([]string, error) { return []string{"a.html", "b.html", "c.html", "d.html", "e.html"}, nil }, 5)
	b.get("b.html")
	if rel, err := b.warm(make(chan struct{})); rel != "d.html" || err != boom {
		t.Errorf("warm returned %s, %v; want the fourth file and its error", rel, err)
	}
	// b.html was rendered before the warm-up, which renders it no more,
	// and stops at d.html: e.html is never rendered.
	if got := strings.Join(rendered, " "); got != "b.html a.html c.html d.html" {
		t.Errorf("rendered %s", got)
	}
	stopped := make(chan struct{})
	close(stopped)
	rendered = nil
	if _, err := newBuilt(b.render, b.list, 5).warm(stopped); err != nil || len(rendered) != 0 {
		t.Errorf("a stopped warm-up rendered %v (%v)", rendered, err)
	}
}

// TestExportIsRenderedOnceWhenAskedFor: a data change computes results
// whose export is rendered only when a file of it is requested, then
// shared by the builds of later content edits.
func TestExportIsRenderedOnceWhenAskedFor(t *testing.T) {
	p := newPipeline(build.Options{Source: fixtureSite})
	b, _, err := p.run(stageAll)
	if err != nil {
		t.Fatal(err)
	}
	exp := p.export
	if exp.files != nil {
		t.Fatal("the export was rendered before anyone asked for it")
	}
	paths, err := b.paths()
	if err != nil || !slices.Contains(paths, build.ExportJSON) || !slices.Contains(paths, build.ExportCSV) || !slices.IsSorted(paths) {
		t.Fatalf("paths lack the export or are not sorted (%v): %v", err, paths)
	}
	if exp.files != nil {
		t.Error("listing the files rendered the export")
	}
	js, ok, err := b.get(build.ExportJSON)
	if !ok || err != nil || !strings.Contains(string(js), pooledBefore) {
		t.Fatalf("export: %v, %v, %.200s", ok, err, js)
	}
	rendered := exp.files
	b2, _, err := p.run(stageContent)
	if err != nil {
		t.Fatal(err)
	}
	if p.export != exp {
		t.Error("a content change computed the export again")
	}
	if js2, _, _ := b2.get(build.ExportJSON); exp.files != rendered || string(js2) != string(js) {
		t.Error("the next build rendered the export again")
	}
}

// TestPlanBuiltRefusesAStaticFileOverTheExport: build would write
// du-lieu/ket-qua.csv twice, so the preview reports it when listing.
func TestPlanBuiltRefusesAStaticFileOverTheExport(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, fixtureSite, dir)
	f := &fixture{t: t, dir: dir}
	f.write("static/du-lieu/ket-qua.csv", "a,b")
	b, _, err := newPipeline(build.Options{Source: dir}).run(stageAll)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.paths(); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("%q được ghi hai lần", build.ExportCSV)) {
		t.Errorf("paths: %v; want %s refused as written twice", err, build.ExportCSV)
	}
}
