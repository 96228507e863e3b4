package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"

	"phongtrao/generator/build"
)

// DefaultDebounce is how long the server waits after the last file event
// before it rebuilds: long enough for an editor's save or a git checkout to
// settle into one rebuild, short enough to feel immediate.
const DefaultDebounce = 50 * time.Millisecond

// Options configure a preview server.
type Options struct {
	// Source is the site's folder.
	Source string
	// Addr is the host:port to listen on; port 0 picks a free one.
	Addr string
	// AsOf is the --asof date, empty when not given (as for build).
	AsOf string
	// Log receives one line per rebuild, and the errors; nil discards.
	Log io.Writer
	// Debounce overrides DefaultDebounce when positive.
	Debounce time.Duration
}

// Server is a running preview. Start makes one; Close stops it.
type Server struct {
	opts     Options
	ln       net.Listener
	http     *http.Server
	hub      *hub
	pipe     *pipeline
	watch    *watcher // nil when nothing could be watched
	quit     chan struct{}
	loopDone chan struct{}
	stopOnce sync.Once
	logMu    sync.Mutex

	mu   sync.RWMutex
	site *built        // last good site; nil before the first success
	fail *failure      // why the last rebuild failed; nil after a success
	gen  uint64        // rebuilds finished so far
	took time.Duration // how long the last rebuild ran until its event
	// before is the site served before site, to fall back on when a page
	// of site fails to render after its reload event.
	before *built
	// recent are the pages last served, newest first: a rebuild renders
	// them before its reload event, so the tabs showing them reload at once.
	recent []string
	// failing is the file that last failed to render after its reload
	// event; rebuilds render it first until one succeeds.
	failing string
	// stopWarm ends the running warm-up; nil when none runs.
	stopWarm chan struct{}
	// warmed is closed when the running warm-up ends (for tests).
	warmed chan struct{}
}

// snapshot is the state one request is served from.
type snapshot struct {
	site *built
	fail *failure
	gen  uint64
}

func (s *Server) current() snapshot {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return snapshot{s.site, s.fail, s.gen}
}

// Start listens on opts.Addr, builds the site once, starts watching the
// source and serves. A site with errors still starts: its pages show the
// errors until a save fixes them. Start fails when the address cannot be
// listened on (the error says why, in Vietnamese).
func Start(opts Options) (*Server, error) {
	src, err := filepath.Abs(opts.Source)
	if err != nil {
		return nil, err
	}
	if info, err := os.Stat(src); err != nil || !info.IsDir() {
		return nil, fmt.Errorf("%s: không có thư mục nguồn này (chọn bằng --source)", opts.Source)
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, listenErr(opts.Addr, err)
	}
	s := &Server{opts: opts, ln: ln, hub: newHub(), quit: make(chan struct{}), loopDone: make(chan struct{}),
		pipe: newPipeline(build.Options{Source: src, AsOf: opts.AsOf})}
	// Watch before the first build, so that a save during it is not lost.
	if s.watch, err = newWatcher(src, s.logf); err != nil {
		s.logf("cảnh báo: %v\n    trang vẫn được phục vụ nhưng sẽ không tự dựng lại khi tệp đổi", err)
	}
	s.rebuild(nil, stageAll)
	s.http = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	go s.http.Serve(ln)
	go s.loop()
	return s, nil
}

// URL is the address the preview is served at, e.g. "http://127.0.0.1:1313/".
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() + "/" }

// Close stops watching and serving; open event streams end. Closing
// twice is harmless.
func (s *Server) Close() error {
	var err error
	s.stopOnce.Do(func() {
		close(s.quit)
		if s.watch != nil {
			s.watch.close()
		}
		<-s.loopDone
		s.endWarm()
		s.hub.close()
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		err = s.http.Shutdown(ctx)
	})
	return err
}

// loop gathers file events and rebuilds once they have been quiet for the
// debounce time: a storm of events (a git checkout, an unzip) is one
// rebuild. Events arriving during a rebuild wait for the next one.
func (s *Server) loop() {
	defer close(s.loopDone)
	if s.watch == nil {
		<-s.quit
		return
	}
	pending := map[string]bool{}
	need := stageNone
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-s.quit:
			s.endWarm()
			return
		case ev, ok := <-s.watch.fsw.Events:
			if !ok {
				return
			}
			rel, st := s.watch.change(ev)
			if st == stageNone {
				continue
			}
			// The warm-up's work is about to be replaced: free the CPU
			// for the rebuild.
			s.pauseWarm()
			pending[rel], need = true, max(need, st)
			timer.Reset(s.opts.Debounce)
		case err, ok := <-s.watch.fsw.Errors:
			if !ok {
				return
			}
			if !errors.Is(err, fsnotify.ErrEventOverflow) {
				s.logf("cảnh báo: %v", explainWatchErr(s.watch.root, err))
				continue
			}
			s.watch.addRoots()
			pending[overflowed], need = true, stageAll
			timer.Reset(s.opts.Debounce)
		case <-timer.C:
			s.rebuild(slices.Sorted(maps.Keys(pending)), need)
			pending, need = map[string]bool{}, stageNone
		}
	}
}

// rebuild runs the pipeline for a change forcing st, renders the pages
// the open tabs show, publishes the result (or the errors, keeping the
// last good site), tells the open tabs and logs one line; then the rest of
// the site renders in the background.
func (s *Server) rebuild(changed []string, st stage) {
	s.endWarm()
	s.hub.building()
	start := time.Now()
	b, ran, err := s.pipe.run(st)
	if err == nil {
		err = b.preload(s.recentPages())
	}
	took := time.Since(start).Round(time.Millisecond)
	s.mu.Lock()
	s.gen++
	gen := s.gen
	s.took = took
	var fail *failure
	if err == nil {
		s.before, s.site, s.fail, s.failing = s.site, b, nil, ""
	} else {
		fail = failureOf(err)
		s.fail = fail
	}
	kept := s.site != nil
	s.mu.Unlock()
	// Log first: whoever the event wakes finds the line written.
	s.logRebuild(changed, ran, took, b, fail, kept)
	s.hub.publish(gen)
	if err == nil {
		s.startWarm(b)
	}
}

// logRebuild writes the rebuild's line: what changed, the stages run, how
// long it took; after a failure, the errors follow.
func (s *Server) logRebuild(changed []string, ran stage, took time.Duration, b *built, fail *failure, kept bool) {
	what := "dựng lần đầu"
	if changed != nil {
		what = "đổi " + describe(existing(s.pipe.opts.Source, changed))
	}
	if fail == nil {
		s.logf("%s %s: %s, %d trang, %s", clock(), what, ran, b.pages, took)
		return
	}
	keep := "chưa có bản dựng tốt nào để hiện"
	if kept {
		keep = "vẫn hiện bản dựng tốt gần nhất"
	}
	s.logf("%s %s: %s, LỖI sau %s (%s):\n%s", clock(), what, ran, took, keep, fail.text)
}

func (s *Server) logf(format string, args ...any) {
	s.logMu.Lock()
	defer s.logMu.Unlock()
	fmt.Fprintf(s.opts.Log, format+"\n", args...)
}

// clock is the time of day for log lines.
func clock() string { return time.Now().Format("15:04:05") }

// existing keeps the changed paths (relative to source) that still exist,
// so that a tool's temporary file renamed over the real one (sed -i,
// editors' atomic saves) is not what the log names; all of them when none
// exists (deletions).
func existing(source string, changed []string) []string {
	var out []string
	for _, c := range changed {
		if _, err := os.Stat(filepath.Join(source, filepath.FromSlash(c))); err == nil {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return changed
	}
	return out
}

// describe names the changed paths: the first, and how many more.
func describe(changed []string) string {
	if len(changed) == 1 {
		return changed[0]
	}
	return fmt.Sprintf("%s và %d tệp khác", changed[0], len(changed)-1)
}

// listenErr explains in Vietnamese why addr cannot be listened on.
func listenErr(addr string, err error) error {
	host, port, _ := net.SplitHostPort(addr)
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		next := "1314"
		if n, e := strconv.Atoi(port); e == nil {
			next = strconv.Itoa(n + 1)
		}
		return fmt.Errorf("cổng %s trên %s đang có chương trình khác dùng (có thể một lệnh serve khác còn chạy).\n"+
			"    gợi ý: dừng chương trình đó, hoặc chọn cổng khác: --port %s", port, host, next)
	case errors.Is(err, syscall.EACCES):
		return fmt.Errorf("không được phép mở cổng %s trên %s (cổng dưới 1024 cần quyền quản trị).\n"+
			"    gợi ý: chọn cổng khác, ví dụ --port 1313", port, host)
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return fmt.Errorf("địa chỉ %s không thuộc máy này.\n    gợi ý: dùng --bind 127.0.0.1 (chỉ máy này) hoặc --bind 0.0.0.0 (cả mạng)", host)
	default:
		return fmt.Errorf("không mở được %s: %v", addr, err)
	}
}
