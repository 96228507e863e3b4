package theme

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestBuiltIn: with no source, a site builds with the embedded layouts
// and stylesheet alone.
func TestBuiltIn(t *testing.T) {
	layers := Layouts("")
	if _, err := fs.Stat(layers[0], "_base.html"); err != nil {
		t.Errorf("built-in layouts: %v", err)
	}
	if layers[1] != nil {
		t.Errorf("no source, yet a site layer: %v", layers[1])
	}
	files, err := Static("")
	if err != nil {
		t.Fatal(err)
	}
	if len(files["css/site.css"]) == 0 {
		t.Errorf("built-in static files lack css/site.css: %d files", len(files))
	}
	for name := range files {
		if filepath.Dir(name) != "css" {
			t.Errorf("built-in static file %s: only static/css/ is theme", name)
		}
	}
}

// TestSiteOverrides: a site's static file replaces the theme's of the same
// name, its other files are added, names starting with "." are skipped,
// and its layouts come after the theme's.
func TestSiteOverrides(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("static/css/site.css", "body{}")
	write("static/anh/a.jpg", "jpg")
	write("static/.DS_Store", "x")
	write("static/.an/b.txt", "x")
	write("layouts/home.html", "home")
	files, err := Static(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"css/site.css": "body{}", "anh/a.jpg": "jpg"}
	if len(files) != len(want) {
		t.Errorf("%d static files, want %d: %v", len(files), len(want), files)
	}
	for name, text := range want {
		if string(files[name]) != text {
			t.Errorf("%s = %q, want %q", name, files[name], text)
		}
	}
	layers := Layouts(dir)
	if b, err := fs.ReadFile(layers[1], "home.html"); err != nil || string(b) != "home" {
		t.Errorf("site layer home.html = %q, %v", b, err)
	}
}
