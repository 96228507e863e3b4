package results

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

// minChunk is the smallest share of work handed to one goroutine: below it,
// starting goroutines costs more than it saves (small sites run on one).
var minChunk = 2048

// forChunks splits [0, n) into contiguous chunks and calls f on each, on
// all cores, returning when every call has returned. Chunks never overlap,
// so f may write to per-index slots without locks; callers that need an
// order (appending to shared lists) do that part afterwards, sequentially.
func forChunks(n int, f func(lo, hi int)) {
	chunks := min(runtime.GOMAXPROCS(0)*4, (n+minChunk-1)/minChunk)
	if chunks <= 1 {
		f(0, n)
		return
	}
	var g group
	for c := range chunks {
		lo, hi := n*c/chunks, n*(c+1)/chunks
		g.Go(func() { f(lo, hi) })
	}
	g.Wait()
}

// group runs functions on their own goroutines and waits for them. A panic
// in one of them is raised again by Wait, in the caller, with the stack
// where it happened, so that the live preview recovers it (and shows it)
// as it would if Compute ran on one goroutine, instead of the process
// dying.
type group struct {
	wg    sync.WaitGroup
	once  sync.Once
	crash any
}

// Go runs f on a new goroutine.
func (g *group) Go(f func()) {
	g.wg.Go(func() {
		defer func() {
			if r := recover(); r != nil {
				stack := debug.Stack()
				g.once.Do(func() { g.crash = fmt.Sprintf("%v\n\n%s", r, stack) })
			}
		}()
		f()
	})
}

// Wait waits for every function started by Go, then raises the first
// panic among them again, if any.
func (g *group) Wait() {
	g.wg.Wait()
	if g.crash != nil {
		panic(g.crash)
	}
}
