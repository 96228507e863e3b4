package publish

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A tree list records the folders and files a build wrote, so that when
// that output comes back as the spare the next build need not read every
// folder of it again (listing the 126,000 folders of a national site cost
// about 4 CPU-seconds, as much as writing its files over). It is kept
// beside the output as ".public.list-<inode of the tree's root folder>":
// the root keeps its inode when renamed from temporary folder to output to
// spare, and a list whose inode matches no folder is dropped.
//
// A list is trusted folder by folder: a folder changed after the list was
// written (a file added, removed or replaced by hand) has a later time
// than the list, and is read again; so is a folder the list does not know.
const listHeader = "phongtrao tree list 1\n"

// listPrefix starts the names of the tree lists of the output out.
func listPrefix(out string) string {
	return filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".list-")
}

// listFile returns the tree list of the folder with inode ino.
func (d *Dir) listFile(ino uint64) string {
	return listPrefix(d.out) + strconv.FormatUint(ino, 10)
}

// saveList writes the tree list of the temporary folder, about to be
// swapped in. Errors are ignored: without a list the next build reads
// the whole spare.
func (d *Dir) saveList() {
	ino, ok := inodeOf(d.tmp)
	if !ok {
		return
	}
	type entry struct {
		rel string
		dir bool
	}
	var entries []entry
	for p := range d.dirs {
		if p != d.tmp {
			entries = append(entries, entry{d.rel(p), true})
		}
	}
	for rel := range d.files {
		entries = append(entries, entry{rel, false})
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.rel, b.rel) })
	var b bytes.Buffer
	b.WriteString(listHeader)
	for _, e := range entries {
		if strings.ContainsAny(e.rel, "\n\r") {
			return
		}
		if e.dir {
			b.WriteString("d ")
		} else {
			b.WriteString("f ")
		}
		b.WriteString(e.rel)
		b.WriteByte('\n')
	}
	tmp := d.tmp + ".list"
	if os.WriteFile(tmp, b.Bytes(), 0o644) != nil || os.Rename(tmp, d.listFile(ino)) != nil {
		os.Remove(tmp)
	}
}

// dropLists removes the tree lists of out except those of the folders
// with the inodes in keep.
func dropLists(out string, keep ...uint64) {
	prefix := listPrefix(out)
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		return
	}
	for _, e := range entries {
		p := filepath.Join(filepath.Dir(out), e.Name())
		num, ok := strings.CutPrefix(p, prefix)
		if !ok {
			continue
		}
		if n, err := strconv.ParseUint(num, 10, 64); err == nil && slices.Contains(keep, n) {
			continue
		}
		os.Remove(p)
	}
}

// inodeOf returns the inode of the folder at p, if the system has them.
func inodeOf(p string) (uint64, bool) {
	fi, err := os.Lstat(p)
	if err != nil {
		return 0, false
	}
	return inode(fi)
}

// rel returns the slash-separated path of p under the temporary folder.
func (d *Dir) rel(p string) string {
	return filepath.ToSlash(strings.TrimPrefix(p, d.tmp+string(filepath.Separator)))
}

// walkFromList fills existing and order from the tree list of the claimed
// spare, reading again only the folders changed since it was written; it
// reports false when there is no usable list (the caller then reads the
// whole spare).
func (d *Dir) walkFromList() bool {
	ino, ok := inodeOf(d.tmp)
	if !ok {
		return false
	}
	f, err := os.Open(d.listFile(ino))
	if err != nil {
		return false
	}
	defer f.Close()
	lfi, err := f.Stat()
	if err != nil {
		return false
	}
	limit := lfi.ModTime()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	if !sc.Scan() || sc.Text()+"\n" != listHeader {
		return false
	}
	stale := []string{d.tmp} // folders to read again: the root's time is reset on claim
	gone := ""               // a listed folder no longer there: skip what was under it
	for sc.Scan() {
		line := sc.Text()
		if len(line) < 3 || (line[:2] != "d " && line[:2] != "f ") {
			return false
		}
		p := filepath.Join(d.tmp, filepath.FromSlash(line[2:]))
		if gone != "" && strings.HasPrefix(p, gone) {
			continue
		}
		if line[0] == 'f' {
			d.existing[p] = 0 // a regular file; writeOver checks again
			d.order = append(d.order, p)
			continue
		}
		fi, err := os.Lstat(p)
		if err != nil || !fi.IsDir() {
			gone = p + string(filepath.Separator) // its parent changed: read again below
			continue
		}
		d.existing[p] = fi.Mode().Type()
		d.order = append(d.order, p)
		if !fi.ModTime().Before(limit) {
			stale = append(stale, p)
		}
	}
	if sc.Err() != nil || len(stale) > maxStale {
		clear(d.existing)
		d.order = nil
		return false
	}
	for _, dir := range stale {
		if err := d.relist(dir); err != nil {
			d.walkErr = err
			return true
		}
	}
	d.fromList = true
	return true
}

// maxStale is how many changed folders a list may have before the whole
// spare is read instead: past it the list is not saving much.
const maxStale = 1024

// relist reads the folder dir again: entries the list did not have are
// added (folders with all they hold) and every entry takes the type found
// now. An entry listed but gone may stay: writing it creates it again
// (writeOver falls back to a new file) and removing it is no error.
func (d *Dir) relist(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		_, listed := d.existing[p]
		d.existing[p] = e.Type()
		if !listed {
			d.order = append(d.order, p)
			if e.IsDir() {
				if err := d.walkAll(p); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// walkAll adds everything under the folder root to existing and order.
func (d *Dir) walkAll(root string) error {
	return filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		d.existing[p] = e.Type()
		d.order = append(d.order, p)
		return nil
	})
}
