//go:build unix

package publish

import (
	"bytes"
	"io/fs"
	"sync"
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
// a missing file is replaced by a new one. A file that already holds b
// is left as it is.
func writeOver(p string, b []byte) error {
	var fd int
	err := retry(func() (err error) {
		fd, err = syscall.Open(p, syscall.O_RDWR|syscall.O_NOFOLLOW|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
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
	if st.Size == int64(len(b)) && holds(fd, b) {
		// Already these bytes: reading them is cheaper than writing them
		// again, and leaves nothing for the system to write back to disk.
		return closeFile(fd, p)
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
	return closeFile(fd, p)
}

// closeFile closes fd, the file at p.
func closeFile(fd int, p string) error {
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: p, Err: err}
	}
	return nil
}

// maxCompared bounds the files holds reads back: a page is tens of KB.
const maxCompared = 1 << 20

// readBufs are holds' buffers, one per concurrent writer.
var readBufs = sync.Pool{New: func() any { return new([]byte) }}

// holds reports whether the file open at fd (of len(b) bytes) holds
// exactly b. Any read error or short read says no: the file is written.
func holds(fd int, b []byte) bool {
	if len(b) > maxCompared {
		return false
	}
	bp := readBufs.Get().(*[]byte)
	defer readBufs.Put(bp)
	if cap(*bp) < len(b) {
		*bp = make([]byte, len(b), max(len(b), 64<<10))
	}
	buf := (*bp)[:len(b)]
	for off := 0; off < len(buf); {
		var n int
		err := retry(func() (err error) {
			n, err = syscall.Pread(fd, buf[off:], int64(off))
			return err
		})
		if err != nil || n == 0 {
			return false
		}
		off += n
	}
	return bytes.Equal(buf, b)
}

// inode returns fi's inode number.
func inode(fi fs.FileInfo) (uint64, bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return uint64(st.Ino), true
}
