package main

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
)

// TestVersion: `generator version` prints the stamped version, the Go
// that built it and the platform, on one line of standard output; a
// build from source without a stamp says "dev".
func TestVersion(t *testing.T) {
	defer func(v string) { version = v }(version)
	version = "v1.2.0"
	var out bytes.Buffer
	if code := cmdVersion(nil, &out); code != 0 {
		t.Fatalf("version exited %d", code)
	}
	// go test builds this test with the same toolchain and platform it runs on.
	want := "generator v1.2.0 (" + runtime.Version() + ", " + runtime.GOOS + "/" + runtime.GOARCH + ")\n"
	if out.String() != want {
		t.Errorf("version printed %q, want %q", out.String(), want)
	}
	if code := cmdVersion([]string{"thua"}, &out); code != 2 {
		t.Errorf("version with an extra argument exited %d, want 2", code)
	}
	version = ""
	if got := versionString(); !strings.HasPrefix(got, "generator dev") {
		t.Errorf("unstamped build: %q, want it to start with \"generator dev\" (a test binary records no module version)", got)
	}
}
