package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Dir writes a site into a fresh temporary folder created beside the output
// folder (so on the same file system) and swaps it in on Commit. Until then
// the output folder is untouched; Abort removes the temporary folder.
type Dir struct {
	out string
	tmp string

	mu   sync.Mutex
	dirs map[string]bool // folders already created under tmp
	done bool

	// Reuse of the spare folder (see NewReusingDir).
	keepSpare bool                   // Commit keeps the replaced output as the spare
	reuse     bool                   // tmp is a claimed spare, written over
	files     map[string]bool        // rel paths written, when keepSpare (under mu)
	existing  map[string]fs.FileMode // what the spare held, by path; read after walked
	order     []string               // the same paths, parents first
	walked    chan struct{}          // closed when existing is complete
	walkErr   error
	fromList  bool // existing came from the tree list (see treelist.go)
}

// NewDir prepares a build into out, which need not exist yet but must not
// be a file. The temporary folder is named after out with a ".tmp-" suffix.
// A spare folder kept by an earlier NewReusingDir build is removed (in the
// background when RemoveLater allows).
func NewDir(out string) (*Dir, error) {
	d, err := newDir(out)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Lstat(spareOf(d.out)); err == nil && fi.IsDir() {
		old := d.tmp + SpareSuffix + OldSuffix
		if os.Rename(spareOf(d.out), old) == nil && (RemoveLater == nil || RemoveLater(old) != nil) {
			os.RemoveAll(old)
		}
	}
	dropLists(d.out)
	return d, nil
}

func newDir(out string) (*Dir, error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		return nil, fmt.Errorf("%s đã có và không phải thư mục", out)
	}
	parent := filepath.Dir(abs)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	removeStale(parent, "."+filepath.Base(abs)+".tmp-", time.Now().Add(-StaleAfter))
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(abs)+".tmp-")
	if err != nil {
		return nil, err
	}
	return &Dir{out: abs, tmp: tmp, dirs: map[string]bool{tmp: true}}, nil
}

// StaleAfter is the age past which a temporary folder beside the output is
// taken as left by a build that was killed, and removed by the next build.
const StaleAfter = time.Hour

// removeStale removes the folders of parent named prefix* last changed
// before cutoff: what a killed build left. Errors are ignored, as the
// folders are only litter.
func removeStale(parent, prefix string, cutoff time.Time) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		p := filepath.Join(parent, e.Name())
		if strings.HasSuffix(e.Name(), OldSuffix) {
			// A previous output whose removal did not finish (or is
			// still running: removing twice is harmless).
			if RemoveLater == nil || RemoveLater(p) != nil {
				os.RemoveAll(p)
			}
			continue
		}
		if info, err := e.Info(); err == nil && info.ModTime().Before(cutoff) {
			os.RemoveAll(p)
		}
	}
}

// Out returns the absolute output folder.
func (d *Dir) Out() string { return d.out }

// Temp returns the temporary folder being written.
func (d *Dir) Temp() string { return d.tmp }

// WriteFile writes b to rel under the temporary folder, creating folders as
// needed. It is safe for concurrent use; writing the same path twice is an
// error.
func (d *Dir) WriteFile(rel string, b []byte) error {
	c, p, err := d.place(rel)
	if err != nil {
		return err
	}
	if d.reuse {
		return d.writeReused(c, p, b)
	}
	return d.record(c, written(c, writeNew(p, b)))
}

// place cleans rel and makes the folders of its path under the temporary
// folder, returning the cleaned rel and the file's path.
func (d *Dir) place(rel string) (c, p string, err error) {
	if c, err = CleanRel(rel); err != nil {
		return "", "", err
	}
	p = filepath.Join(d.tmp, filepath.FromSlash(c))
	return c, p, d.mkdirAll(filepath.Dir(p))
}

// written names the error of creating the file rel when it already
// exists: a path written twice.
func written(rel string, err error) error {
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("tệp %q được ghi hai lần", rel)
	}
	return err
}

func (d *Dir) mkdirAll(dir string) error {
	if d.reuse {
		return d.reuseDir(dir)
	}
	if d.known(dir) {
		return nil
	}
	// Most folders are one level under one already made (xep-hang/<period>/<level>/):
	// one mkdir, without the stat of every level that MkdirAll makes first.
	if err := os.Mkdir(dir, 0o755); err != nil {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	d.markDir(dir)
	return nil
}

// known reports whether dir was made (or kept) by this build.
func (d *Dir) known(dir string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.dirs[dir]
}

// markDir records dir as made (or kept) by this build.
func (d *Dir) markDir(dir string) {
	d.mu.Lock()
	d.dirs[dir] = true
	d.mu.Unlock()
}

// Commit replaces the output folder with the temporary one: the old output
// is renamed aside, the new one renamed in, then the old one removed. If the
// second rename fails the old output is put back.
func (d *Dir) Commit() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return fmt.Errorf("bản dựng đã kết thúc")
	}
	d.done = true
	if d.reuse {
		if err := d.removeUnwritten(); err != nil {
			d.discard()
			return fmt.Errorf("không xóa được tệp cũ trong thư mục dựng lại: %w", err)
		}
	}
	if err := os.Chmod(d.tmp, 0o755); err != nil {
		d.discard()
		return err
	}
	if d.keepSpare {
		d.saveList()
	}
	old := d.tmp + OldSuffix
	hadOld := true
	if err := os.Rename(d.out, old); err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			d.discard()
			return fmt.Errorf("không đổi tên được thư mục xuất cũ: %w", err)
		}
		hadOld = false
	}
	if err := os.Rename(d.tmp, d.out); err != nil {
		if hadOld {
			os.Rename(old, d.out)
		}
		d.discard()
		return fmt.Errorf("không đưa được bản dựng mới vào chỗ: %w", err)
	}
	if d.keepSpare {
		defer func() {
			outIno, _ := inodeOf(d.out)
			spareIno, _ := inodeOf(spareOf(d.out))
			dropLists(d.out, outIno, spareIno)
		}()
	}
	if hadOld {
		if d.keepSpare && os.Rename(old, spareOf(d.out)) == nil {
			return nil
		}
		if RemoveLater != nil && RemoveLater(old) == nil {
			return nil
		}
		return os.RemoveAll(old)
	}
	return nil
}

// RemoveLater, when set, is handed the previous output once the new one is
// in place, to remove it in the background: removing a national site's
// 130,000 files takes longer than building them, and nobody needs to wait
// for it. The command line sets it to start a detached process of its
// own; when it is nil or fails, Commit removes the folder itself.
var RemoveLater func(dir string) error

// OldSuffix ends the name of a previous output being removed: a folder
// named after the output, ".tmp-…" and OldSuffix is litter by definition.
const OldSuffix = ".old"

// Abort removes the temporary folder and leaves the output folder as it was.
// It does nothing after Commit, so it can be deferred.
func (d *Dir) Abort() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.done {
		return nil
	}
	d.done = true
	return d.discard()
}

// discard drops the temporary folder: given back as the spare when it was
// one (it is only ever written over), removed otherwise.
func (d *Dir) discard() error {
	if d.reuse && os.Rename(d.tmp, spareOf(d.out)) == nil {
		return nil
	}
	return os.RemoveAll(d.tmp)
}
