package publish

import (
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

// TestMarkerAndLeftovers: a committed output holds the Marker; a new build
// removes what killed or finished builds of the same output left beside it
// (a temporary folder whose marker nobody holds, a previous output being
// removed, the spare copy and lists of earlier versions) and nothing else:
// not a running build's folder, not a folder without the generator's
// files, not another output's folders.
func TestMarkerAndLeftovers(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no file locks: temporary folders are judged by age there")
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "public")
	d, err := NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	d.WriteFile("index.html", []byte("x"))
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(out, Marker)); err != nil || string(b) != markerText {
		t.Fatalf("marker = %q, %v", b, err)
	}

	mk := func(name string, files ...string) string {
		p := filepath.Join(parent, name)
		os.MkdirAll(p, 0o755)
		for _, f := range files {
			os.MkdirAll(filepath.Dir(filepath.Join(p, f)), 0o755)
			os.WriteFile(filepath.Join(p, f), []byte("x"), 0o644)
		}
		return p
	}
	killed := mk(".public.tmp-1", Marker, "don-vi/a/index.html")
	running := mk(".public.tmp-2", "don-vi/a/index.html")
	lock, err := writeMarker(running) // held, as a running build holds it
	if err != nil {
		t.Fatal(err)
	}
	defer lock.Close()
	unmarked := mk(".public.tmp-3", "thu.txt")
	oldOutput := mk(".public.tmp-4.old", Marker, "index.html")
	foreignOld := mk(".public.tmp-5.old", "thu.txt")
	spare := mk(".public.spare", "du-lieu/ket-qua.json")
	list := filepath.Join(parent, ".public.list-42")
	os.WriteFile(list, []byte("x"), 0o644)
	otherOutput := mk(".khac.tmp-6", Marker)

	d, err = NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for p, want := range map[string]bool{
		killed: false, oldOutput: false, spare: false, list: false,
		running: true, unmarked: true, foreignOld: true, otherOutput: true, out: true,
	} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s exists = %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
	for _, gone := range []string{killed, spare} {
		if _, err := os.Stat(gone + OldSuffix); err == nil {
			t.Errorf("%s left as %s", filepath.Base(gone), filepath.Base(gone+OldSuffix))
		}
	}
}

// TestIsOldOutput: the background remover takes only a folder named like
// one handed to it that holds the generator's files.
func TestIsOldOutput(t *testing.T) {
	dir := t.TempDir()
	for name, want := range map[string]bool{
		".public.tmp-1.old": true,
		".public.tmp-2":     false,
		"public.tmp-3.old":  false,
		".public.old":       false,
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(p, 0o755)
		os.WriteFile(filepath.Join(p, Marker), nil, 0o644)
		if got := IsOldOutput(p); got != want {
			t.Errorf("IsOldOutput(%s) = %v, want %v", name, got, want)
		}
	}
	p := filepath.Join(dir, ".x.tmp-9.old")
	os.MkdirAll(p, 0o755)
	os.WriteFile(filepath.Join(p, "luan-van.docx"), nil, 0o644)
	if IsOldOutput(p) {
		t.Error("took a folder without the generator's files")
	}
}

// TestWriteErrorNamesTheOutputPath: a file that cannot be written is
// named by its path in the output, with the reason in Vietnamese.
func TestWriteErrorNamesTheOutputPath(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d, err := NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	// A file where a folder is needed (a read-only folder would not stop
	// root, who runs CI).
	os.WriteFile(filepath.Join(d.Temp(), "anh"), nil, 0o644)
	err = d.WriteFile("anh/a.jpg", []byte("x"))
	we, ok := err.(*WriteError)
	if !ok || we.Path != filepath.Join(out, "anh", "a.jpg") {
		t.Fatalf("error %v (%T), want a WriteError naming %s", err, err, filepath.Join(out, "anh", "a.jpg"))
	}
	if got := ioError("/x", &os.PathError{Op: "write", Path: "/x", Err: syscall.ENOSPC}).(*WriteError).Why; got != "ổ đĩa đã đầy" {
		t.Errorf("a full disk explained as %q", got)
	}
}
