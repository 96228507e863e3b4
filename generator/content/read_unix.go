//go:build unix

package content

import "syscall"

// canReadFast reports whether readFast may read files here.
const canReadFast = true

// readFast reads the whole file name into buf (grown as needed) with one
// open, reads until one returns 0 (end of file), and one close. ok is
// false on any error, when the caller reads the file again its usual way.
func readFast(name string, buf []byte) (b []byte, ok bool) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	for err == syscall.EINTR {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, max(cap(buf), 16<<10))...)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):cap(buf)])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil || n < 0:
			return nil, false
		case n == 0:
			return buf, true
		}
		buf = buf[:len(buf)+n]
	}
}
