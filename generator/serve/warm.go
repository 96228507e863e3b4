package serve

import (
	"slices"
	"time"
)

// recentMax is how many of the pages last served a rebuild renders before
// its reload event.
const recentMax = 4

// noteVisit records that the page at name (a file of the site) was just
// served, so the next rebuild renders it before telling the tabs.
func (s *Server) noteVisit(name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i := slices.Index(s.recent, name); i >= 0 {
		s.recent = slices.Delete(s.recent, i, i+1)
	}
	s.recent = slices.Insert(s.recent, 0, name)
	if len(s.recent) > recentMax {
		s.recent = s.recent[:recentMax]
	}
}

// recentPages are the files a rebuild renders before its reload event: the
// home page, the file that last failed to render (while it fails) and the
// pages last served.
func (s *Server) recentPages() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := []string{"index.html"}
	for _, p := range append([]string{s.failing}, s.recent...) {
		if p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// warmDelay is how long the warm-up waits after a reload event before it
// starts: the reloading tabs' requests come first.
const warmDelay = 250 * time.Millisecond

// startWarm renders the rest of b, one file at a time, in the background,
// so that later requests are answered from memory and a page that fails
// to render is found (and shown) as build would report it. It uses one
// goroutine, starting after warmDelay; pauseWarm and endWarm stop it
// between two files.
func (s *Server) startWarm(b *built) {
	stop, done := make(chan struct{}), make(chan struct{})
	s.mu.Lock()
	s.stopWarm, s.warmed = stop, done
	s.mu.Unlock()
	go func() {
		defer close(done)
		select {
		case <-stop:
			return
		case <-time.After(warmDelay):
		}
		rel, err := b.warm(stop)
		if err != nil {
			s.renderFailed(b, rel, err)
			return
		}
		select {
		case <-stop:
		default:
			// Every file of b rendered: none can fail later, so the site
			// before it is no longer needed to fall back on.
			s.mu.Lock()
			if s.site == b {
				s.before = nil
			}
			s.mu.Unlock()
		}
	}()
}

// pauseWarm asks the running warm-up, if any, to stop, without waiting:
// a file event means a rebuild will soon replace what it renders.
func (s *Server) pauseWarm() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopWarm != nil {
		close(s.stopWarm)
		s.stopWarm = nil
	}
}

// endWarm stops the running warm-up, if any, and waits for it to end.
func (s *Server) endWarm() {
	s.pauseWarm()
	s.mu.Lock()
	done := s.warmed
	s.warmed = nil
	s.mu.Unlock()
	if done != nil {
		<-done
	}
}

// renderFailed handles the file rel of b that failed to render after b
// was announced (a template error that only some pages meet): as for any
// failed rebuild, the errors show over the site served before b, and the
// open tabs reload to show them. The next rebuilds render rel before
// their reload event, until it renders. Nothing happens when b is no
// longer the site served or its failure is already shown.
func (s *Server) renderFailed(b *built, rel string, err error) {
	s.mu.Lock()
	if s.site != b || s.fail != nil {
		s.mu.Unlock()
		return
	}
	fail := failureOf(err)
	s.fail, s.failing = fail, rel
	keep := "chưa có bản dựng tốt nào để hiện"
	if s.before != nil {
		s.site, s.before = s.before, nil
		keep = "vẫn hiện bản dựng tốt gần nhất"
	}
	s.gen++
	gen := s.gen
	s.mu.Unlock()
	s.logf("%s LỖI khi vẽ trang (%s):\n%s", clock(), keep, fail.text)
	s.hub.publish(gen)
}
