package site

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"sync"
	"testing"

	"phongtrao/generator/publish"
	"phongtrao/generator/render"
)

// The fast template executor (render/internal/fastexec) must give the
// same bytes as html/template. These tests build a site both ways and
// compare every file; they also require that the fast executor rendered
// every page, otherwise the comparison would prove nothing.

// TestFastExecutorMatchesHTMLTemplate builds the demo both ways.
func TestFastExecutorMatchesHTMLTemplate(t *testing.T) {
	if testing.Short() {
		t.Skip("demo build skipped in -short mode")
	}
	sameBothWays(t, loadSite(t, "../.."))
}

// TestFastExecutorMatchesHTMLTemplateNational builds a synthetic site of
// national shape both ways: 34 units under the root as the 34 provinces,
// 25 teams per commune, a deed per team per month, but 20 communes per
// province instead of about 98 (17,000 teams rather than 82,200, 4,000
// stories rather than 20,000), so that both builds fit in well under a
// minute. Every page kind and every branch a large site takes (ranks in
// the thousands, long lists split into pages) is there.
func TestFastExecutorMatchesHTMLTemplateNational(t *testing.T) {
	if testing.Short() {
		t.Skip("national-shape build skipped in -short mode")
	}
	sameBothWays(t, synthetic(34, 20, 25, 13, 4000))
}

// sameBothWays builds in with the fast executor, keeping a digest of each
// file, then with html/template alone, comparing each file's digest as it
// is written; the files that differ are built once more to show how.
func sameBothWays(t *testing.T, in Input) {
	t.Helper()
	build := func(w publish.Writer) *Plan {
		t.Helper()
		p, err := Prepare(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := p.WriteAll(w); err != nil {
			t.Fatal(err)
		}
		return p
	}
	fast := &digests{sums: map[string][32]byte{}}
	p := build(fast)
	if nFast, nStd := p.tpl.Stats(); nFast == 0 || nStd != 0 {
		t.Errorf("fast executor rendered %d pages, html/template %d; want every page fast", nFast, nStd)
	}
	t.Setenv(render.StandardEnv, "1")
	std := &digests{sums: map[string][32]byte{}, want: fast.sums, differ: map[string][]byte{}}
	p = build(std)
	if n, _ := p.tpl.Stats(); n != 0 {
		t.Fatalf("%s=1 still rendered %d pages fast", render.StandardEnv, n)
	}
	if len(std.sums) != len(fast.sums) {
		t.Errorf("%d files with html/template, %d with the fast executor", len(std.sums), len(fast.sums))
	}
	if len(std.differ) == 0 {
		return
	}
	t.Setenv(render.StandardEnv, "")
	again := &digests{sums: map[string][32]byte{}, keep: std.differ}
	build(again)
	for path, b := range again.kept {
		t.Errorf("%s differs:\nhtml/template: %.300s\nfast:          %.300s", path, firstDiff(std.differ[path], b), firstDiff(b, std.differ[path]))
	}
	t.Errorf("%d of %d files differ", std.ndiff, len(std.sums))
}

// digests is a publish.Writer that keeps each file's SHA-256 rather than
// its bytes. With want set, it also counts the files whose digest is not
// the one wanted and keeps the first three (differ); with keep set, it
// keeps the files of those paths (kept).
type digests struct {
	mu     sync.Mutex
	sums   map[string][32]byte
	want   map[string][32]byte
	ndiff  int
	differ map[string][]byte
	keep   map[string][]byte
	kept   map[string][]byte
}

func (d *digests) WriteFile(rel string, b []byte) error {
	sum := sha256.Sum256(b)
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, dup := d.sums[rel]; dup {
		return fmt.Errorf("%s written twice", rel)
	}
	d.sums[rel] = sum
	if w, ok := d.want[rel]; d.want != nil && (!ok || w != sum) {
		if d.ndiff++; d.ndiff <= 3 {
			d.differ[rel] = bytes.Clone(b)
		}
	}
	if _, ok := d.keep[rel]; ok {
		if d.kept == nil {
			d.kept = map[string][]byte{}
		}
		d.kept[rel] = bytes.Clone(b)
	}
	return nil
}

// firstDiff returns a from a little before its first difference with b.
func firstDiff(a, b []byte) []byte {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[max(0, i-80):]
}
