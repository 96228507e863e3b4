//go:build !unix

package publish

import (
	"os"
	"time"
)

// lockFile does nothing where files cannot be locked the Unix way.
func lockFile(f *os.File) error { return nil }

// unlocked cannot ask the system here: a temporary folder unchanged for
// StaleAfter is taken as left by a killed build.
func unlocked(f *os.File, dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.ModTime().Before(time.Now().Add(-StaleAfter))
}
