package parallel

import (
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
)

// TestEach checks that every item is done once, by a worker numbered below
// the workers asked for, whatever their count.
func TestEach(t *testing.T) {
	for _, tc := range []struct{ n, workers int }{{0, 4}, {1, 4}, {7, 1}, {100, 3}, {100, 0}, {5, 50}} {
		t.Run(fmt.Sprintf("%d items on %d workers", tc.n, tc.workers), func(t *testing.T) {
			done := make([]atomic.Int32, tc.n)
			var bad atomic.Int32
			err := Each(tc.n, tc.workers, func(w, i int) error {
				if w < 0 || (tc.workers > 0 && w >= tc.workers) {
					bad.Add(1)
				}
				done[i].Add(1)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			for i := range done {
				if c := done[i].Load(); c != 1 {
					t.Errorf("item %d done %d times", i, c)
				}
			}
			if bad.Load() != 0 {
				t.Errorf("%d calls had a worker number out of range", bad.Load())
			}
		})
	}
}

// TestEachFirstError: of the items that fail, Each reports the lowest,
// whichever worker failed first, and starts no item once one has failed.
func TestEachFirstError(t *testing.T) {
	var started atomic.Int32
	err := Each(1000, 4, func(_, i int) error {
		started.Add(1)
		if i == 3 || i == 5 {
			return fmt.Errorf("item %d", i)
		}
		return nil
	})
	if err == nil || err.Error() != "item 3" {
		t.Errorf("err = %v, want item 3", err)
	}
	if n := started.Load(); n > 100 {
		t.Errorf("%d items started, want Each to stop soon after the first error", n)
	}
	// One worker fails on the only item it takes.
	if err := Each(1, 1, func(_, _ int) error { return errors.New("hỏng") }); err == nil {
		t.Error("one failing item: no error")
	}
}

// TestEachRaisesPanics: a panic in one item reaches Each's caller with its
// value and stack, after every worker has stopped, and the other items
// handed out before it are done.
func TestEachRaisesPanics(t *testing.T) {
	var done [10]atomic.Bool
	got := func() (r any) {
		defer func() { r = recover() }()
		_ = Each(len(done), 3, func(_, i int) error {
			if i == 7 {
				panic("hỏng ở mục 7")
			}
			done[i].Store(true)
			return nil
		})
		return nil
	}()
	msg, _ := got.(string)
	if !strings.HasPrefix(msg, "hỏng ở mục 7\n\n") || !strings.Contains(msg, "parallel_test.go") {
		t.Errorf("recovered %q, want the panic value then the stack where it happened", got)
	}
	for i := range 7 {
		if !done[i].Load() {
			t.Errorf("item %d not done", i)
		}
	}
}

// TestGroup: Wait returns once every function has run, and raises the
// first panic again.
func TestGroup(t *testing.T) {
	var g Group
	var n atomic.Int32
	for range 5 {
		g.Go(func() { n.Add(1) })
	}
	g.Wait()
	if n.Load() != 5 {
		t.Errorf("%d functions ran, want 5", n.Load())
	}
	got := func() (r any) {
		defer func() { r = recover() }()
		var g Group
		g.Go(func() {})
		g.Go(func() { panic(errors.New("hỏng")) })
		g.Wait()
		return nil
	}()
	if msg, _ := got.(string); !strings.HasPrefix(msg, "hỏng\n\n") {
		t.Errorf("recovered %q, want the panic value then the stack", got)
	}
}
