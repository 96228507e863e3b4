package main

import (
	"bytes"
	"crypto/sha256"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"encoding/hex"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// repoRoot is the module root, seen from this package's folder.
const repoRoot = "../.."

// testVersion is stamped into the test's binaries.
const testVersion = "v0.0.0-thu"

// TestReleaseBinaries cross-compiles the generator for every release
// target, as the release workflow does, and checks what a press office
// downloads: each file is an executable for its own platform, SHA256SUMS
// lists each with its real hash, and the binary for this machine prints
// the stamped version and builds a site from a folder outside the
// repository (`new`, `check`, `build`), with the theme it carries inside.
//
// Skipped under -short: from a cold build cache the four targets compile
// Go's standard library four times (about 2 minutes on 2 cores); with a
// warm cache it is a few seconds of linking.
func TestReleaseBinaries(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiling 4 release targets: skipped under -short (go test ./... runs it)")
	}
	out := t.TempDir()
	start := time.Now()
	var log bytes.Buffer
	if err := Build(repoRoot, out, testVersion, Targets, &log); err != nil {
		t.Fatal(err)
	}
	t.Logf("built %d targets in %s", len(Targets), time.Since(start).Round(time.Millisecond))

	sums, err := os.ReadFile(filepath.Join(out, SumsFile))
	if err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for _, tg := range Targets {
		b, err := os.ReadFile(filepath.Join(out, tg.File()))
		if err != nil {
			t.Fatal(err)
		}
		h := sha256.Sum256(b)
		want.WriteString(hex.EncodeToString(h[:]) + "  " + tg.File() + "\n")
		if got := platform(t, filepath.Join(out, tg.File())); got != tg.OS+"/"+tg.Arch {
			t.Errorf("%s is an executable for %s, want %s/%s", tg.File(), got, tg.OS, tg.Arch)
		}
	}
	if string(sums) != want.String() {
		t.Errorf("%s:\n%s\nwant (sha256 of each file):\n%s", SumsFile, sums, want.String())
	}

	host := Target{runtime.GOOS, runtime.GOARCH}
	bin := filepath.Join(out, host.File())
	if _, err := os.Stat(bin); err != nil {
		t.Skipf("no release target for this machine (%s/%s): the binaries are not run", host.OS, host.Arch)
	}
	// "generator <version> (<Go>, <os>/<arch>)", the Go that runs this test
	// being the one that built the binary.
	wantVersion := "generator " + testVersion + " (" + runtime.Version() + ", " + host.OS + "/" + host.Arch + ")\n"
	if got := runBinary(t, bin, t.TempDir(), "version"); got != wantVersion {
		t.Errorf("%s version printed %q, want %q", host.File(), got, wantVersion)
	}
	checkBuildsOutside(t, bin)
}

// checkBuildsOutside runs bin in an empty folder far from the repository,
// as a press office would: `new` makes a site there, which has no
// layouts/ or static/ of its own, then `check` and `build` must pass on it,
// every page and stylesheet coming from the theme inside the binary.
func checkBuildsOutside(t *testing.T, bin string) {
	t.Helper()
	work := t.TempDir()
	runBinary(t, bin, work, "new", "trang thi đua")
	src := filepath.Join(work, "trang thi đua")
	for _, dir := range []string{"layouts", "static"} {
		if _, err := os.Stat(filepath.Join(src, dir)); err == nil {
			t.Fatalf("the new site has %s/ of its own: the check below would not prove the theme is embedded", dir)
		}
	}
	runBinary(t, bin, work, "check", "--source", "trang thi đua", "--asof", "2025-08-19")
	runBinary(t, bin, work, "build", "--quiet", "--source", "trang thi đua", "--asof", "2025-08-19")
	var css, html int
	filepath.WalkDir(filepath.Join(src, "public"), func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil || d.IsDir():
		case strings.HasSuffix(p, ".css"):
			css++
		case strings.HasSuffix(p, ".html"):
			html++
		}
		return err
	})
	if css == 0 || html == 0 {
		t.Errorf("the binary built %d stylesheets and %d pages from outside the repository; want at least 1 of each", css, html)
	}
}

// runBinary runs bin with args in dir, failing the test on a non-zero
// exit, and returns its standard output.
func runBinary(t *testing.T, bin, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// platform reads which os/arch an executable is for from its header.
func platform(t *testing.T, path string) string {
	t.Helper()
	if f, err := elf.Open(path); err == nil {
		defer f.Close()
		return "linux/" + map[elf.Machine]string{elf.EM_X86_64: "amd64", elf.EM_AARCH64: "arm64"}[f.Machine]
	}
	if f, err := pe.Open(path); err == nil {
		defer f.Close()
		return "windows/" + map[uint16]string{pe.IMAGE_FILE_MACHINE_AMD64: "amd64", pe.IMAGE_FILE_MACHINE_ARM64: "arm64"}[f.Machine]
	}
	if f, err := macho.Open(path); err == nil {
		defer f.Close()
		return "darwin/" + map[macho.Cpu]string{macho.CpuAmd64: "amd64", macho.CpuArm64: "arm64"}[f.Cpu]
	}
	return "unknown"
}
