//go:build unix

package publish

import (
	"io/fs"
	"syscall"
)

// writeNew creates the file at p, which must not exist, and writes b to it.
// It makes three system calls (open, write, close): os.OpenFile would add
// four fcntl calls and an epoll_ctl to find that a regular file cannot be
// polled, which a national build pays 130,000 times.
func writeNew(p string, b []byte) error {
	var fd int
	err := retry(func() (err error) {
		fd, err = syscall.Open(p, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o644)
		return err
	})
	if err != nil {
		return &fs.PathError{Op: "open", Path: p, Err: err}
	}
	for len(b) > 0 {
		var n int
		err = retry(func() (err error) {
			n, err = syscall.Write(fd, b)
			return err
		})
		if err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "write", Path: p, Err: err}
		}
		b = b[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: p, Err: err}
	}
	return nil
}

// retry runs f again while it is interrupted by a signal.
func retry(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}
