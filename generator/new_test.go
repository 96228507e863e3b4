package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestNewCommand: exit codes of `generator new`, with --units before or
// after the folder.
func TestNewCommand(t *testing.T) {
	tmp := t.TempDir()
	units := filepath.Join(tmp, "đơn-vị.csv")
	os.WriteFile(units, []byte("id,name,kind,parent\r\ntinh,Tỉnh Thử,Tỉnh,\r\nthon-1,Thôn 1,Thôn,tinh\r\n"), 0o644)
	bad := filepath.Join(tmp, "sai.csv")
	os.WriteFile(bad, []byte("id,name,kind,parent\nTinh,Tỉnh,Tỉnh,\n"), 0o644)
	full := filepath.Join(tmp, "co-tep")
	os.MkdirAll(full, 0o755)
	os.WriteFile(filepath.Join(full, "a.txt"), nil, 0o644)
	cases := []struct {
		name string
		args []string
		want int
	}{
		{"no folder", []string{"new"}, 2},
		{"help", []string{"new", "--help"}, 0},
		{"two folders", []string{"new", filepath.Join(tmp, "x"), filepath.Join(tmp, "y")}, 2},
		{"example tree", []string{"new", filepath.Join(tmp, "mau")}, 0},
		{"units after the folder", []string{"new", filepath.Join(tmp, "sau"), "--units", units}, 0},
		{"units before the folder", []string{"new", "--units", units, filepath.Join(tmp, "truoc")}, 0},
		{"folder not empty", []string{"new", full}, 2},
		{"bad units", []string{"new", filepath.Join(tmp, "loi"), "--units", bad}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := cmdNew(c.args[1:], io.Discard); got != c.want {
				t.Errorf("run(%v) = %d, want %d", c.args, got, c.want)
			}
		})
	}
	for _, made := range []string{"mau", "sau", "truoc"} {
		if code := run([]string{"check", "--source", filepath.Join(tmp, made), "--asof", "2025-01-01"}); code != 0 {
			t.Errorf("check on the site `new` made in %s exited %d", made, code)
		}
	}
	if _, err := os.Stat(filepath.Join(tmp, "loi")); !os.IsNotExist(err) {
		t.Errorf("new with bad units wrote its folder")
	}
}
