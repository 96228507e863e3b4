package publish

import (
	"errors"
	"io/fs"

	"golang.org/x/sys/unix"
)

// exchange swaps the folders at a and b in one step (renameat2 with
// RENAME_EXCHANGE), so the output folder never stops existing. It returns
// an error wrapping fs.ErrNotExist when b does not exist, and another
// error when the file system cannot swap (Commit then renames twice).
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOENT) {
		return fs.ErrNotExist
	}
	return err
}
