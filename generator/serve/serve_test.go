package serve

import (
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

const fixtureSite = "testdata/site"

// injected matches what serving adds to a page: the banner and the script.
var injected = regexp.MustCompile(`(?s)<div id="` + bannerID + `"[^>]*>.*?</pre></div>|<script src="` + ScriptPath + `" data-gen="\d+"></script>`)

// stripInjected returns the page as built, without what serving added.
func stripInjected(body string) string { return injected.ReplaceAllString(body, "") }

// The fixture's pooled 4.1 ratio for the province in dot-1 is
// (8 + 7) / (10 + 10): t1 reports 8 of 10 tips via the force, t2 7 of 10.
const pooledBefore = `"4.1/tin-bao":{"numerator":15,"denominator":20`

func TestEditsAreServedAfterAReloadEvent(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	status, body, hdr := f.get("/du-lieu/ket-qua.json")
	if status != 200 || !strings.Contains(body, pooledBefore) {
		t.Fatalf("export: status %d, want 200 with %s", status, pooledBefore)
	}
	if ct := hdr.Get("Content-Type"); ct != "application/json" {
		t.Errorf("export served as %q", ct)
	}

	t.Run("story", func(t *testing.T) {
		g := f.gen()
		f.edit("content/stories/a.md", "Trả lại ví cho người đánh rơi", "Trả lại chiếc ví bị đánh rơi")
		f.waitRebuild(g)
		if f.building.Load() == 0 {
			t.Error("no building event came before the rebuild's event")
		}
		f.assertMatchesBuild()
		// Only content changed: the log says the data was not reloaded.
		if !strings.Contains(f.log.String(), "đổi content/stories/a.md: "+stageContent.String()) {
			t.Errorf("log does not show a content-only rebuild:\n%s", f.log)
		}
	})
	t.Run("report row", func(t *testing.T) {
		g := f.gen()
		// t2 now reports 9 of 10: the pool becomes (8 + 9) / 20 = 17/20.
		f.edit("data/reports/x.csv", "t2,2024-09,10,7", "t2,2024-09,10,9")
		f.waitRebuild(g)
		_, body, _ := f.get("/du-lieu/ket-qua.json")
		if strings.Contains(body, pooledBefore) || !strings.Contains(body, `"4.1/tin-bao":{"numerator":17,"denominator":20`) {
			t.Errorf("export after the edit lacks the pooled 17/20:\n%.600s", body)
		}
		f.assertMatchesBuild()
	})
	t.Run("static file", func(t *testing.T) {
		g := f.gen()
		f.edit("static/ghi-chu.txt", "ghi chú", "ghi chú đã sửa")
		f.waitRebuild(g)
		f.assertMatchesBuild()
		if !strings.Contains(f.log.String(), "đổi static/ghi-chu.txt: "+stageRender.String()) {
			t.Errorf("log does not show a render-only rebuild:\n%s", f.log)
		}
	})
	t.Run("template", func(t *testing.T) {
		g := f.gen()
		f.edit("layouts/404.html", "bản một", "bản hai")
		f.waitRebuild(g)
		f.assertMatchesBuild()
		if _, ok, _ := f.s.current().site.get("404.html"); !ok {
			t.Skip("build does not render layouts yet")
		}
		if status, body, _ := f.get("/khong-co/"); status != 404 || !strings.Contains(body, "mẫu thử: bản hai") {
			t.Errorf("404 page after the layout edit: status %d:\n%s", status, body)
		}
	})
	t.Run("home page gets the reload script", func(t *testing.T) {
		status, body, hdr := f.get("/")
		if status != 200 || !strings.Contains(body, `<script src="/__phongtrao/reload.js" data-gen="`) || hdr.Get("Content-Type") != "text/html; charset=utf-8" {
			t.Errorf("home: status %d, type %q, reload script tag present: %v", status, hdr.Get("Content-Type"), strings.Contains(body, ScriptPath))
		}
		status, js, hdr := f.get(ScriptPath)
		if status != 200 || !strings.Contains(js, `new EventSource("/__phongtrao/events")`) || hdr.Get("Content-Type") != "text/javascript; charset=utf-8" {
			t.Errorf("reload script: status %d, type %q:\n%s", status, hdr.Get("Content-Type"), js)
		}
	})
}

func TestBrokenEditKeepsLastGoodSiteAndShowsErrors(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	_, good, _ := f.get("/")
	g := f.gen()
	// A unit that does not exist: data/deeds.csv line 2, column unit.
	f.edit("data/deeds.csv", "2024-09-02,t1,", "2024-09-02,t9,")
	g = f.waitRebuild(g)
	status, body, _ := f.get("/")
	if status != 200 || !strings.Contains(body, bannerID) || !strings.Contains(body, "data/deeds.csv:2") {
		t.Fatalf("broken data: status %d, banner with data/deeds.csv:2 missing:\n%s", status, body)
	}
	// The page under the banner is still the last good one.
	if stripInjected(body) != stripInjected(good) {
		t.Errorf("the last good page is not kept under the banner")
	}
	// A content edit while data is broken must not hide the data error.
	f.edit("content/stories/a.md", "Anh A", "Anh Nguyễn Văn A")
	g = f.waitRebuild(g)
	if _, body, _ := f.get("/"); !strings.Contains(body, "data/deeds.csv:2") {
		t.Errorf("a content edit hid the data error")
	}
	f.edit("data/deeds.csv", "2024-09-02,t9,", "2024-09-02,t1,")
	f.waitRebuild(g)
	if _, body, _ := f.get("/"); strings.Contains(body, bannerID) {
		t.Errorf("the banner stays after the fix")
	}
	f.assertMatchesBuild()
}

func TestErrorsAreEscaped(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	g := f.gen()
	// A deed naming a story that does not exist is reported with the name
	// quoted; the name carries markup that must reach the page as text.
	f.edit("data/deeds.csv", "Nguyễn Văn A,a", `Nguyễn Văn A,<b>x</b>`)
	f.waitRebuild(g)
	_, body, _ := f.get("/")
	if !strings.Contains(body, bannerID) || strings.Contains(body, "<b>x</b>") {
		t.Errorf("banner missing or error text not escaped:\n%s", body)
	}
}

func TestAtomicSaveAndTemporaryFiles(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	story := filepath.Join(f.dir, "content", "stories", "a.md")
	good, _ := os.ReadFile(story)
	save := func(text string) {
		// What editors do: write a temporary file, then rename it over the
		// original; plus the noise of backups, swap and lock files.
		tmp := filepath.Join(f.dir, "content", "stories", ".a.md.tmp")
		for _, noise := range []string{"a.md~", ".a.md.swp", "4913", ".#a.md", "a.md___jb_tmp___", ".goutputstream-AB12"} {
			os.WriteFile(filepath.Join(f.dir, "content", "stories", noise), []byte("x"), 0o644)
		}
		// Neither a permission change nor the output or .git folders count.
		os.Chmod(filepath.Join(f.dir, "data", "deeds.csv"), 0o600)
		f.write("public/index.html", "cũ")
		f.write(".git/index", "x")
		if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, story); err != nil {
			t.Fatal(err)
		}
	}
	g := f.gen()
	save(strings.Replace(string(good), "+++\n", "+++\ntitle_typo = 1\n", 1))
	g = f.waitRebuild(g)
	if _, body, _ := f.get("/"); !strings.Contains(body, "content/stories/a.md:2") {
		t.Fatalf("the atomically saved error is not shown:\n%s", body)
	}
	save(string(good))
	f.waitRebuild(g)
	if _, body, _ := f.get("/"); strings.Contains(body, bannerID) {
		t.Errorf("the fix saved atomically did not clear the error")
	}
	// None of the noise may show in a log line: each rebuild names
	// content/stories/a.md alone.
	for _, line := range strings.Split(f.log.String(), "\n") {
		if strings.Contains(line, "đổi ") && !strings.Contains(line, "đổi content/stories/a.md: ") {
			t.Errorf("a temporary file triggered a rebuild: %s", line)
		}
	}
}

func TestNewDirectoryIsWatched(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	g := f.gen()
	// A new nested folder with a broken page in it: the error shows...
	f.write("content/news/2025/thang-3/tin.md", "+++\ntitle = \"Tin\"\n+++\n")
	g = f.waitRebuild(g)
	if _, body, _ := f.get("/"); !strings.Contains(body, "content/news/2025/thang-3/tin.md") {
		t.Fatalf("the page in the new folder was not read:\n%s", body)
	}
	// ... and fixing it, an event only a watch on the new folder sees,
	// clears it.
	f.write("content/news/2025/thang-3/tin.md", "+++\ntitle = \"Tin\"\ndate = 2025-03-01\n+++\nNội dung.\n")
	f.waitUntil("the fix inside the new folder seen", func() bool {
		_, body, _ := f.get("/")
		return !strings.Contains(body, bannerID)
	})
	f.assertMatchesBuild()
}

func TestStormIsOneRebuild(t *testing.T) {
	// A long debounce keeps the test deterministic on a busy machine: the
	// 200 writes below take far less than 400 ms between two of them.
	f := startFixture(t, fixtureSite, 400*time.Millisecond)
	g := f.gen()
	for i := range 200 {
		f.write(filepath.Join("content/anh", strings.Repeat("x", 1+i%7)+string(rune('a'+i%26))+".txt"), "ảnh")
	}
	if got := f.waitRebuild(g); got != g+1 {
		t.Fatalf("rebuild %d after the storm, want %d", got, g+1)
	}
	select {
	case extra := <-f.events:
		t.Errorf("a second rebuild (%d) followed the storm", extra)
	case <-time.After(800 * time.Millisecond):
	}
	if !strings.Contains(f.log.String(), "tệp khác") {
		t.Errorf("the rebuild's log line does not count the changed files:\n%s", f.log)
	}
}

func TestOverflowRebuildsEverything(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	g := f.gen()
	f.s.watch.fsw.Errors <- fsnotify.ErrEventOverflow
	f.waitRebuild(g)
	if !strings.Contains(f.log.String(), "đổi "+overflowed+": "+stageAll.String()) {
		t.Errorf("an overflow did not cause a full rebuild:\n%s", f.log)
	}
}

func TestPortTaken(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	_, err = Start(Options{Source: fixtureSite, Addr: ln.Addr().String()})
	if err == nil {
		t.Fatal("Start on a taken port succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, "cổng "+port+" trên 127.0.0.1 đang có chương trình khác dùng") || !strings.Contains(msg, "--port") {
		t.Errorf("port-taken message: %s", msg)
	}
}

func TestSiteBrokenFromTheStart(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, fixtureSite, dir)
	site := filepath.Join(dir, "site.toml")
	good, _ := os.ReadFile(site)
	os.WriteFile(site, []byte(strings.Replace(string(good), "end = 2025-08-19\n", "end = 2025-19-08\n", 1)), 0o644)
	s, err := Start(Options{Source: dir, Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatalf("a broken site must still be served: %v", err)
	}
	defer s.Close()
	f := &fixture{t: t, dir: dir, s: s, log: &syncBuffer{}}
	status, body, _ := f.get("/don-vi/t1.html")
	if status != 500 || !strings.Contains(body, "site.toml:") || !strings.Contains(body, ScriptPath) {
		t.Fatalf("status %d, want 500 with the site.toml error and the reload script:\n%s", status, body)
	}
	os.WriteFile(site, good, 0o644)
	deadline := time.Now().Add(waitFor)
	for s.current().site == nil && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if status, body, _ := f.get("/"); status != 200 || strings.Contains(body, bannerID) {
		t.Errorf("after the fix: status %d, banner shown: %v", status, strings.Contains(body, bannerID))
	}
}

func TestRenamedFolderIsWatchedUnderItsNewName(t *testing.T) {
	dir := t.TempDir()
	copyTree(t, fixtureSite, dir)
	os.MkdirAll(filepath.Join(dir, "content/news/cu/sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/news/cu/sub/tin.md"), []byte("+++\ntitle = \"Tin\"\ndate = 2025-03-01\n+++\nNội dung.\n"), 0o644)
	f := startIn(t, dir, 0)
	if err := os.Rename(filepath.Join(dir, "content/news/cu"), filepath.Join(dir, "content/news/moi")); err != nil {
		t.Fatal(err)
	}
	f.waitRebuild(f.gen())
	// An edit in the renamed folder's subfolder is reported under its new
	// name (inotify keeps the old one unless the watch is renewed).
	f.edit("content/news/moi/sub/tin.md", "Nội dung.", "Nội dung mới.")
	f.waitUntil("the edit logged under the new path", func() bool {
		return strings.Contains(f.log.String(), "đổi content/news/moi/sub/tin.md: ")
	})
	if strings.Contains(f.log.String(), "content/news/cu/sub/tin.md") {
		t.Errorf("an event was reported under the old path:\n%s", f.log)
	}
	f.assertMatchesBuild()
}
