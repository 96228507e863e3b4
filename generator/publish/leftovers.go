package publish

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// RemoveLater, when set, is handed a folder the generator wrote and no
// longer needs (the previous output, once the new one is in place, or a
// killed build's folder), to remove it in the background: removing a
// national site's files takes about as long as writing them, and nobody
// needs to wait for it. The command line sets it to start a detached
// process of its own; when it is nil or fails, the folder is removed at
// once.
var RemoveLater func(dir string) error

// removeLater removes dir, a folder named ...OldSuffix that the generator
// wrote, through RemoveLater when it can.
func removeLater(dir string) {
	if RemoveLater != nil && RemoveLater(dir) == nil {
		return
	}
	os.RemoveAll(dir)
}

// StaleAfter is the age past which a temporary folder without a marker (a
// build killed between making it and writing the marker), or any
// temporary folder where files cannot be locked, is taken as left over.
const StaleAfter = time.Hour

// removeLeftovers removes what earlier builds of the output named base
// left in parent, and nothing else:
//   - ".<base>.tmp-*.old": a previous output, or a killed build's folder,
//     whose removal did not finish (or is still running: removing twice is
//     harmless);
//   - ".<base>.tmp-*": a temporary folder whose marker no running build
//     holds locked: a build that was killed;
//   - ".<base>.spare" and ".<base>.list-*": the spare copy and its lists
//     that versions before December 2026 kept beside the output.
//
// A folder is only ever removed when it holds the Marker or an earlier
// version's output (or is empty), so a folder of someone else's that
// happens to have such a name is left alone. Errors are ignored: these
// are only litter.
func removeLeftovers(parent, base string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	tmp := "." + base + tmpInfix
	for _, e := range entries {
		name, p := e.Name(), filepath.Join(parent, e.Name())
		switch {
		case strings.HasPrefix(name, "."+base+".list-") && e.Type().IsRegular():
			os.Remove(p)
		case !e.IsDir():
		case name == "."+base+".spare" || strings.HasPrefix(name, tmp) && strings.HasSuffix(name, OldSuffix):
			if ours, _ := generatorOutput(p); ours {
				discardLater(p)
			}
		case strings.HasPrefix(name, tmp) && abandoned(p):
			discardLater(p)
		}
	}
}

// abandoned reports whether the temporary folder dir belongs to no running
// build: its marker can be locked, or it has none and is old.
func abandoned(dir string) bool {
	f, err := os.OpenFile(filepath.Join(dir, Marker), os.O_RDWR, 0)
	if err != nil {
		fi, serr := os.Stat(dir)
		return os.IsNotExist(err) && serr == nil && fi.ModTime().Before(time.Now().Add(-StaleAfter))
	}
	defer f.Close()
	return unlocked(f, dir)
}

// discardLater renames dir to a name ending in OldSuffix, so that a build
// running meanwhile cannot take it for its own, and removes it.
func discardLater(dir string) {
	if !strings.HasSuffix(dir, OldSuffix) {
		old := dir + OldSuffix
		if os.Rename(dir, old) != nil {
			return
		}
		dir = old
	}
	removeLater(dir)
}

// IsOldOutput reports whether dir may be removed by the background
// remover: its name is that of a folder handed to RemoveLater and it holds
// what the generator writes (see generatorOutput).
func IsOldOutput(dir string) bool {
	name := filepath.Base(dir)
	if !strings.HasPrefix(name, ".") || !strings.Contains(name, tmpInfix) || !strings.HasSuffix(name, OldSuffix) {
		return false
	}
	ours, err := generatorOutput(dir)
	return err == nil && ours
}
