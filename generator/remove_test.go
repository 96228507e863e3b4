package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"phongtrao/generator/publish"
)

// TestRemoveOldRefusesOtherFolders: the hidden command removes only a
// folder named like a previous output that holds the generator's files.
func TestRemoveOldRefusesOtherFolders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"public", ".public.tmp-1", "public.old", ".public.old", ".public.tmp-2.old"} {
		p := filepath.Join(dir, name)
		os.Mkdir(p, 0o755)
		os.WriteFile(filepath.Join(p, "thu.txt"), nil, 0o644)
		if name != ".public.tmp-2.old" { // named right, but not the generator's files
			os.WriteFile(filepath.Join(p, publish.Marker), nil, 0o644)
		}
		if removeOld(p) {
			t.Errorf("removed %s", name)
		}
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s is gone: %v", name, err)
		}
	}
	p := filepath.Join(dir, ".public.tmp-123"+".old")
	os.MkdirAll(filepath.Join(p, "don-vi", "x"), 0o755)
	os.WriteFile(filepath.Join(p, publish.Marker), nil, 0o644)
	if !removeOld(p) {
		t.Error("refused a previous output")
	}
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("previous output still there: %v", err)
	}
}

// buildCommand builds the command into a temporary folder.
func buildCommand(t *testing.T) string {
	t.Helper()
	exe := filepath.Join(t.TempDir(), "generator")
	if out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return exe
}

// besideOutput lists the names beside the output folder out, waiting up
// to 20 s for the background remover to leave only the output.
func besideOutput(t *testing.T, out string) []string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		entries, _ := os.ReadDir(filepath.Dir(out))
		var left []string
		for _, e := range entries {
			if e.Name() != filepath.Base(out) {
				left = append(left, e.Name())
			}
		}
		if len(left) == 0 || time.Now().After(deadline) {
			return left
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestRebuildRemovesPreviousOutputInBackground runs the real command three
// times into one output folder: each swaps its output in and leaves the
// previous one to a detached process, which removes it.
func TestRebuildRemovesPreviousOutputInBackground(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	exe := buildCommand(t)
	src := copySite(t)
	out := filepath.Join(t.TempDir(), "public")
	for i := range 3 {
		if b, err := exec.Command(exe, "build", "--quiet", "--source", src, "--out", out).CombinedOutput(); err != nil {
			t.Fatalf("build %d: %v\n%s", i+1, err, b)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Fatalf("no site after the third build: %v", err)
	}
	if left := besideOutput(t, out); len(left) > 0 {
		t.Fatalf("beside the output after 20 s: %s", strings.Join(left, ", "))
	}
}

// TestKilledBuildsLeaveNothing kills builds of the demo while they write
// (SIGKILL, as a CI runner's time-out does) and checks that the output
// is the last complete build's and that the next build removes what the
// killed ones left.
func TestKilledBuildsLeaveNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and the demo several times")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL")
	}
	exe := buildCommand(t)
	out := filepath.Join(t.TempDir(), "public")
	build := func() *exec.Cmd {
		return exec.Command(exe, "build", "--quiet", "--source", "..", "--out", out, "--asof", "2025-08-19")
	}
	if b, err := build().CombinedOutput(); err != nil {
		t.Fatalf("first build: %v\n%s", err, b)
	}
	first, _ := os.ReadFile(filepath.Join(out, "index.html"))
	for range 3 {
		cmd := build()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it once its temporary folder holds some pages.
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
			m, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".public.tmp-*", "don-vi"))
			if len(m) > 0 {
				break
			}
		}
		cmd.Process.Kill()
		cmd.Wait()
	}
	if m, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".public.tmp-*")); len(m) == 0 {
		t.Fatal("the killed builds left no temporary folder: the test kills too late to check anything")
	}
	if got, _ := os.ReadFile(filepath.Join(out, "index.html")); len(got) == 0 || string(got) != string(first) {
		t.Error("a killed build changed the output")
	}
	if b, err := build().CombinedOutput(); err != nil {
		t.Fatalf("build after the killed ones: %v\n%s", err, b)
	}
	if left := besideOutput(t, out); len(left) > 0 {
		t.Fatalf("beside the output after 20 s: %s", strings.Join(left, ", "))
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
	os.WriteFile(filepath.Join(p, publish.Marker), nil, 0o644)
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
