package toolskip

import (
	"os"
	"testing"
)

// TestNote: tests skipped for missing tools are named once each, by their
// top-level name, with what was missing and InstallCommand; nothing is
// said when no test was skipped.
func TestNote(t *testing.T) {
	if os.Getenv("CI") == "true" {
		t.Skip("under CI=true Need fails instead of skipping")
	}
	if got := Note("p"); got != "" {
		t.Fatalf("before any skip: %q, want nothing", got)
	}
	t.Run("a", func(t *testing.T) { Need(t, false, "chromium") })
	t.Run("b", func(t *testing.T) { Need(t, false, "java") })
	t.Run("c", func(t *testing.T) { Need(t, true, "node") }) // present: runs, not noted
	defer func() { clear(skipped); clear(missing) }()
	// Both subtests belong to this test, so it is named once; the tools
	// are sorted.
	want := "p: skipped 1 test(s) for want of a browser or validator tool (chromium, java missing): TestNote.\n" +
		"    Install everything they need with: .ci/install (from the repository root), then run go test ./... again."
	if got := Note("p"); got != want {
		t.Errorf("Note:\n%s\nwant:\n%s", got, want)
	}
}
