package build

import (
	"io"
	"sync/atomic"

	"phongtrao/generator/publish"
)

// countingWriter counts the files written through it, streamed or not.
type countingWriter struct {
	w     publish.Writer
	count atomic.Int64
}

func (c *countingWriter) WriteFile(rel string, b []byte) error {
	c.count.Add(1)
	return c.w.WriteFile(rel, b)
}

// Create streams rel to the wrapped Writer (through a buffer when it
// cannot stream) and counts the file.
func (c *countingWriter) Create(rel string) (io.WriteCloser, error) {
	c.count.Add(1)
	return publish.Create(c.w, rel)
}

func (c *countingWriter) n() int { return int(c.count.Load()) }
