package publish

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// Dir writes a site into a fresh temporary folder created beside the output
// folder (so on the same file system) and swaps it in on Commit. Until then
// the output folder is untouched; Abort removes the temporary folder.
//
// The temporary folder holds the Marker from its first moment, and the
// build keeps that file locked while it runs: the next build beside the
// same output removes a temporary folder whose marker nobody holds (left
// by a build that was killed), and leaves alone one that a running build
// holds.
type Dir struct {
	out  string
	tmp  string
	lock *os.File // the marker under tmp, held locked until Commit or Abort

	mu   sync.Mutex
	dirs map[string]bool // folders already created under tmp
	done bool
}

// tmpInfix follows "." and the output folder's name in the name of a
// folder a build writes beside the output: ".public.tmp-123".
const tmpInfix = ".tmp-"

// OldSuffix ends the name of a previous output, or of a killed build's
// folder, being removed: ".public.tmp-123.old".
const OldSuffix = ".old"

// NewDir prepares a build into out, which need not exist yet but must not
// be a file; callers check it first with CheckTarget. What earlier builds
// left beside the output (see removeLeftovers) is removed first.
func NewDir(out string) (*Dir, error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("%s đã có và không phải thư mục", out)
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, ioError(parent, err)
	}
	removeLeftovers(parent, filepath.Base(abs))
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(abs)+tmpInfix)
	if err != nil {
		return nil, ioError(parent, err)
	}
	lock, err := writeMarker(tmp)
	if err != nil {
		os.RemoveAll(tmp)
		return nil, ioError(abs, err)
	}
	return &Dir{out: abs, tmp: tmp, lock: lock, dirs: map[string]bool{tmp: true}}, nil
}

// writeMarker writes the Marker into dir and returns it open and locked.
func writeMarker(dir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, Marker), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return nil, err
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.WriteString(markerText); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Out returns the absolute output folder.
func (d *Dir) Out() string { return d.out }

// Temp returns the temporary folder being written.
func (d *Dir) Temp() string { return d.tmp }

// WriteFile writes b to rel under the temporary folder, creating folders as
// needed. It is safe for concurrent use; writing the same path twice is an
// error.
func (d *Dir) WriteFile(rel string, b []byte) error {
	f, err := d.Create(rel)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Create creates rel under the temporary folder for streaming, with the
// same checks as WriteFile. It is safe for concurrent use.
func (d *Dir) Create(rel string) (io.WriteCloser, error) {
	c, err := CleanRel(rel)
	if err != nil {
		return nil, err
	}
	p := filepath.Join(d.tmp, filepath.FromSlash(c))
	if err := d.mkdirAll(filepath.Dir(p)); err != nil {
		return nil, d.fileError(c, err)
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("tệp %q được ghi hai lần", c)
	}
	if err != nil {
		return nil, d.fileError(c, err)
	}
	return &file{f: f, d: d, rel: c}, nil
}

// file is a file being written under the temporary folder; its errors
// name the file by its place in the output.
type file struct {
	f   *os.File
	d   *Dir
	rel string
}

func (f *file) Write(b []byte) (int, error) {
	n, err := f.f.Write(b)
	if err != nil {
		err = f.d.fileError(f.rel, err)
	}
	return n, err
}

func (f *file) Close() error {
	if err := f.f.Close(); err != nil {
		return f.d.fileError(f.rel, err)
	}
	return nil
}

// fileError explains err, met writing rel, naming the file in the output.
func (d *Dir) fileError(rel string, err error) error {
	return ioError(filepath.Join(d.out, filepath.FromSlash(rel)), err)
}

func (d *Dir) mkdirAll(dir string) error {
	d.mu.Lock()
	known := d.dirs[dir]
	d.mu.Unlock()
	if known {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	d.mu.Lock()
	d.dirs[dir] = true
	d.mu.Unlock()
	return nil
}

// Commit puts the temporary folder in the output's place. Where the system
// can swap two folders in one step (see exchange), there is no moment
// without an output folder; elsewhere the old output is renamed aside and
// the new one renamed in, and the old one put back if that fails. The
// previous output is then removed (see RemoveLater).
func (d *Dir) Commit() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return fmt.Errorf("bản dựng đã kết thúc")
	}
	d.done = true
	defer d.lock.Close()
	if err := os.Chmod(d.tmp, 0o755); err != nil {
		d.discard()
		return ioError(d.out, err)
	}
	old := d.tmp + OldSuffix
	switch err := exchange(d.tmp, d.out); {
	case err == nil:
		// d.tmp now holds the previous output.
		if os.Rename(d.tmp, old) != nil {
			old = d.tmp
		}
		removeLater(old)
		return nil
	case errors.Is(err, fs.ErrNotExist):
		if err := os.Rename(d.tmp, d.out); err != nil {
			d.discard()
			return ioError(d.out, err)
		}
		return nil
	}
	if err := os.Rename(d.out, old); err != nil {
		d.discard()
		return ioError(d.out, err)
	}
	if err := os.Rename(d.tmp, d.out); err != nil {
		os.Rename(old, d.out)
		d.discard()
		return ioError(d.out, err)
	}
	removeLater(old)
	return nil
}

// Abort removes the temporary folder and leaves the output folder as it was.
// It does nothing after Commit, so it can be deferred.
func (d *Dir) Abort() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return nil
	}
	d.done = true
	defer d.lock.Close()
	return d.discard()
}

func (d *Dir) discard() error { return os.RemoveAll(d.tmp) }
