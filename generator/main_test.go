package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func copySite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := "build/testdata/site"
	err := filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		b, _ := os.ReadFile(p)
		return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestExitCodes(t *testing.T) {
	good := copySite(t)
	bad := copySite(t)
	os.WriteFile(filepath.Join(bad, "data/deeds.csv"), []byte("date,unit,kind,title\n31/02/2025,t1,viec-tot,x\n"), 0o644)
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"no command", nil, 2},
		{"unknown command", []string{"publish"}, 2},
		{"help", []string{"--help"}, 0},
		{"build help", []string{"build", "--help"}, 0},
		{"unknown flag", []string{"check", "--sauce", good}, 2},
		{"check valid", []string{"check", "--source", good}, 0},
		{"check invalid", []string{"check", "--source", bad}, 1},
		{"build invalid", []string{"build", "--quiet", "--source", bad}, 1},
		{"bad --asof", []string{"check", "--source", good, "--asof", "2025-13-01"}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := run(c.args); got != c.want {
				t.Errorf("run(%v) = %d, want %d", c.args, got, c.want)
			}
		})
	}
	for _, dir := range []string{good, bad} {
		if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
			t.Errorf("check or a failed build wrote %s/public", dir)
		}
	}
}

// captureStderr returns what f writes to os.Stderr.
func captureStderr(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stderr
	os.Stderr = w
	done := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); done <- b }()
	f()
	os.Stderr = old
	w.Close()
	return string(<-done)
}

// TestLayoutErrorThroughCLI: a site whose only problem is a layout that
// does not parse (its own criterion page calling a function that does not
// exist, on line 2) fails check and build with exit code 1; check prints
// the problem at its file and line, in Vietnamese with a hint, and the
// count "1 lỗi"; build writes no public/.
func TestLayoutErrorThroughCLI(t *testing.T) {
	src := copySite(t)
	os.MkdirAll(filepath.Join(src, "layouts"), 0o755)
	os.WriteFile(filepath.Join(src, "layouts/criterion.html"), []byte("{{define \"main\"}}\n<p>{{frobnicate .}}</p>\n{{end}}\n"), 0o644)
	var code int
	stderr := captureStderr(t, func() { code = run([]string{"check", "--source", src}) })
	want := "layouts/criterion.html:2: mẫu giao diện sai cú pháp: không có hàm \"frobnicate\"\n" +
		"    gợi ý: hàm này không có; các hàm dùng được liệt kê trong docs/huong-dan-giao-dien.md\n1 lỗi\n"
	if code != 1 || stderr != want {
		t.Errorf("check: exit %d, printed\n%s\nwant exit 1 and\n%s", code, stderr, want)
	}
	if got := run([]string{"build", "--quiet", "--source", src}); got != 1 {
		t.Errorf("build: exit %d, want 1", got)
	}
	if _, err := os.Stat(filepath.Join(src, "public")); !os.IsNotExist(err) {
		t.Errorf("a failed build wrote public/: %v", err)
	}
}
