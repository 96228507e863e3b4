package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// brokenList is a story-list layout that fails on every list page (there
// .Article is nil) and nowhere else: the rebuild itself succeeds, and
// only rendering /bai-viet/ or /tin-tuc/ meets the error.
const brokenList = "{{define \"main\"}}<h1>{{.Article.Title}}</h1>{{end}}\n"

// TestLateRenderErrorShowsOverTheLastGoodSite: a page that fails to
// render after the reload event (asked for by a tab, or met by the
// warm-up) puts the errors over the site served before, with one more
// reload event, as a failed rebuild does.
func TestLateRenderErrorShowsOverTheLastGoodSite(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	// The good news list, as built (not asked for: a page served is
	// rendered before the reload event, which TestOpenPagesRenderBeforeTheReload covers).
	good, _ := fullBuild(t, f.dir).Get("tin-tuc/")
	g := f.gen()
	f.write("layouts/list.html", brokenList)
	g = f.waitRebuild(g)
	// Asked for at once (before the warm-up starts), or after the warm-up
	// met it: either way the page comes from the last good site.
	status, body, _ := f.get("/bai-viet/")
	if status != 200 || !strings.Contains(body, bannerID) || !strings.Contains(body, "layouts/list.html:1:") {
		t.Fatalf("status %d, banner with layouts/list.html:1 missing:\n%s", status, body)
	}
	if _, body, _ := f.get("/tin-tuc/"); stripInjected(body) != string(good) {
		t.Errorf("the news list is not the last good one under the banner:\n%s", body)
	}
	// The failure came with its own reload event.
	f.waitRebuild(g)
	if !strings.Contains(f.log.String(), "LỖI khi vẽ trang (vẫn hiện bản dựng tốt gần nhất):\nlayouts/list.html:1:") {
		t.Errorf("log lacks the render error:\n%s", f.log)
	}
	g = f.gen()
	if err := os.Remove(filepath.Join(f.dir, "layouts", "list.html")); err != nil {
		t.Fatal(err)
	}
	f.waitRebuild(g)
	if _, body, _ := f.get("/bai-viet/"); strings.Contains(body, bannerID) {
		t.Errorf("the banner stays after the fix")
	}
	f.assertMatchesBuild()
}

// TestOpenPagesRenderBeforeTheReload: a page just served is rendered by
// the next rebuild before its event, so an error in it fails the rebuild
// itself and the tab never reloads into a broken page.
func TestOpenPagesRenderBeforeTheReload(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	_, good, _ := f.get("/bai-viet/")
	g := f.gen()
	f.write("layouts/list.html", brokenList)
	g = f.waitRebuild(g)
	if !strings.Contains(f.log.String(), "đổi layouts/list.html: "+stageRender.String()+", LỖI sau ") {
		t.Errorf("the rebuild did not fail on the open page:\n%s", f.log)
	}
	status, body, _ := f.get("/bai-viet/")
	if status != 200 || !strings.Contains(body, "layouts/list.html:1:") || stripInjected(body) != stripInjected(good) {
		t.Errorf("status %d: want the last good page under the banner:\n%s", status, body)
	}
	if f.gen() != g {
		t.Errorf("rebuild %d after the failed rebuild %d: the failure must come once", f.gen(), g)
	}
}

// TestBrokenFromTheStartPageError: with no good site before it, a page
// that fails to render is answered 500 with the error; the others render.
func TestBrokenFromTheStartPageError(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, fixtureSite, dir)
	f := &fixture{t: t, dir: dir}
	f.write("layouts/list.html", brokenList)
	f = startIn(t, dir, 0)
	status, body, _ := f.get("/bai-viet/")
	if status != 500 || !strings.Contains(body, "layouts/list.html:1:") {
		t.Errorf("status %d, want 500 with the error:\n%s", status, body)
	}
	if status, body, _ := f.get("/"); status != 200 || !strings.Contains(body, bannerID) {
		t.Errorf("home: status %d, want 200 with the banner", status)
	}
}

// TestErrorFoundByTheWarmUpStaysShown: once the warm-up met a failing
// page nobody asked for, the next rebuilds render that page before their
// event: an unrelated edit while the layout is still broken fails, so no
// tab reloads into a site without the banner.
func TestErrorFoundByTheWarmUpStaysShown(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	g := f.gen()
	f.write("layouts/list.html", brokenList)
	g = f.waitRebuild(g)
	// No request: the warm-up meets the error and sends its own event.
	g = f.waitRebuild(g)
	if !strings.Contains(f.log.String(), "LỖI khi vẽ trang") {
		t.Fatalf("the warm-up did not report the error:\n%s", f.log)
	}
	f.edit("content/stories/a.md", "Anh A", "Anh Nguyễn Văn A")
	f.waitRebuild(g)
	if !strings.Contains(f.log.String(), "đổi content/stories/a.md: "+stageContent.String()+", LỖI sau ") {
		t.Errorf("the rebuild after the render error did not fail:\n%s", f.log)
	}
	if _, body, _ := f.get("/"); !strings.Contains(body, "layouts/list.html:1:") {
		t.Errorf("the banner went away while the layout is broken")
	}
}

// TestWarmUpRendersEverything: after a rebuild, the warm-up renders every
// file of the site (so requests are answered from memory) and then lets
// the site before it go.
func TestWarmUpRendersEverything(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	g := f.gen()
	f.edit("content/stories/a.md", "Anh A", "Anh Nguyễn Văn A")
	f.waitRebuild(g)
	deadline := time.Now().Add(waitFor)
	for {
		f.s.mu.RLock()
		before := f.s.before
		f.s.mu.RUnlock()
		if before == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the warm-up never finished")
		}
		time.Sleep(20 * time.Millisecond)
	}
	b := f.s.current().site
	paths, err := b.paths()
	if err != nil {
		t.Fatal(err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range paths {
		if c := b.files[p]; c == nil || !c.found {
			t.Errorf("%s was not rendered by the warm-up", p)
		}
	}
}
