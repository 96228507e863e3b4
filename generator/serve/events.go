package serve

import (
	"fmt"
	"net/http"
	"sync"
	"time"
)

// EventsPath is the Server-Sent Events endpoint the injected script listens to.
const EventsPath = "/__phongtrao/events"

// heartbeat is how often an idle event stream gets a comment line, so that
// proxies and browsers keep it open.
const heartbeat = 20 * time.Second

// Event names on the stream.
const (
	// eventBuilding says a rebuild has started (the page shows a badge).
	eventBuilding = "building"
	// eventBuild says rebuild number data has finished (the page reloads).
	eventBuild = "build"
)

// message is one event: its name and a rebuild number.
type message struct {
	event string
	gen   uint64
}

// hub hands rebuild news to every open event stream.
type hub struct {
	mu      sync.Mutex
	gen     uint64
	clients map[chan message]struct{}
	closed  bool
}

func newHub() *hub { return &hub{clients: map[chan message]struct{}{}} }

// publish records that rebuild gen has finished and wakes every stream.
func (h *hub) publish(gen uint64) {
	h.mu.Lock()
	h.gen = gen
	h.mu.Unlock()
	h.send(message{eventBuild, gen})
}

// building tells every stream that a rebuild has started.
func (h *hub) building() {
	h.mu.Lock()
	gen := h.gen
	h.mu.Unlock()
	h.send(message{eventBuilding, gen})
}

// send hands m to every stream. A slow stream only ever holds the newest
// message, so a finished rebuild is never lost behind older news.
func (h *hub) send(m message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.clients {
		select {
		case <-ch:
		default:
		}
		ch <- m
	}
}

// subscribe returns a channel receiving rebuild numbers, the current
// number, and false when the hub is closed.
func (h *hub) subscribe() (chan message, uint64, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, 0, false
	}
	ch := make(chan message, 1)
	h.clients[ch] = struct{}{}
	return ch, h.gen, true
}

func (h *hub) unsubscribe(ch chan message) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.clients[ch]; ok {
		delete(h.clients, ch)
		close(ch)
	}
}

// close ends every stream (the server is stopping).
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.clients {
		delete(h.clients, ch)
		close(ch)
	}
}

// serveEvents streams "build" events, each carrying a rebuild number: one
// at once with the current number, then one after every rebuild, and a
// "building" event when a rebuild starts. The injected script reloads the
// page when a build number differs from the one the page was served with.
func (h *hub) serveEvents(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "không hỗ trợ luồng sự kiện", http.StatusInternalServerError)
		return
	}
	ch, gen, ok := h.subscribe()
	if !ok {
		http.Error(w, "máy chủ đang dừng", http.StatusServiceUnavailable)
		return
	}
	defer h.unsubscribe(ch)
	hdr := w.Header()
	hdr.Set("Content-Type", "text/event-stream; charset=utf-8")
	hdr.Set("Cache-Control", "no-store")
	hdr.Set("X-Accel-Buffering", "no")
	fmt.Fprintf(w, "retry: 500\nevent: build\ndata: %d\n\n", gen)
	flusher.Flush()
	tick := time.NewTicker(heartbeat)
	defer tick.Stop()
	for {
		select {
		case m, open := <-ch:
			if !open {
				return
			}
			fmt.Fprintf(w, "event: %s\ndata: %d\n\n", m.event, m.gen)
		case <-tick.C:
			fmt.Fprint(w, ": còn kết nối\n\n")
		case <-r.Context().Done():
			return
		}
		flusher.Flush()
	}
}
