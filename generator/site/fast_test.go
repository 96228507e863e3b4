package site

import (
	"bytes"
	"testing"

	"phongtrao/generator/publish"
	"phongtrao/generator/render"
)

// TestFastExecutorMatchesHTMLTemplate renders the whole demo twice, with the
// fast template executor and with html/template alone, and requires the
// same bytes in every file. It also requires that the fast executor
// rendered every page: otherwise the comparison would prove nothing.
func TestFastExecutorMatchesHTMLTemplate(t *testing.T) {
	if testing.Short() {
		t.Skip("demo build skipped in -short mode")
	}
	in := loadSite(t, "../..")
	build := func() (*publish.Memory, *Plan) {
		p, err := Prepare(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		m := publish.NewMemory()
		if err := p.WriteAll(m); err != nil {
			t.Fatal(err)
		}
		return m, p
	}
	fast, p := build()
	nFast, nStd := p.tpl.Stats()
	if nFast == 0 || nStd != 0 {
		t.Errorf("fast executor rendered %d pages, html/template %d; want every page fast", nFast, nStd)
	}
	t.Setenv(render.StandardEnv, "1")
	std, p2 := build()
	if n, _ := p2.tpl.Stats(); n != 0 {
		t.Fatalf("%s=1 still rendered %d pages fast", render.StandardEnv, n)
	}
	paths := std.Paths()
	if len(paths) != len(fast.Paths()) {
		t.Fatalf("%d files with html/template, %d with the fast executor", len(paths), len(fast.Paths()))
	}
	diffs := 0
	for _, path := range paths {
		a, _ := std.Get(path)
		b, ok := fast.Get(path)
		if !ok || !bytes.Equal(a, b) {
			diffs++
			if diffs <= 3 {
				t.Errorf("%s differs:\nhtml/template: %.300s\nfast:          %.300s", path, firstDiff(a, b), firstDiff(b, a))
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d of %d files differ", diffs, len(paths))
	}
}

// firstDiff returns a from a little before its first difference with b.
func firstDiff(a, b []byte) []byte {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return a[max(0, i-80):]
}
