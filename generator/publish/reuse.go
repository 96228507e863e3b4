package publish

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// SpareSuffix ends the name of the spare folder kept beside the output
// (".public.spare" for "public"): the output before the current one, kept
// so that the next build can write over its files instead of creating
// them all again.
//
// Why: on this kind of machine (ext4 in a VM), creating the 130,000 files
// and 126,000 folders of a national site cost 10 to 33 s of wall time and
// removing the previous output about 60 s more, which also slows whatever
// writes next; writing the same files over an existing tree took 3 to 6 s
// (bench/fsfloor, see bench/README.md). The price is a second copy of the
// site on disk; `build --no-reuse` does without it.
const SpareSuffix = ".spare"

// spareOf returns the spare folder for the absolute output folder out.
func spareOf(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+SpareSuffix)
}

// NewReusingDir is NewDir, but the build writes over the spare folder left
// by an earlier build, when there is one, and Commit keeps the output it
// replaces as the next spare. Files of the spare that the build does not
// write are removed before the swap, so the result is the same as a fresh
// folder's; only file times differ. A spare that is not a plain folder
// (a symbolic link, say) is never used.
func NewReusingDir(out string) (*Dir, error) {
	d, err := newDir(out)
	if err != nil {
		return nil, err
	}
	d.keepSpare = true
	d.files = map[string]bool{}
	spare := spareOf(d.out)
	if fi, err := os.Lstat(spare); err != nil || !fi.IsDir() {
		return d, nil
	}
	// Claim the spare by renaming it to the temporary folder's name (taken
	// at random by NewDir, empty), so that two builds never share it.
	if err := os.Remove(d.tmp); err != nil {
		return d, nil
	}
	if err := os.Rename(spare, d.tmp); err != nil {
		if err := os.Mkdir(d.tmp, 0o700); err != nil {
			return nil, err
		}
		return d, nil
	}
	// The claimed spare keeps its old time: give it the time of a folder
	// just made, or a build starting meanwhile would take it for one left
	// by a killed build (removeStale) and remove it under this one.
	now := time.Now()
	if err := os.Chtimes(d.tmp, now, now); err != nil {
		return nil, err
	}
	d.reuse = true
	d.existing = map[string]fs.FileMode{}
	d.walked = make(chan struct{})
	go d.walk()
	return d, nil
}

// Reusing reports whether the build writes over a spare folder.
func (d *Dir) Reusing() bool { return d.reuse }

// Spare returns the spare folder kept beside the output, whether or not
// there is one now.
func (d *Dir) Spare() string { return spareOf(d.out) }

// walk lists what the claimed spare holds, for writeFile to know what it
// writes over and Commit to remove what was not written again.
func (d *Dir) walk() {
	defer close(d.walked)
	if d.walkFromList() {
		return
	}
	if d.walkErr = d.walkAll(d.tmp); d.walkErr != nil {
		d.walkErr = fmt.Errorf("không đọc được thư mục dựng lại %s: %w", d.tmp, d.walkErr)
	}
}

// before returns what the spare held at p (ok false if nothing), once the
// walk is done.
func (d *Dir) before(p string) (mode fs.FileMode, ok bool, err error) {
	<-d.walked
	if d.walkErr != nil {
		return 0, false, d.walkErr
	}
	mode, ok = d.existing[p]
	return mode, ok, nil
}

// record notes rel as written, for the tree list, when a build that keeps
// a spare writes a fresh folder (a reusing build claims its files).
func (d *Dir) record(rel string, err error) error {
	if err == nil && d.keepSpare {
		d.mu.Lock()
		d.files[rel] = true
		d.mu.Unlock()
	}
	return err
}

// claim records that rel is written by this build: writing it twice is an
// error, as it is in a fresh folder, where the file would already exist.
func (d *Dir) claim(rel string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.files[rel] {
		return fmt.Errorf("tệp %q được ghi hai lần", rel)
	}
	d.files[rel] = true
	return nil
}

// reuseDir makes sure dir is a real folder in the claimed spare: kept if
// the spare has one there, made otherwise, after removing whatever else
// (a file, a symbolic link) was in its place. Parents come first, so no
// write ever goes through a link.
func (d *Dir) reuseDir(dir string) error {
	if d.known(dir) {
		return nil
	}
	if parent := filepath.Dir(dir); parent != dir && strings.HasPrefix(parent, d.tmp) {
		if err := d.reuseDir(parent); err != nil {
			return err
		}
	}
	mode, ok, err := d.before(dir)
	if err != nil {
		return err
	}
	if !ok || !mode.IsDir() {
		if ok {
			if err := os.Remove(dir); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
		if err := os.Mkdir(dir, 0o755); err != nil && !os.IsExist(err) {
			return err
		}
	}
	d.markDir(dir)
	return nil
}

// claimed claims rel (cleaned; p is its path) for this build and returns
// what the spare held there.
func (d *Dir) claimed(rel, p string) (mode fs.FileMode, ok bool, err error) {
	if err := d.claim(rel); err != nil {
		return 0, false, err
	}
	return d.before(p)
}

// writeReused writes b at p (rel, cleaned) in the claimed spare.
func (d *Dir) writeReused(rel, p string, b []byte) error {
	mode, ok, err := d.claimed(rel, p)
	if err != nil {
		return err
	}
	switch {
	case !ok:
		return writeNew(p, b)
	case mode.IsRegular():
		return writeOver(p, b)
	default: // a folder or a link where the file goes
		return replace(p, b)
	}
}

// createReused opens p (rel, cleaned) in the claimed spare for streaming.
func (d *Dir) createReused(rel, p string) (io.WriteCloser, error) {
	mode, ok, err := d.claimed(rel, p)
	if err != nil {
		return nil, err
	}
	if ok && mode.IsRegular() {
		if f, err := openOver(p); err == nil {
			return f, nil
		}
	}
	if ok {
		if err := os.RemoveAll(p); err != nil {
			return nil, err
		}
	}
	return os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
}

// removeUnwritten removes from the claimed spare every file this build did
// not write and every folder it did not use, before the swap.
func (d *Dir) removeUnwritten() error {
	<-d.walked
	if d.walkErr != nil {
		return d.walkErr
	}
	gone := "" // a folder removed whole: skip what was under it
	for _, p := range d.order {
		if gone != "" && strings.HasPrefix(p, gone) {
			continue
		}
		rel := d.rel(p)
		switch {
		case d.files[rel]: // written now; a folder there was removed then
		case d.dirs[p]: // a folder used now
			continue
		default:
			if err := os.RemoveAll(p); err != nil {
				return err
			}
		}
		if d.existing[p].IsDir() {
			gone = p + string(filepath.Separator)
		}
	}
	return nil
}

// overFile is a file opened by openOver: written from its start over the
// old bytes, and cut at Close to the length written. As long as what is
// written matches the old bytes it is only read and compared, so a file
// streamed unchanged is left as it was (nothing for the system to write
// back); from the first difference on, it is written.
type overFile struct {
	*os.File
	n, old  int64
	differs bool
	cmp     []byte // the old bytes read back
}

func (f *overFile) Write(b []byte) (int, error) {
	if !f.differs && f.n+int64(len(b)) <= f.old {
		if cap(f.cmp) < len(b) {
			f.cmp = make([]byte, len(b))
		}
		old := f.cmp[:len(b)]
		if _, err := f.File.ReadAt(old, f.n); err == nil && bytes.Equal(old, b) {
			f.n += int64(len(b))
			return len(b), nil
		}
	}
	f.differs = true
	n, err := f.File.WriteAt(b, f.n)
	f.n += int64(n)
	return n, err
}

func (f *overFile) Close() error {
	if f.old > f.n {
		if err := f.File.Truncate(f.n); err != nil {
			f.File.Close()
			return err
		}
	}
	return f.File.Close()
}

// openOver opens the existing regular file p to be written over from its
// start. A file with other links (a deploy's hard-linked snapshot, say) or
// that is not a plain file with the usual permissions is refused, for the
// caller to replace it.
func openOver(p string) (*overFile, error) {
	f, err := os.OpenFile(p, os.O_RDWR|noFollow, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil || !plainFile(fi) {
		f.Close()
		return nil, fs.ErrExist
	}
	return &overFile{File: f, old: fi.Size()}, nil
}

// replace removes whatever is at p and writes b there as a new file.
func replace(p string, b []byte) error {
	if err := os.RemoveAll(p); err != nil {
		return err
	}
	return writeNew(p, b)
}
