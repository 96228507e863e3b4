package publish

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

func TestCleanRel(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"index.html", "index.html", true},
		{"don-vi/xa-a/index.html", "don-vi/xa-a/index.html", true},
		{"a/./b.html", "a/b.html", true},
		{"", "", false},
		{"/etc/passwd", "", false},
		{"../x.html", "", false},
		{"a/../../x.html", "", false},
		{"a/../b.html", "", false}, // any ".." is refused, even one that stays inside
		{"a\\b.html", "", false},
		{"C:/x.html", "", false},
		{"c:x.html", "", false},                 // a Windows drive-relative path
		{`\\may-chu\chia-se\x.html`, "", false}, // a Windows network share
		{"bài-viết/đội tuần tra.html", "bài-viết/đội tuần tra.html", true},
		{".", "", false},
		{"a\x00b", "", false},
	}
	for _, tt := range tests {
		got, err := CleanRel(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("CleanRel(%q) = %q, %v; want %q, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestMemory(t *testing.T) {
	m := NewMemory()
	var wg sync.WaitGroup
	for _, p := range []string{"b/index.html", "a.css", "index.html"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.WriteFile(p, []byte(p)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got := strings.Join(m.Paths(), " "); got != "a.css b/index.html index.html" {
		t.Errorf("Paths = %q", got)
	}
	if b, ok := m.Get("/b/"); !ok || string(b) != "b/index.html" {
		t.Errorf("Get(/b/) = %q, %v", b, ok)
	}
	if b, ok := m.Get(""); !ok || string(b) != "index.html" {
		t.Errorf("Get(\"\") = %q, %v", b, ok)
	}
	if err := m.WriteFile("a.css", nil); err == nil {
		t.Error("second write of a.css accepted")
	}
	if err := m.WriteFile("../x", nil); err == nil {
		t.Error("../x accepted")
	}
}

// listTree lists root's files as "path=content", sorted, leaving out the
// Marker every build writes (TestMarkerAndLeftovers checks it).
func listTree(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() != Marker {
			b, _ := os.ReadFile(p)
			rel, _ := filepath.Rel(root, p)
			out = append(out, filepath.ToSlash(rel)+"="+string(b))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

func TestDirCommitReplacesWholeFolder(t *testing.T) {
	base := t.TempDir()
	out := filepath.Join(base, "public")
	os.MkdirAll(filepath.Join(out, "old"), 0o755)
	os.WriteFile(filepath.Join(out, "old", "stale.html"), []byte("stale"), 0o644)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("v1"), 0o644)

	d, err := NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(d.Temp()) != base {
		t.Errorf("temp folder %s not beside %s", d.Temp(), out)
	}
	if err := d.WriteFile("index.html", []byte("v2")); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("don-vi/x/index.html", []byte("x")); err != nil {
		t.Fatal(err)
	}
	// Before Commit the old site is untouched.
	if got := strings.Join(listTree(t, out), " "); got != "index.html=v1 old/stale.html=stale" {
		t.Errorf("before commit: %s", got)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	// After: exactly the new files, no stale one.
	if got := strings.Join(listTree(t, out), " "); got != "don-vi/x/index.html=x index.html=v2" {
		t.Errorf("after commit: %s", got)
	}
	// Nothing left beside public/.
	ents, _ := os.ReadDir(base)
	if len(ents) != 1 || ents[0].Name() != "public" {
		t.Errorf("leftovers beside out: %v", ents)
	}
	if err := d.Abort(); err != nil {
		t.Errorf("Abort after Commit: %v", err)
	}
}

func TestDirAbortLeavesOutput(t *testing.T) {
	base := t.TempDir()
	out := filepath.Join(base, "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "index.html"), []byte("v1"), 0o644)
	d, err := NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	d.WriteFile("index.html", []byte("v2"))
	if err := d.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(listTree(t, out), " "); got != "index.html=v1" {
		t.Errorf("after abort: %s", got)
	}
	ents, _ := os.ReadDir(base)
	if len(ents) != 1 {
		t.Errorf("temp folder not removed: %v", ents)
	}
}

func TestDirCommitWithoutPreviousOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "site", "public")
	d, err := NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	d.WriteFile("a.txt", []byte("a"))
	if err := d.WriteFile("a.txt", []byte("b")); err == nil {
		t.Error("double write accepted")
	}
	if err := d.WriteFile("../escape.txt", []byte("b")); err == nil {
		t.Error("../ accepted")
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(listTree(t, out), " "); got != "a.txt=a" {
		t.Errorf("got %s", got)
	}
	fi, _ := os.Stat(out)
	if fi.Mode().Perm() != 0o755 {
		t.Errorf("out mode %v, want 0755 (MkdirTemp makes 0700)", fi.Mode().Perm())
	}
}

func TestNewDirRefusesFile(t *testing.T) {
	f := filepath.Join(t.TempDir(), "public")
	os.WriteFile(f, nil, 0o644)
	if _, err := NewDir(f); err == nil {
		t.Error("NewDir on a file succeeded")
	}
}

func TestMinify(t *testing.T) {
	tests := []struct{ rel, in, want string }{
		{"a.css", "body {\n  color : #ffffff;\n}\n", "body{color:#fff}"},
		{"a.js", "var  x = 1 ;\n\n", "var x=1"},
		{"a.json", "{ \"a\" : [1, 2] }", `{"a":[1,2]}`},
		{"a.html", "<p>\n  a   b\n</p>", "<p>a b</p>"},
		{"a.txt", "a   b", "a   b"}, // unknown extension: untouched
	}
	for _, tt := range tests {
		got, err := Minify(tt.rel, []byte(tt.in))
		if err != nil || string(got) != tt.want {
			t.Errorf("Minify(%s) = %q, %v; want %q", tt.rel, got, err, tt.want)
		}
	}
	m := NewMemory()
	if err := Minified(m).WriteFile("x.css", []byte("a { color: red; }")); err != nil {
		t.Fatal(err)
	}
	if b, _ := m.Get("x.css"); string(b) != "a{color:red}" {
		t.Errorf("Minified writer stored %q", b)
	}
}

func TestHashedName(t *testing.T) {
	// sha256("") = e3b0c442 98fc1c14...
	if got := HashedName("css/site.css", nil); got != "css/site.e3b0c442.css" {
		t.Errorf("HashedName = %q", got)
	}
	if HashedName("a.js", []byte("1")) == HashedName("a.js", []byte("2")) {
		t.Error("different content, same name")
	}
}

// TestDirWriteFile: a file is written whole with mode 0644 (less the
// umask), in folders made on the way; the same path twice is refused.
func TestDirWriteFile(t *testing.T) {
	d, err := NewDir(filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	big := bytes.Repeat([]byte("Thôn Đắk R'Lấp\n"), 200_000) // 3.4 MB: more than one write may take
	if err := d.WriteFile("don-vi/thon-1/index.html", big); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(d.Temp(), "don-vi", "thon-1", "index.html")
	got, err := os.ReadFile(p)
	if err != nil || !bytes.Equal(got, big) {
		t.Fatalf("read back %d bytes (%v), want %d", len(got), err, len(big))
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm()&^0o022 != 0o644&^0o022 {
		t.Errorf("mode %v", fi.Mode())
	}
	err = d.WriteFile("don-vi/thon-1/index.html", []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "hai lần") {
		t.Errorf("second write: %v, want an error saying it was written twice", err)
	}
	if got, _ := os.ReadFile(p); !bytes.Equal(got, big) {
		t.Error("the second write changed the file")
	}
}

// TestMinifyTemplateAfterQuoteInComment: a quote in a template comment
// ("the site's base") made the minifier read the rest of the layout as a
// string and leave it as written; comments are emptied first, their trim
// markers kept, so the layout is minified and renders the same.
func TestMinifyTemplateAfterQuoteInComment(t *testing.T) {
	src := "{{- /* The site's base path. */ -}}\n<form class=\"f\" method=\"get\">\n  <button type=\"submit\">Tìm</button>\n</form>\n{{/* it's */}}<p>{{.}}</p>"
	got, err := MinifyTemplate(src)
	if err != nil {
		t.Fatal(err)
	}
	want := "{{- /**/ -}}<form class=\"f\"><button>Tìm</button></form>{{/**/}}<p>{{.}}</p>"
	if got != want {
		t.Errorf("MinifyTemplate =\n%s\nwant\n%s", got, want)
	}
}
