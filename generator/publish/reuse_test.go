package publish

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tree lists every file under dir with its content, and every folder with
// a trailing "/", for comparing whole outputs.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	got := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case e.IsDir():
			got[rel+"/"] = ""
		case e.Type()&fs.ModeSymlink != 0:
			got[rel] = "LINK"
		default:
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			got[rel] = string(b)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func sameTree(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	var diff []string
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			diff = append(diff, "want "+k+"="+v+", got "+g)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			diff = append(diff, "extra "+k)
		}
	}
	sort.Strings(diff)
	if len(diff) > 0 {
		t.Errorf("%s:\n%s", what, strings.Join(diff, "\n"))
	}
}

// reuseBuild writes files (rel -> content) with NewReusingDir and commits.
func reuseBuild(t *testing.T, out string, files map[string]string) {
	t.Helper()
	d, err := NewReusingDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for rel, s := range files {
		if strings.HasPrefix(rel, "stream:") {
			rel = strings.TrimPrefix(rel, "stream:")
			f, err := d.Create(rel)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte(s)); err != nil {
				t.Fatal(err)
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := d.WriteFile(rel, []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
}

// A rebuild written over the spare gives exactly what a fresh folder
// would: files cut to their new length, files and folders of the spare not
// written again removed, and the replaced output kept as the next spare.
func TestReusingDirGivesWhatAFreshFolderGives(t *testing.T) {
	defer func(f func(string) error) { RemoveLater = f }(RemoveLater)
	RemoveLater = nil
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	spare := filepath.Join(parent, ".public"+SpareSuffix)
	first := map[string]string{
		"index.html": "trang chủ, bản dài", "don-vi/a/index.html": "A1",
		"don-vi/b/index.html": "B1", "du-lieu/ket-qua.csv": "x,y,z\n1,2,3\n",
	}
	second := map[string]string{"index.html": "trang chủ", "don-vi/a/index.html": "A2", "moi/index.html": "mới"}
	third := map[string]string{
		"index.html": "ba", "don-vi/b/index.html": "B3", "stream:du-lieu/ket-qua.csv": "x\n",
	}
	reuseBuild(t, out, first) // no spare yet: a fresh folder
	if _, err := os.Stat(spare); err == nil {
		t.Fatal("a spare after the first build, want none (there was no output to keep)")
	}
	reuseBuild(t, out, second)
	sameTree(t, "second output", tree(t, out), map[string]string{
		"index.html": "trang chủ", "don-vi/": "", "don-vi/a/": "", "don-vi/a/index.html": "A2",
		"moi/": "", "moi/index.html": "mới",
	})
	sameTree(t, "spare after the second build (the first output)", tree(t, spare), map[string]string{
		"index.html": "trang chủ, bản dài", "don-vi/": "", "don-vi/a/": "", "don-vi/a/index.html": "A1",
		"don-vi/b/": "", "don-vi/b/index.html": "B1", "du-lieu/": "", "du-lieu/ket-qua.csv": "x,y,z\n1,2,3\n",
	})
	// The third build writes over the first output: "index.html" shorter,
	// "don-vi/a/" no longer written (removed whole), the CSV streamed shorter.
	reuseBuild(t, out, third)
	sameTree(t, "third output", tree(t, out), map[string]string{
		"index.html": "ba", "don-vi/": "", "don-vi/b/": "", "don-vi/b/index.html": "B3",
		"du-lieu/": "", "du-lieu/ket-qua.csv": "x\n",
	})
	entries, _ := os.ReadDir(parent)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	outIno, _ := inodeOf(out)
	spareIno, _ := inodeOf(spare)
	want := []string{".public.list-" + strconv.FormatUint(outIno, 10), ".public.list-" + strconv.FormatUint(spareIno, 10), ".public.spare", "public"}
	sort.Strings(want)
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("beside the output: %v, want %v (the output, its spare and their lists)", names, want)
	}
}

// Writing over the spare never writes through a link or into a file
// shared with another folder: those are replaced, and what they point to
// is left as it was. Files and folders swap kinds where the site changed.
func TestReusingDirReplacesLinksAndSharedFiles(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	spare := filepath.Join(parent, ".public"+SpareSuffix)
	outside := t.TempDir()
	keep := filepath.Join(outside, "keep.txt")
	must(t, os.WriteFile(keep, []byte("ngoài"), 0o644))
	must(t, os.MkdirAll(filepath.Join(spare, "was-dir", "x"), 0o755))
	must(t, os.WriteFile(filepath.Join(spare, "was-file"), []byte("f"), 0o644))
	must(t, os.Link(keep, filepath.Join(spare, "linked.html")))
	must(t, os.Symlink(keep, filepath.Join(spare, "sym.html")))
	must(t, os.Symlink(outside, filepath.Join(spare, "symdir")))
	reuseBuild(t, out, map[string]string{
		"was-dir": "giờ là tệp", "was-file/index.html": "giờ là thư mục",
		"linked.html": "L", "sym.html": "S", "symdir/index.html": "D",
	})
	sameTree(t, "output", tree(t, out), map[string]string{
		"was-dir": "giờ là tệp", "was-file/": "", "was-file/index.html": "giờ là thư mục",
		"linked.html": "L", "sym.html": "S", "symdir/": "", "symdir/index.html": "D",
	})
	sameTree(t, "outside folder", tree(t, outside), map[string]string{"keep.txt": "ngoài"})
}

// A spare that is a link is not used, and what it points to is untouched.
func TestReusingDirIgnoresALinkedSpare(t *testing.T) {
	parent := t.TempDir()
	outside := t.TempDir()
	must(t, os.WriteFile(filepath.Join(outside, "index.html"), []byte("ngoài"), 0o644))
	must(t, os.Symlink(outside, filepath.Join(parent, ".public"+SpareSuffix)))
	out := filepath.Join(parent, "public")
	reuseBuild(t, out, map[string]string{"index.html": "mới"})
	sameTree(t, "output", tree(t, out), map[string]string{"index.html": "mới"})
	sameTree(t, "outside folder", tree(t, outside), map[string]string{"index.html": "ngoài"})
}

// In the spare as in a fresh folder, a path written twice is an error.
func TestReusingDirRefusesAPathWrittenTwice(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	reuseBuild(t, out, map[string]string{"a.html": "1"})
	reuseBuild(t, out, map[string]string{"a.html": "2"}) // now the first output is the spare
	d, err := NewReusingDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	if !d.reuse {
		t.Fatal("the third build did not claim the spare")
	}
	must(t, d.WriteFile("a.html", []byte("3")))
	if err := d.WriteFile("a.html", []byte("4")); err == nil || !strings.Contains(err.Error(), "hai lần") {
		t.Errorf("second write of a.html: %v, want an error naming it written twice", err)
	}
	if _, err := d.Create("a.html"); err == nil {
		t.Error("Create of a path already written: no error")
	}
}

// A failed build leaves the output as it was and keeps its folder as the
// spare; a build without reuse removes the spare.
func TestReusingDirAbortKeepsOutputAndSpare(t *testing.T) {
	defer func(f func(string) error) { RemoveLater = f }(RemoveLater)
	RemoveLater = nil
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	spare := filepath.Join(parent, ".public"+SpareSuffix)
	reuseBuild(t, out, map[string]string{"a.html": "1"})
	reuseBuild(t, out, map[string]string{"a.html": "2"})
	d, err := NewReusingDir(out)
	if err != nil {
		t.Fatal(err)
	}
	must(t, d.WriteFile("a.html", []byte("hỏng")))
	must(t, d.Abort())
	sameTree(t, "output after a failed build", tree(t, out), map[string]string{"a.html": "2"})
	if _, err := os.Stat(spare); err != nil {
		t.Errorf("no spare after a failed build: %v", err)
	}
	fresh, err := NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	must(t, fresh.WriteFile("a.html", []byte("3")))
	must(t, fresh.Commit())
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 {
		t.Errorf("beside the output after a build without reuse: %v, want public only", entries)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A build that claims an old spare is not taken for a killed build's
// litter by another build starting meanwhile (which removes temporary
// folders older than StaleAfter).
func TestClaimedSpareIsNotStale(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	reuseBuild(t, out, map[string]string{"a.html": "1"})
	reuseBuild(t, out, map[string]string{"a.html": "2"})
	old := time.Now().Add(-3 * StaleAfter)
	must(t, os.Chtimes(spareOf(out), old, old))
	first, err := NewReusingDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Abort()
	if !first.Reusing() {
		t.Fatal("the spare was not claimed")
	}
	second, err := NewReusingDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Abort()
	must(t, first.WriteFile("a.html", []byte("3")))
	must(t, first.Commit())
	sameTree(t, "output of the first build", tree(t, out), map[string]string{"a.html": "3"})
}

// A rebuild reads the spare from its tree list, reading again only the
// folders changed by hand since: a file added deep inside the output, a
// folder removed, a file turned into a link. None of it survives.
func TestTreeListSeesChangesByHand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	site := map[string]string{"index.html": "1", "don-vi/a/index.html": "A", "don-vi/b/index.html": "B", "c/d/e.html": "E"}
	reuseBuild(t, out, site)
	must(t, os.WriteFile(filepath.Join(out, "don-vi/a/them.html"), []byte("tay"), 0o644))
	must(t, os.RemoveAll(filepath.Join(out, "c/d")))
	must(t, os.Remove(filepath.Join(out, "don-vi/b/index.html")))
	must(t, os.Symlink(t.TempDir(), filepath.Join(out, "don-vi/b/index.html")))
	reuseBuild(t, out, site) // the changed output becomes the spare
	d, err := NewReusingDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for rel, s := range site {
		must(t, d.WriteFile(rel, []byte(s+"3")))
	}
	must(t, d.Commit())
	if !d.fromList {
		t.Error("the spare was read whole, not from its tree list")
	}
	sameTree(t, "output", tree(t, out), map[string]string{
		"index.html": "13", "don-vi/": "", "don-vi/a/": "", "don-vi/a/index.html": "A3",
		"don-vi/b/": "", "don-vi/b/index.html": "B3", "c/": "", "c/d/": "", "c/d/e.html": "E3",
	})
}

// A file of the spare that already holds the bytes to write is left
// untouched (its old modification time stays), while a file of the same
// length with other bytes, and one of another length, are written.
func TestReusingDirLeavesUnchangedFilesAlone(t *testing.T) {
	defer func(f func(string) error) { RemoveLater = f }(RemoveLater)
	RemoveLater = nil
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	spare := filepath.Join(parent, ".public"+SpareSuffix)
	first := map[string]string{"same.html": "giữ nguyên", "swap.html": "AAAA", "grow.html": "ngắn"}
	reuseBuild(t, out, first)
	reuseBuild(t, out, map[string]string{"other.html": "x"}) // first output becomes the spare
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	for rel := range first {
		must(t, os.Chtimes(filepath.Join(spare, rel), old, old))
	}
	// The third build writes over the spare (the first output).
	third := map[string]string{"same.html": "giữ nguyên", "swap.html": "BBBB", "grow.html": "dài hơn trước"}
	reuseBuild(t, out, third)
	sameTree(t, "third output", tree(t, out), third)
	for rel, wantOld := range map[string]bool{"same.html": true, "swap.html": false, "grow.html": false} {
		fi, err := os.Stat(filepath.Join(out, rel))
		if err != nil {
			t.Fatal(err)
		}
		if gotOld := fi.ModTime().Equal(old); gotOld != wantOld {
			t.Errorf("%s: modification time kept = %v, want %v (%s)", rel, gotOld, wantOld, fi.ModTime())
		}
	}
}

// A streamed file follows the same rule: the same bytes leave the spare's
// file untouched; bytes that differ from some point on, or stop short of
// the old end, give exactly the new content.
func TestReusingDirStreamsOverUnchangedFiles(t *testing.T) {
	defer func(f func(string) error) { RemoveLater = f }(RemoveLater)
	RemoveLater = nil
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	spare := filepath.Join(parent, ".public"+SpareSuffix)
	long := strings.Repeat("0123456789", 1000)
	first := map[string]string{"stream:same.csv": long, "stream:tail.csv": long, "stream:short.csv": long}
	reuseBuild(t, out, first)
	reuseBuild(t, out, map[string]string{"other.html": "x"})
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, rel := range []string{"same.csv", "tail.csv", "short.csv"} {
		must(t, os.Chtimes(filepath.Join(spare, rel), old, old))
	}
	third := map[string]string{
		"stream:same.csv":  long,
		"stream:tail.csv":  long[:5000] + "khác" + long[5004:],
		"stream:short.csv": long[:4000],
	}
	reuseBuild(t, out, third)
	sameTree(t, "third output", tree(t, out), map[string]string{
		"same.csv": long, "tail.csv": long[:5000] + "khác" + long[5004:], "short.csv": long[:4000],
	})
	fi, err := os.Stat(filepath.Join(out, "same.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !fi.ModTime().Equal(old) {
		t.Errorf("same.csv streamed unchanged was written: modification time %s, want %s", fi.ModTime(), old)
	}
}
