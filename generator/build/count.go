package build

import (
	"sync/atomic"

	"phongtrao/generator/publish"
)

// countingWriter counts the files written through it.
type countingWriter struct {
	w     publish.Writer
	count atomic.Int64
}

func (c *countingWriter) WriteFile(rel string, b []byte) error {
	c.count.Add(1)
	return c.w.WriteFile(rel, b)
}

func (c *countingWriter) n() int { return int(c.count.Load()) }
