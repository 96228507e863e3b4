package results

import (
	"runtime"

	"phongtrao/generator/parallel"
)

// minChunk is the smallest share of work handed to one goroutine: below it,
// starting goroutines costs more than it saves (small sites run on one).
var minChunk = 2048

// forChunks splits [0, n) into contiguous chunks and calls f on each, on
// all cores, returning when every call has returned; a panic in f is
// raised again here (package parallel). Chunks never overlap, so f may
// write to per-index slots without locks; callers that need an order
// (appending to shared lists) do that part afterwards, sequentially.
func forChunks(n int, f func(lo, hi int)) {
	chunks := min(runtime.GOMAXPROCS(0)*4, (n+minChunk-1)/minChunk)
	if chunks <= 1 {
		f(0, n)
		return
	}
	_ = parallel.Each(chunks, chunks, func(_, c int) error {
		f(n*c/chunks, n*(c+1)/chunks)
		return nil
	})
}
