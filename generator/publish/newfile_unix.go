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
	if err := writeAll(fd, p, b); err != nil {
		return err
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: p, Err: err}
	}
	return nil
}

// writeAll writes b to fd, the file at p, closing fd on error.
func writeAll(fd int, p string, b []byte) error {
	for len(b) > 0 {
		var n int
		err := retry(func() (err error) {
			n, err = syscall.Write(fd, b)
			return err
		})
		if err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "write", Path: p, Err: err}
		}
		b = b[n:]
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

// noFollow makes opening a symbolic link fail rather than follow it.
const noFollow = syscall.O_NOFOLLOW

// plainFile reports whether fi is a regular file with no other link and
// the permissions a build gives its files: one it may write over.
func plainFile(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && fi.Mode().IsRegular() && fi.Mode().Perm() == 0o644 && st.Nlink == 1
}

// writeOver writes b over the existing file at p from its start and cuts
// it to len(b): no new inode, folder entry or block allocation when the
// size barely changes, which is what makes a rebuild into the spare
// folder cheap. A file it must not write over (see plainFile), a link or
// a missing file is replaced by a new one.
func writeOver(p string, b []byte) error {
	var fd int
	err := retry(func() (err error) {
		fd, err = syscall.Open(p, syscall.O_WRONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		return err
	})
	if err != nil {
		return replace(p, b)
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG || st.Mode&0o777 != 0o644 || st.Nlink != 1 {
		syscall.Close(fd)
		return replace(p, b)
	}
	if err := writeAll(fd, p, b); err != nil {
		return err
	}
	if st.Size > int64(len(b)) {
		if err := retry(func() error { return syscall.Ftruncate(fd, int64(len(b))) }); err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "truncate", Path: p, Err: err}
		}
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: p, Err: err}
	}
	return nil
}

// inode returns fi's inode number.
func inode(fi fs.FileInfo) (uint64, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return uint64(st.Ino), true
}
