package main

import (
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
