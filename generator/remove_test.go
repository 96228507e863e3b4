package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRemoveOldRefusesOtherFolders: the hidden command removes only a
// folder named like a previous output.
func TestRemoveOldRefusesOtherFolders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"public", ".public.tmp-1", "public.old", ".public.old"} {
		p := filepath.Join(dir, name)
		os.Mkdir(p, 0o755)
		if removeOld(p) {
			t.Errorf("removed %s", name)
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s is gone: %v", name, err)
		}
	}
	p := filepath.Join(dir, ".public.tmp-123"+".old")
	os.MkdirAll(filepath.Join(p, "don-vi", "x"), 0o755)
	if !removeOld(p) {
		t.Error("refused a previous output")
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("previous output still there: %v", err)
	}
}

// TestRebuildRemovesPreviousOutputInBackground runs the real command three
// times into one output folder: the first two keep the spare folder beside
// it; the third, with --no-reuse, swaps its output in and leaves both the
// previous output and the spare to a detached process, which removes them.
func TestRebuildRemovesPreviousOutputInBackground(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	exe := filepath.Join(t.TempDir(), "generator")
	if out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	src := copySite(t)
	out := filepath.Join(t.TempDir(), "public")
	for i, flag := range []string{"--quiet", "--quiet", "--no-reuse"} {
		if b, err := exec.Command(exe, "build", flag, "--source", src, "--out", out).CombinedOutput(); err != nil {
			t.Fatalf("build %d: %v\n%s", i+1, err, b)
		}
		if i == 1 {
			if _, err := os.Stat(filepath.Join(filepath.Dir(out), ".public.spare", "index.html")); err != nil {
				t.Fatalf("no spare folder after two builds: %v", err)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Fatalf("no site after the second build: %v", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		entries, _ := os.ReadDir(filepath.Dir(out))
		var left []string
		for _, e := range entries {
			if e.Name() != "public" {
				left = append(left, e.Name())
			}
		}
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("beside the output after 20 s: %s", strings.Join(left, ", "))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestMain lets the test binary act as the command's hidden remover, so
// that removeInBackground, which starts os.Executable(), can be tested.
func TestMain(m *testing.M) {
	if len(os.Args) == 3 && os.Args[1] == removeCommand {
		if !removeOld(os.Args[2]) {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestRemoveInBackground: removeInBackground returns at once and a
// detached process removes the folder.
func TestRemoveInBackground(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".public.tmp-7"+".old")
	os.MkdirAll(filepath.Join(p, "don-vi", "thon-1"), 0o755)
	os.WriteFile(filepath.Join(p, "don-vi", "thon-1", "index.html"), []byte("x"), 0o644)
	if err := removeInBackground(p); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(p); os.IsNotExist(err) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the folder is still there after 20 s")
		}
	}
}
