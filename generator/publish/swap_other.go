//go:build !linux

package publish

import (
	"errors"
	"io/fs"
	"os"
)

// exchange cannot swap two folders in one step here: it reports
// fs.ErrNotExist when b does not exist (a plain rename then does), and an
// error otherwise, so that Commit renames twice.
func exchange(a, b string) error {
	if _, err := os.Lstat(b); errors.Is(err, fs.ErrNotExist) {
		return fs.ErrNotExist
	}
	return errors.ErrUnsupported
}
