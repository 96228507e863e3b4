//go:build !unix

package content

// canReadFast reports whether readFast may read files here.
const canReadFast = false

// readFast is not available here: the caller reads files with fs.ReadFile.
func readFast(name string, buf []byte) (b []byte, ok bool) { return nil, false }
