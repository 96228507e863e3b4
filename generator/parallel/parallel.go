package parallel

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Each calls f(w, i) for every i in [0, n), on at most workers goroutines
// (GOMAXPROCS when workers <= 0), and waits for them. Items are handed
// out in order; w numbers the goroutine from 0 to workers-1, so that f
// may keep scratch space per worker. Once a call returns an error no
// other item starts, and Each returns the error of the lowest i that
// failed, so the report does not depend on scheduling. A panic in f
// likewise starts no other item, and is raised again by Each once every
// worker has stopped (see Group.Wait).
func Each(n, workers int, f func(w, i int) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 0 {
		return nil
	}
	errs := make([]error, n)
	var next atomic.Int64
	var stop atomic.Bool
	var g Group
	for w := range workers {
		g.Go(func() {
			finished := false
			defer func() {
				if !finished { // a panic: hand out no more items
					stop.Store(true)
				}
			}()
			for !stop.Load() {
				i := int(next.Add(1) - 1)
				if i >= n {
					break
				}
				if err := f(w, i); err != nil {
					errs[i] = err
					stop.Store(true)
				}
			}
			finished = true
		})
	}
	g.Wait()
	if stop.Load() {
		for _, err := range errs {
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// Group runs functions on goroutines of their own and waits for them. The
// zero Group is ready to use; a Group must not be copied once used.
type Group struct {
	wg    sync.WaitGroup
	once  sync.Once
	crash any
}

// Go runs f on a new goroutine.
func (g *Group) Go(f func()) {
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

// Wait waits for every function started by Go, then, if any of them
// panicked, panics again with the first panic's value and its stack
// ("value\n\nstack"), so that the caller may recover it as if the work had
// run on the caller's goroutine.
func (g *Group) Wait() {
	g.wg.Wait()
	if g.crash != nil {
		panic(g.crash)
	}
}
