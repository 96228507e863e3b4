package export

import "io"

// chunkSize is how many bytes a sink gathers before writing them: large
// enough that writes are few, small enough that memory does not grow with
// the export.
const chunkSize = 256 << 10

// sink gathers appended bytes and hands them to w a chunk at a time. The
// first write error sticks and stops further writes.
type sink struct {
	w   io.Writer
	buf []byte
	err error
}

func newSink(w io.Writer) *sink {
	return &sink{w: w, buf: make([]byte, 0, chunkSize+chunkSize/4)}
}

// maybeFlush writes the gathered bytes once they fill a chunk.
func (s *sink) maybeFlush() {
	if len(s.buf) >= chunkSize {
		s.flush()
	}
}

// flush writes the gathered bytes and returns the first error met.
func (s *sink) flush() error {
	if s.err == nil && len(s.buf) > 0 {
		_, s.err = s.w.Write(s.buf)
	}
	s.buf = s.buf[:0]
	return s.err
}
