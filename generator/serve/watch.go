package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/fsnotify/fsnotify"
)

// overflowed names the change recorded when the watcher lost events.
const overflowed = "(mất sự kiện theo dõi: hàng đợi bị tràn)"

// watcher watches the source folder's top level (for site.toml and input
// folders that appear) and every folder under the input roots
// (inputRoots), recursively, adding new folders as they appear.
type watcher struct {
	root string // absolute source folder
	fsw  *fsnotify.Watcher
	logf func(format string, args ...any)
}

// newWatcher starts watching root. A watch that cannot be added is logged
// (with the fix for the inotify limits) and the rest still watched; an
// error is returned only when no watcher could be made at all.
func newWatcher(root string, logf func(string, ...any)) (*watcher, error) {
	fsw, err := fsnotify.NewBufferedWatcher(4096)
	if err != nil {
		return nil, explainWatchErr(root, err)
	}
	w := &watcher{root: root, fsw: fsw, logf: logf}
	if err := fsw.Add(root); err != nil {
		fsw.Close()
		return nil, explainWatchErr(root, err)
	}
	w.addRoots()
	return w, nil
}

// addRoots (re)adds every input folder's tree; adding a watched folder
// again is harmless. It is how an overflow catches up with lost folders.
func (w *watcher) addRoots() {
	names := make([]string, 0, len(inputRoots))
	for name := range inputRoots {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		dir := filepath.Join(w.root, name)
		if info, err := os.Stat(dir); err == nil && info.IsDir() {
			w.addTree(dir)
		}
	}
}

// addTree watches dir and every folder under it, skipping dot folders. A
// linked folder whose target lies inside the source has its target watched
// too (the build follows it); a link leading outside is left to the build,
// which refuses it.
func (w *watcher) addTree(dir string) {
	w.addTreeDepth(dir, 0)
}

func (w *watcher) addTreeDepth(dir string, depth int) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // gone already, or unreadable: the build will say so
		}
		if d.Type()&fs.ModeSymlink != 0 && depth < 8 {
			if target, err := filepath.EvalSymlinks(p); err == nil && w.inside(target) {
				if info, err := os.Stat(target); err == nil && info.IsDir() {
					w.addTreeDepth(target, depth+1)
				}
			}
			return nil
		}
		if !d.IsDir() {
			return nil
		}
		if p != dir && ignoredPath(d.Name()) {
			return filepath.SkipDir
		}
		if err := w.fsw.Add(p); err != nil {
			w.logf("cảnh báo: %v", explainWatchErr(p, err))
			return filepath.SkipDir
		}
		return nil
	})
}

// inside reports whether the resolved path p lies inside the source folder.
func (w *watcher) inside(p string) bool {
	root, err := filepath.EvalSymlinks(w.root)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// change turns an event into the path it touched (relative to the source,
// slash-separated) and the stage it forces; stageNone means ignore it.
// New folders are watched at once; a folder renamed away stops being
// watched under its old name (its new name arrives as a Create).
func (w *watcher) change(ev fsnotify.Event) (string, stage) {
	if ev.Op == fsnotify.Chmod || ev.Op == 0 {
		return "", stageNone
	}
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil {
		return "", stageNone
	}
	rel = filepath.ToSlash(rel)
	st := stageOf(rel)
	if st == stageNone {
		return "", stageNone
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			w.addTree(ev.Name)
		}
	}
	if ev.Has(fsnotify.Rename) {
		w.forget(ev.Name)
	}
	return rel, st
}

// forget stops watching dir and the folders under it, after dir was
// renamed: inotify would go on reporting their events under the old
// names. The new name arrives as a Create and is watched afresh.
func (w *watcher) forget(dir string) {
	prefix := dir + string(filepath.Separator)
	for _, p := range w.fsw.WatchList() {
		if p == dir || strings.HasPrefix(p, prefix) {
			w.fsw.Remove(p)
		}
	}
}

func (w *watcher) close() error { return w.fsw.Close() }

// explainWatchErr says in Vietnamese why path cannot be watched, with the
// Linux settings to raise when the inotify limits are reached.
func explainWatchErr(path string, err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%s: không theo dõi được thay đổi vì đã hết số thư mục Linux cho phép theo dõi "+
			"(giới hạn inotify fs.inotify.max_user_watches).\n"+
			"    gợi ý: tăng giới hạn: sudo sysctl fs.inotify.max_user_watches=524288\n"+
			"    giữ sau khi khởi động lại: echo fs.inotify.max_user_watches=524288 | sudo tee /etc/sysctl.d/90-inotify.conf",
			path)
	case errors.Is(err, syscall.EMFILE):
		return fmt.Errorf("%s: không theo dõi được thay đổi vì có quá nhiều tệp đang mở hoặc quá nhiều bộ theo dõi "+
			"(giới hạn fs.inotify.max_user_instances).\n"+
			"    gợi ý: đóng bớt chương trình đang theo dõi tệp, hoặc: sudo sysctl fs.inotify.max_user_instances=1024 "+
			"và ulimit -n 4096", path)
	default:
		return fmt.Errorf("%s: không theo dõi được thay đổi: %v", path, err)
	}
}
