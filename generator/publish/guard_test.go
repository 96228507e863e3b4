package publish

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// site makes a source folder with the inputs a site has, and returns it.
func site(t *testing.T) string {
	t.Helper()
	src := filepath.Join(t.TempDir(), "site")
	for _, d := range []string{"content/stories", "data", "layouts", "static", ".git"} {
		if err := os.MkdirAll(filepath.Join(src, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(src, "site.toml"), []byte("title = \"x\"\n"), 0o644)
	return src
}

// TestCheckTargetRefusesTheSource: an output that is the source, holds
// it, or lies in one of its inputs is refused however it is written
// (relative, with "..", through a symbolic link) and whatever force says.
func TestCheckTargetRefusesTheSource(t *testing.T) {
	src := site(t)
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(src, link); err != nil {
		t.Fatal(err)
	}
	t.Chdir(src)
	cases := map[string]string{
		".":                             "trùng thư mục nguồn",
		src:                             "trùng thư mục nguồn",
		"content/..":                    "trùng thư mục nguồn",
		link:                            "trùng thư mục nguồn",
		link + "/data/..":               "trùng thư mục nguồn",
		"..":                            "chứa thư mục nguồn",
		filepath.Dir(filepath.Dir(src)): "chứa thư mục nguồn",
		"content":                       "content/",
		"static/anh":                    "static/",
		"data/moi/public":               "data/",
		link + "/layouts":               "layouts/",
		".git":                          ".git/",
	}
	for out, want := range cases {
		for _, force := range []bool{false, true} {
			_, err := CheckTarget(".", out, force)
			var u *UnsafeError
			if !errors.As(err, &u) || !strings.Contains(u.Reason, want) {
				t.Errorf("CheckTarget(., %q, force=%v) = %v, want an UnsafeError saying %q", out, force, err, want)
			}
		}
	}
}

// TestCheckTargetForeignFolders: an existing folder with files the
// generator did not write is refused unless forced, and inside the source
// even when forced; a new, empty or generator-written folder is taken, as
// its resolved absolute path.
func TestCheckTargetForeignFolders(t *testing.T) {
	src := site(t)
	outside := t.TempDir()
	mk := func(dir string, files ...string) string {
		for _, f := range files {
			p := filepath.Join(dir, f)
			os.MkdirAll(filepath.Dir(p), 0o755)
			os.WriteFile(p, []byte("x"), 0o644)
		}
		os.MkdirAll(dir, 0o755)
		return dir
	}
	cases := []struct {
		name   string
		out    string
		force  bool
		refuse bool
	}{
		{"default public, new", filepath.Join(src, "public"), false, false},
		{"new folder outside", filepath.Join(outside, "a", "b"), false, false},
		{"empty folder", mk(filepath.Join(outside, "empty")), false, false},
		{"earlier build (marker)", mk(filepath.Join(outside, "ours"), Marker, "index.html"), false, false},
		{"earlier version's build", mk(filepath.Join(outside, "old"), "du-lieu/ket-qua.json", "index.html"), false, false},
		{"someone's files", mk(filepath.Join(outside, "docs"), "thu.docx"), false, true},
		{"someone's files, forced", filepath.Join(outside, "docs"), true, false},
		{"marker as a folder", mk(filepath.Join(outside, "fake"), Marker+"/x"), false, true},
		{"foreign folder in source", mk(filepath.Join(src, "generator"), "main.go"), false, true},
		{"foreign folder in source, forced", filepath.Join(src, "generator"), true, true},
		{"a file", filepath.Join(src, "site.toml"), true, true},
	}
	for _, c := range cases {
		target, err := CheckTarget(src, c.out, c.force)
		var u *UnsafeError
		switch {
		case c.refuse && !errors.As(err, &u):
			t.Errorf("%s: CheckTarget = %v, %v; want refused", c.name, target, err)
		case !c.refuse && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case !c.refuse && target.Out != c.out:
			t.Errorf("%s: target %s, want %s", c.name, target.Out, c.out)
		}
	}
}

// TestCheckTargetResolvesLinks: an output given through a link to a
// folder outside is taken as that folder, so the build swaps the folder
// the link names.
func TestCheckTargetResolvesLinks(t *testing.T) {
	src := site(t)
	real := filepath.Join(t.TempDir(), "real")
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(filepath.Dir(real), link)
	target, err := CheckTarget(src, filepath.Join(link, "real", "..", "real"), false)
	if err != nil || target.Out != real {
		t.Fatalf("CheckTarget through a link = %v, %v; want %s", target, err, real)
	}
}
