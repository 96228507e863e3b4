//go:build !linux

package content

// canReadFast reports whether folder.readFile may read files here.
const canReadFast = false

// folder reads nothing here: the caller reads files with fs.ReadFile.
type folder struct{}

// readFile is not available here: ok is always false.
func (f *folder) readFile(dir, name string, buf []byte) (b []byte, ok bool) { return nil, false }

// close does nothing.
func (f *folder) close() {}
