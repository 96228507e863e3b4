package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFullDiskIsExplained builds the test site onto a small file system
// (a tmpfs), fills it so that half of one more output fits, and builds
// again: the second build fails with exit code 1 and a Vietnamese message
// naming a file under the output, and the first build's output stays
// whole, with nothing left beside it. It needs the right to mount (root,
// as in CI); without it the test is skipped and says why.
func TestFullDiskIsExplained(t *testing.T) {
	if testing.Short() {
		t.Skip("mounts a file system")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (needs root): %v %s", err, out)
	}
	defer exec.Command("umount", disk).Run()
	free := func() int64 {
		var st syscall.Statfs_t
		if err := syscall.Statfs(disk, &st); err != nil {
			t.Fatal(err)
		}
		return int64(st.Bavail) * st.Bsize
	}
	src := copySite(t)
	out := filepath.Join(disk, "public")
	empty := free()
	if code := run([]string{"build", "--quiet", "--source", src, "--out", out}); code != 0 {
		t.Fatalf("first build: exit %d", code)
	}
	used := empty - free()
	filler := bytes.Repeat([]byte{'x'}, int(free()-used/2))
	if err := os.WriteFile(filepath.Join(disk, "filler"), filler, 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, out)
	stderr := captureStderr(t, func() {
		if code := run([]string{"build", "--quiet", "--source", src, "--out", out}); code != 1 {
			t.Errorf("second build on a full disk: exit %d, want 1", code)
		}
	})
	if !strings.Contains(stderr, out+string(filepath.Separator)) || !strings.Contains(stderr, "ổ đĩa đã đầy") {
		t.Errorf("message %q does not name a file under %s and say the disk is full", stderr, out)
	}
	if snapshot(t, out) != before {
		t.Error("the failed build changed the output")
	}
	if entries, _ := os.ReadDir(disk); len(entries) != 2 {
		t.Errorf("on the disk: %v, want only public and filler", entries)
	}
}
