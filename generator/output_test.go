package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// snapshot lists every file and folder under root with its content, to
// compare a tree before and after a command.
func snapshot(t *testing.T, root string) string {
	t.Helper()
	var lines []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		b, _ := os.ReadFile(p)
		lines = append(lines, p+"="+string(b))
		return nil
	})
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestBuildNeverDestroysTheSource is the attack of issue 15: `build --out .`
// and its variants moved a whole project, .git included, aside and
// removed it. Each is refused with exit code 2, --force or not, and
// nothing under or beside the source changes.
func TestBuildNeverDestroysTheSource(t *testing.T) {
	src := copySite(t)
	os.MkdirAll(filepath.Join(src, ".git", "objects"), 0o755)
	os.WriteFile(filepath.Join(src, ".git", "HEAD"), []byte("ref: refs/heads/main\n"), 0o644)
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(src, link)
	before := snapshot(t, filepath.Dir(src))
	for _, out := range []string{src, src + "/content/..", filepath.Dir(src), link, src + "/data", src + "/static/x", src + "/.git"} {
		for _, extra := range [][]string{nil, {"--force"}} {
			args := append([]string{"build", "--quiet", "--source", src, "--out", out}, extra...)
			if got := run(args); got != 2 {
				t.Errorf("run(%v) = %d, want 2", args, got)
			}
		}
	}
	if after := snapshot(t, filepath.Dir(src)); after != before {
		t.Error("the source folder changed")
	}
}

// TestBuildRefusesSomeoneElsesFolder: a non-empty folder the generator did
// not write is refused (exit 2, its files kept) unless --force is given;
// the folder a build wrote is then replaced by the next build without it.
func TestBuildRefusesSomeoneElsesFolder(t *testing.T) {
	src := copySite(t)
	out := filepath.Join(t.TempDir(), "tai-lieu")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "bao-cao.docx"), []byte("x"), 0o644)
	if got := run([]string{"build", "--quiet", "--source", src, "--out", out}); got != 2 {
		t.Fatalf("build into someone's folder: exit %d, want 2", got)
	}
	if _, err := os.Stat(filepath.Join(out, "bao-cao.docx")); err != nil {
		t.Fatalf("their file is gone: %v", err)
	}
	if got := run([]string{"build", "--quiet", "--force", "--source", src, "--out", out}); got != 0 {
		t.Fatalf("build --force: exit %d, want 0", got)
	}
	if got := run([]string{"build", "--quiet", "--source", src, "--out", out}); got != 0 {
		t.Fatalf("rebuild of the generator's own output: exit %d, want 0", got)
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Error(err)
	}
}
