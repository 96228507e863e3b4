package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps its failure instead of failing.
type recorder struct {
	testing.TB
	msg string
}

func (r *recorder) Helper()                   {}
func (r *recorder) Errorf(f string, a ...any) { r.msg = sprintf(f, a...) }
func (r *recorder) Fatalf(f string, a ...any) { r.msg = sprintf(f, a...) }

// TestCheckPrintsAUnifiedDiff: a changed line shows as - and + lines with
// its neighbours, and equal content passes.
func TestCheckPrintsAUnifiedDiff(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(p, []byte("một\nhai\nba\n"), 0o644)
	r := &recorder{TB: t}
	Check(r, p, []byte("một\nhai\nba\n"))
	if r.msg != "" {
		t.Fatalf("equal content failed: %s", r.msg)
	}
	Check(r, p, []byte("một\nHAI\nba\n"))
	for _, want := range []string{"-hai", "+HAI", " một", "@@"} {
		if !strings.Contains(r.msg, want) {
			t.Errorf("failure message lacks %q:\n%s", want, r.msg)
		}
	}
}

func sprintf(f string, a ...any) string { return fmt.Sprintf(f, a...) }
