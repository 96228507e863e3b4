package qa

import (
	"bytes"
	"fmt"
	"path/filepath"
	"testing"
)

// TestDeterministic builds the demo a second time, into a folder with
// another name at another depth, and checks that both trees hold the same
// files with the same bytes (BRIEF §1: byte-identical output for identical
// input, whatever --out is).
func TestDeterministic(t *testing.T) {
	s := site(t)
	other, err := buildDemo(filepath.Join(tmpRoot, "another", "deeper", "out-2"))
	if err != nil {
		t.Fatal(err)
	}
	a, b := map[string]bool{}, map[string]bool{}
	for _, f := range s.list {
		a[f] = true
	}
	for _, f := range other.list {
		b[f] = true
		if !a[f] {
			t.Errorf("%s written only by the second build", f)
		}
	}
	differ := 0
	for _, f := range s.list {
		if !b[f] {
			t.Errorf("%s written only by the first build", f)
			continue
		}
		x, err1 := s.read(f)
		y, err2 := other.read(f)
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !bytes.Equal(x, y) {
			differ++
			if differ <= 10 {
				t.Errorf("%s differs between builds: %s", f, firstDiff(x, y))
			}
		}
	}
	if differ > 10 {
		t.Errorf("… %d files differ in all", differ)
	}
	if len(s.list) == 0 {
		t.Error("the build wrote nothing")
	}
}

// firstDiff describes where two byte slices first differ, with context.
func firstDiff(x, y []byte) string {
	i := 0
	for i < len(x) && i < len(y) && x[i] == y[i] {
		i++
	}
	snip := func(b []byte) string {
		lo, hi := max(0, i-40), min(len(b), i+40)
		return fmt.Sprintf("%q", b[lo:hi])
	}
	return fmt.Sprintf("at byte %d (lengths %d and %d): %s vs %s", i, len(x), len(y), snip(x), snip(y))
}
