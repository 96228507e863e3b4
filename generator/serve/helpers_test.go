package serve

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"phongtrao/generator/build"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

// waitFor bounds every wait of these tests; a passing test waits far less.
const waitFor = 10 * time.Second

// fixture is a running preview of a copy of a site in a temporary folder,
// with an open event stream.
type fixture struct {
	t      testing.TB
	dir    string
	s      *Server
	log    *syncBuffer
	events chan uint64
	// building counts the "building" events seen.
	building *atomic.Int64
}

// syncBuffer is a log that the server writes and the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// startFixture copies src into a temporary folder and serves it on a free
// port of 127.0.0.1.
func startFixture(t testing.TB, src string, debounce time.Duration) *fixture {
	t.Helper()
	dir := t.TempDir()
	copyTree(t, src, dir)
	return startIn(t, dir, debounce)
}

// startIn serves the site in dir on a free port of 127.0.0.1.
func startIn(t testing.TB, dir string, debounce time.Duration) *fixture {
	t.Helper()
	f := &fixture{t: t, dir: dir, log: &syncBuffer{}, events: make(chan uint64, 1000), building: &atomic.Int64{}}
	s, err := Start(Options{Source: dir, Addr: "127.0.0.1:0", Log: f.log, Debounce: debounce})
	if err != nil {
		t.Fatal(err)
	}
	f.s = s
	t.Cleanup(func() { s.Close() })
	resp, err := http.Get(s.URL() + strings.TrimPrefix(EventsPath, "/"))
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("event stream served as %q", ct)
	}
	t.Cleanup(func() { resp.Body.Close() })
	go readEvents(resp.Body, f.events, f.building)
	// The stream opens with the current rebuild number: the first build's.
	if g := f.nextEvent(); g != 1 {
		t.Fatalf("first event carries rebuild %d, want 1 (the initial build)", g)
	}
	return f
}

// readEvents sends the number of every "build" event read from r and
// counts the "building" events.
func readEvents(r io.Reader, out chan<- uint64, building *atomic.Int64) {
	sc := bufio.NewScanner(r)
	event := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			event = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: ") && event == eventBuilding:
			building.Add(1)
		case strings.HasPrefix(line, "data: ") && event == eventBuild:
			if g, err := strconv.ParseUint(strings.TrimPrefix(line, "data: "), 10, 64); err == nil {
				out <- g
			}
		case line == "":
			event = ""
		}
	}
}

func (f *fixture) nextEvent() uint64 {
	f.t.Helper()
	select {
	case g := <-f.events:
		return g
	case <-time.After(waitFor):
		f.t.Fatalf("no reload event within %s; log:\n%s", waitFor, f.log.String())
		return 0
	}
}

// waitRebuild waits for the event of a rebuild after rebuild number after.
func (f *fixture) waitRebuild(after uint64) uint64 {
	f.t.Helper()
	for {
		if g := f.nextEvent(); g > after {
			return g
		}
	}
}

// waitUntil waits for rebuilds until cond holds. It is for changes that
// may take more than one rebuild to be seen whole (a new folder's files
// arrive after the folder).
func (f *fixture) waitUntil(what string, cond func() bool) {
	f.t.Helper()
	deadline := time.After(waitFor)
	for !cond() {
		select {
		case <-f.events:
		case <-deadline:
			f.t.Fatalf("%s: not within %s; log:\n%s", what, waitFor, f.log.String())
		}
	}
}

// gen is the number of rebuilds finished so far.
func (f *fixture) gen() uint64 { return f.s.current().gen }

// write replaces the file at rel (slash-separated, under the site).
func (f *fixture) write(rel, text string) {
	f.t.Helper()
	p := filepath.Join(f.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		f.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		f.t.Fatal(err)
	}
}

// edit rewrites the file at rel with old replaced by new (once).
func (f *fixture) edit(rel, old, new string) {
	f.t.Helper()
	b, err := os.ReadFile(filepath.Join(f.dir, filepath.FromSlash(rel)))
	if err != nil {
		f.t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		f.t.Fatalf("%s does not contain %q", rel, old)
	}
	f.write(rel, strings.Replace(string(b), old, new, 1))
}

// get fetches path from the server.
func (f *fixture) get(path string) (int, string, http.Header) {
	f.t.Helper()
	resp, err := http.Get(strings.TrimSuffix(f.s.URL(), "/") + path)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		f.t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp.Header
}

// assertMatchesBuild checks that the site served is, file for file and
// byte for byte, what a fresh full build of the source produces now: every
// path the preview lists is rendered and compared.
func (f *fixture) assertMatchesBuild() {
	f.t.Helper()
	want := fullBuild(f.t, f.dir)
	got := f.s.current().site
	if got == nil {
		f.t.Fatal("no site served")
	}
	paths, err := got.paths()
	if err != nil {
		f.t.Fatal(err)
	}
	if g, w := strings.Join(paths, " "), strings.Join(want.Paths(), " "); g != w {
		f.t.Fatalf("served files\n%s\nwant (full build)\n%s", g, w)
	}
	for _, p := range want.Paths() {
		a, ok, err := got.get(p)
		b, _ := want.Get(p)
		if !ok || err != nil || !bytes.Equal(a, b) {
			f.t.Errorf("%s differs from a full build (found %v, %v)", p, ok, err)
		}
	}
}

// fullBuild builds the site in dir from scratch into memory, as build does.
func fullBuild(t testing.TB, dir string) *publish.Memory {
	t.Helper()
	p, err := build.Load(build.Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	mem := publish.NewMemory()
	if err := render(p, results.Compute(p.Site, p.Data, p.AsOf), mem); err != nil {
		t.Fatal(err)
	}
	return mem
}

// copyTree copies what a build reads from the site in src (inputRoots)
// into dst.
func copyTree(t testing.TB, src, dst string) {
	t.Helper()
	for name := range inputRoots {
		if _, err := os.Stat(filepath.Join(src, name)); err != nil {
			continue
		}
		err := filepath.WalkDir(filepath.Join(src, name), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			if d.IsDir() {
				return os.MkdirAll(filepath.Join(dst, rel), 0o755)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
