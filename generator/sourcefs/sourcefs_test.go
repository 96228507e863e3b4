package sourcefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestWalkDirFollowsInsideRefusesOutside(t *testing.T) {
	src, outside := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(outside, "secret"), []byte("x"), 0o644)
	os.MkdirAll(filepath.Join(src, "a", "real"), 0o755)
	os.WriteFile(filepath.Join(src, "a", "real", "f.txt"), []byte("f"), 0o644)
	os.Symlink("real", filepath.Join(src, "a", "dir"))
	os.Symlink("real/f.txt", filepath.Join(src, "a", "file"))
	os.Symlink(filepath.Join(outside, "secret"), filepath.Join(src, "a", "abs"))
	os.Symlink("../../"+filepath.Base(outside)+"/secret", filepath.Join(src, "a", "rel"))
	os.Symlink(outside, filepath.Join(src, "a", "out-dir"))
	fsys, err := Open(src)
	if err != nil {
		t.Fatal(err)
	}
	var files, bad []string
	WalkDir(fsys, "a", func(p string, d fs.DirEntry, err error) error {
		var le *LinkError
		switch {
		case errors.As(err, &le):
			bad = append(bad, le.Path)
		case err != nil:
			t.Errorf("%s: %v", p, err)
		case !d.IsDir():
			files = append(files, p)
			if _, err := fs.ReadFile(fsys, p); err != nil {
				t.Errorf("read %s: %v", p, err)
			}
		}
		return nil
	})
	slices.Sort(files)
	slices.Sort(bad)
	if want := []string{"a/dir/f.txt", "a/file", "a/real/f.txt"}; !slices.Equal(files, want) {
		t.Errorf("files %v, want %v", files, want)
	}
	if want := []string{"a/abs", "a/out-dir", "a/rel"}; !slices.Equal(bad, want) {
		t.Errorf("refused %v, want %v", bad, want)
	}
	if _, err := fs.ReadFile(fsys, "a/abs"); err == nil {
		t.Error("read a file outside the source")
	}
	if l := Links(fsys, "a", "missing"); l.Len() != 3 {
		t.Errorf("Links: %v", l.Err())
	}
}

func TestWalkDirLoopEnds(t *testing.T) {
	src := t.TempDir()
	os.MkdirAll(filepath.Join(src, "a"), 0o755)
	os.Symlink("..", filepath.Join(src, "a", "up"))
	fsys, _ := Open(src)
	if l := Links(fsys, "a"); l.Len() != 1 || !strings.Contains(l.Items()[0].Msg, "vòng lặp") {
		t.Errorf("want the loop reported once, got %v", l.Err())
	}
}
