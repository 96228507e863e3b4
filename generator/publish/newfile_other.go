//go:build !unix

package publish

import "os"

// writeNew creates the file at p, which must not exist, and writes b to it.
func writeNew(p string, b []byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// noFollow is 0 where the system has no O_NOFOLLOW; Lstat in the walk of
// the spare still keeps links from being written through as files.
const noFollow = 0

// plainFile reports whether fi is a regular file with the permissions a
// build gives its files: one it may write over.
func plainFile(fi os.FileInfo) bool {
	return fi.Mode().IsRegular() && fi.Mode().Perm() == 0o644
}

// writeOver writes b over the existing file at p and cuts it to len(b)
// (a file that already holds b is left as it is: see overFile), or
// replaces a file it must not write over.
func writeOver(p string, b []byte) error {
	f, err := openOver(p)
	if err != nil {
		return replace(p, b)
	}
	if _, err := f.Write(b); err != nil {
		f.File.Close()
		return err
	}
	return f.Close()
}

// inode is not known here: no tree lists, the spare is read whole.
func inode(os.FileInfo) (uint64, bool) { return 0, false }
