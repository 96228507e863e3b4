package publish

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// Creator is a Writer that can also stream a file: what is written to the
// returned WriteCloser becomes the file at rel, so a large file never sits
// whole in memory. The same rules as WriteFile hold (rel cleaned by
// CleanRel, a path written twice is an error); the caller must Close the
// file, and a failed Write or Close means the file is not to be trusted.
type Creator interface {
	Create(rel string) (io.WriteCloser, error)
}

// Create opens rel on w for streaming: w's own Create when w is a Creator,
// else a buffer handed to w.WriteFile on Close (the whole file is then
// held in memory, as WriteFile needs it).
func Create(w Writer, rel string) (io.WriteCloser, error) {
	if c, ok := w.(Creator); ok {
		return c.Create(rel)
	}
	if _, err := CleanRel(rel); err != nil {
		return nil, err
	}
	return &buffered{store: func(b []byte) error { return w.WriteFile(rel, b) }}, nil
}

// Stream writes the file rel on w with write, streamed when w is a Creator,
// and closes it. The first error of write or Close is returned. When write
// fails, a file kept in memory is dropped; a file streamed to a Dir stays
// partial in the temporary folder, which the failed build aborts.
func Stream(w Writer, rel string, write func(io.Writer) error) error {
	f, err := Create(w, rel)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		if b, ok := f.(*buffered); ok {
			b.drop()
		} else {
			f.Close()
		}
		return err
	}
	return f.Close()
}

// Create returns a file for streaming into m: its bytes are stored under
// the cleaned rel when it is closed. A path already stored is refused
// here, and at Close if another write claimed it in between.
func (m *Memory) Create(rel string) (io.WriteCloser, error) {
	c, err := CleanRel(rel)
	if err != nil {
		return nil, err
	}
	m.mu.RLock()
	_, dup := m.files[c]
	m.mu.RUnlock()
	if dup {
		return nil, fmt.Errorf("tệp %q được ghi hai lần", c)
	}
	return &buffered{store: func(b []byte) error { return m.store(c, b) }}, nil
}

// store keeps b (not a copy) under the cleaned path c unless c is taken.
func (m *Memory) store(c string, b []byte) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.files[c]; dup {
		return fmt.Errorf("tệp %q được ghi hai lần", c)
	}
	m.files[c] = b
	return nil
}

// buffered gathers a file in memory and stores it on the first Close;
// later writes and closes are errors.
type buffered struct {
	buf    bytes.Buffer
	store  func([]byte) error
	closed bool
}

func (b *buffered) Write(p []byte) (int, error) {
	if b.closed {
		return 0, os.ErrClosed
	}
	return b.buf.Write(p)
}

// drop closes b without storing it.
func (b *buffered) drop() {
	b.closed = true
	b.buf = bytes.Buffer{}
}

func (b *buffered) Close() error {
	if b.closed {
		return os.ErrClosed
	}
	b.closed = true
	return b.store(b.buf.Bytes())
}
