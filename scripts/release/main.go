// Command release builds the generator for every platform a press office
// uses, as the release workflow (docs/ci/release.yml) publishes it: one
// file per platform, the theme embedded, the version stamped in, and a
// SHA256SUMS file to check the downloads with `sha256sum -c`.
//
// Run it from the repository root:
//
//	go run ./scripts/release -version v1.2.0 -out dist
//
// It writes dist/generator-windows-amd64.exe, dist/generator-linux-amd64,
// dist/generator-linux-arm64, dist/generator-darwin-arm64 and
// dist/SHA256SUMS. Each is plain `go build -trimpath -ldflags "-s -w -X
// main.version=…"` with CGO_ENABLED=0, so a binary depends on nothing on
// the machine it runs on, and two runs at one commit give the same bytes.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Target is one platform a release is built for.
type Target struct{ OS, Arch string }

// Targets are the platforms of a release: Windows on PCs, Linux on servers
// (amd64 and arm64) and macOS on Apple silicon.
var Targets = []Target{
	{"windows", "amd64"},
	{"linux", "amd64"},
	{"linux", "arm64"},
	{"darwin", "arm64"},
}

// File is the name of the target's binary in a release.
func (t Target) File() string {
	name := "generator-" + t.OS + "-" + t.Arch
	if t.OS == "windows" {
		name += ".exe"
	}
	return name
}

// SumsFile is the checksums file of a release, in `sha256sum` format.
const SumsFile = "SHA256SUMS"

func main() {
	version := flag.String("version", "", "the version stamped into the binaries, e.g. v1.2.0 (required)")
	out := flag.String("out", "dist", "the folder the binaries and "+SumsFile+" go to")
	flag.Parse()
	if *version == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := Build(".", *out, *version, Targets, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "release:", err)
		os.Exit(1)
	}
}

// Build compiles the generator of the module at root for each target into
// out, stamped with version, and writes out/SHA256SUMS. It logs each file
// on log.
func Build(root, out, version string, targets []Target, log io.Writer) error {
	if strings.ContainsAny(version, " \t\n'\"") {
		return fmt.Errorf("version %q: no spaces or quotes", version)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	absOut, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	var sums strings.Builder
	for _, t := range targets {
		bin := filepath.Join(absOut, t.File())
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w -X main.version="+version, "-o", bin, "./generator")
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOOS="+t.OS, "GOARCH="+t.Arch, "CGO_ENABLED=0")
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build for %s/%s: %v\n%s", t.OS, t.Arch, err, b)
		}
		sum, err := fileSum(bin)
		if err != nil {
			return err
		}
		fmt.Fprintf(&sums, "%s  %s\n", sum, t.File())
		fmt.Fprintf(log, "%s  %s\n", sum, bin)
	}
	return os.WriteFile(filepath.Join(absOut, SumsFile), []byte(sums.String()), 0o644)
}

// fileSum is the hex SHA-256 of a file.
func fileSum(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
