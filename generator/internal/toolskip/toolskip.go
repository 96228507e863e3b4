// Package toolskip is for tests that need a tool from outside Go (headless
// Chromium, the Nu HTML checker, Node): it skips such a test when the tool
// is missing, or fails it under CI=true, where every check must run, and
// at the end of the package's tests says once which tests it skipped and
// the one command that installs every tool they need.
//
// `go test ./...` prints nothing but "ok" for a package whose tests pass,
// -v or not aside, so the note goes to the terminal (/dev/tty) when there
// is one, and to standard error otherwise (shown with -v).
package toolskip

import (
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

// InstallCommand installs every tool the browser and validator tests use,
// run from the repository root (.ci/run runs it in CI).
const InstallCommand = ".ci/install"

var (
	mu      sync.Mutex
	skipped = map[string]bool{} // top-level test names
	missing = map[string]bool{} // what was missing
)

// Need skips t, noting it, when ok is false; what names the missing tool.
// Under CI=true it fails t instead.
func Need(t testing.TB, ok bool, what string) {
	t.Helper()
	if ok {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing and CI=true; install it with %s", what, InstallCommand)
	}
	mu.Lock()
	skipped[strings.SplitN(t.Name(), "/", 2)[0]] = true
	missing[what] = true
	mu.Unlock()
	t.Skipf("%s is missing; install it with %s (under CI=true this fails)", what, InstallCommand)
}

// Note is what Main says: the tests Need skipped in pkg and what was
// missing, with InstallCommand; "" when it skipped none.
func Note(pkg string) string {
	mu.Lock()
	defer mu.Unlock()
	if len(skipped) == 0 {
		return ""
	}
	tests := slices.Sorted(maps.Keys(skipped))
	tools := slices.Sorted(maps.Keys(missing))
	return fmt.Sprintf("%s: skipped %d test(s) for want of a browser or validator tool (%s missing): %s.\n"+
		"    Install everything they need with: %s (from the repository root), then run go test ./... again.",
		pkg, len(tests), strings.Join(tools, ", "), strings.Join(tests, ", "), InstallCommand)
}

// Main runs the package's tests and then says Note(pkg), if anything;
// it returns the exit code for os.Exit.
func Main(m *testing.M, pkg string) int {
	code := m.Run()
	if note := Note(pkg); note != "" {
		say(note)
	}
	return code
}

// say writes s to the terminal, else to standard error.
func say(s string) {
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if _, err := fmt.Fprintln(tty, s); err == nil {
			return
		}
	}
	fmt.Fprintln(os.Stderr, s)
}
