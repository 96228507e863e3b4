//go:build linux

package content

import "syscall"

// canReadFast reports whether folder.readFile may read files here.
const canReadFast = true

// folder is the folder a worker last read a file from, kept open so that
// files are opened relative to it: the kernel then looks up one name
// rather than every folder of the path.
type folder struct {
	path string // "" when none is open
	fd   int
}

// readFile reads the whole file name of the folder dir into buf (grown
// as needed) with one open, reads until one returns 0 (end of file), and
// one close. ok is false on any error, when the caller reads the file
// again its usual way.
func (f *folder) readFile(dir, name string, buf []byte) (b []byte, ok bool) {
	if f.path != dir {
		f.close()
		fd, err := retry(func() (int, error) {
			return syscall.Open(dir, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
		})
		if err != nil {
			return nil, false
		}
		f.path, f.fd = dir, fd
	}
	fd, err := retry(func() (int, error) { return syscall.Openat(f.fd, name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0) })
	if err != nil {
		return nil, false
	}
	defer syscall.Close(fd)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, max(cap(buf), 16<<10))...)[:len(buf)]
		}
		n, err := retry(func() (int, error) { return syscall.Read(fd, buf[len(buf):cap(buf)]) })
		switch {
		case err != nil || n < 0:
			return nil, false
		case n == 0:
			return buf, true
		}
		buf = buf[:len(buf)+n]
	}
}

// close closes the folder, if one is open.
func (f *folder) close() {
	if f.path != "" {
		syscall.Close(f.fd)
		f.path = ""
	}
}

// retry calls call again for as long as a signal interrupts it.
func retry(call func() (int, error)) (int, error) {
	for {
		n, err := call()
		if err != syscall.EINTR {
			return n, err
		}
	}
}
