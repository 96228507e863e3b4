package site

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"phongtrao/generator/content"
	"phongtrao/generator/diag"
	"phongtrao/generator/publish"
)

// copyFixture copies testdata/site into a temporary folder the test may edit.
func copyFixture(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	err := os.CopyFS(dst, os.DirFS(fixture))
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func firstDiag(t *testing.T, err error) diag.Diagnostic {
	t.Helper()
	var de *diag.Error
	if !errors.As(err, &de) || len(de.Items) == 0 {
		t.Fatalf("error %v is not a *diag.Error", err)
	}
	return de.Items[0]
}

func TestSiteLayoutOverridesAndErrors(t *testing.T) {
	dir := copyFixture(t)
	os.MkdirAll(filepath.Join(dir, "layouts", "partials"), 0o755)
	// An officer's own status partial replaces the theme's...
	os.WriteFile(filepath.Join(dir, "layouts", "partials", "status.html"), []byte(`<b>{{status .Key}}</b>`), 0o644)
	in := loadSite(t, dir)
	m := publish.NewMemory()
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	if s := get(t, m, "/don-vi/hai-to-1.html"); !strings.Contains(s, "<b>Không phát sinh</b>") {
		t.Error("site partial did not replace the theme's")
	}
	// ...and a mistake in it is reported at its line and column.
	os.WriteFile(filepath.Join(dir, "layouts", "partials", "status.html"), []byte("<b>\n{{.Status}}</b>"), 0o644)
	in = loadSite(t, dir)
	err := Build(in, publish.NewMemory(), Options{})
	// The dot is a string: ".Status" on line 2, column 3, cannot be evaluated.
	if d := firstDiag(t, err); d.Pos.String() != "layouts/partials/status.html:2:3" {
		t.Errorf("error at %s: %s", d.Pos, d.Msg)
	}
}

func TestFreePageOnReservedURL(t *testing.T) {
	in := loadSite(t, fixture)
	p := &content.Page{Section: content.Free, Path: "content/bai-viet.md", Slug: "bai-viet", Title: "Trùng",
		Pos: diag.Pos{File: "content/bai-viet.md", Line: 1}}
	in.Pages = append(append([]*content.Page(nil), in.Pages...), p)
	err := Build(in, publish.NewMemory(), Options{})
	if d := firstDiag(t, err); d.Pos.String() != "content/bai-viet.md:1" {
		t.Errorf("error at %s: %s", d.Pos, d.Msg)
	}
}

// TestUnitIDIndex: a unit page is don-vi/<id>.html and a commune's
// bulletin ban-tin/<period>/<id>.html, next to the province's bulletin,
// ban-tin/<period>/index.html. A commune whose id is "index" would take
// that file: the build refuses it at the commune's row of units.csv.
func TestUnitIDIndex(t *testing.T) {
	dir := copyFixture(t)
	p := filepath.Join(dir, "data", "units.csv")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	// Phường Hai is on line 6, its one team (hai-to-1) on line 10.
	s := strings.ReplaceAll(string(b), "phuong-hai", "index")
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	err = Build(loadSite(t, dir), publish.NewMemory(), Options{})
	d := firstDiag(t, err)
	if d.Pos.String() != "data/units.csv:6" || !strings.Contains(d.Msg, "ban-tin/") || !strings.Contains(d.Hint, "cột id") {
		t.Errorf("error at %s: %s (%s)", d.Pos, d.Msg, d.Hint)
	}
}
