package publish

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeChunks streams "ab", "cd", "e" into rel through Stream.
func writeChunks(w Writer, rel string) error {
	return Stream(w, rel, func(f io.Writer) error {
		for _, s := range []string{"ab", "cd", "e"} {
			if _, err := f.Write([]byte(s)); err != nil {
				return err
			}
		}
		return nil
	})
}

// TestDirCreate: a streamed file lands under the temporary folder (and in
// the output after Commit) with the bytes written, in a folder created on
// the way; the same path, streamed or written again, is refused, and so
// are bad paths.
func TestDirCreate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	d, err := NewDir(out)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	if err := writeChunks(d, "du-lieu/./ket-qua.json"); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(d.Temp(), "du-lieu", "ket-qua.json")); err != nil || string(b) != "abcde" {
		t.Fatalf("temp file = %q, %v; want abcde", b, err)
	}
	if _, err := d.Create("du-lieu/ket-qua.json"); err == nil || !strings.Contains(err.Error(), "ghi hai lần") {
		t.Errorf("second Create: %v, want a 'ghi hai lần' error", err)
	}
	if err := d.WriteFile("du-lieu/ket-qua.json", nil); err == nil {
		t.Error("WriteFile after Create accepted")
	}
	for _, bad := range []string{"", "../x.json", "/etc/x", "a\\b", "."} {
		if f, err := d.Create(bad); err == nil {
			f.Close()
			t.Errorf("Create(%q) accepted", bad)
		}
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(listTree(t, out), " "); got != "du-lieu/ket-qua.json=abcde" {
		t.Errorf("output = %s", got)
	}
}

// TestMemoryCreate: nothing is stored until Close; then Get returns the
// streamed bytes. A second Create of the path, a WriteFile claiming it
// before Close, and a bad path are refused; Write after Close fails.
func TestMemoryCreate(t *testing.T) {
	m := NewMemory()
	f, err := m.Create("du-lieu/ket-qua.csv")
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "ab")
	io.WriteString(f, "cd")
	if _, ok := m.Get("du-lieu/ket-qua.csv"); ok {
		t.Error("stored before Close")
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if b, ok := m.Get("du-lieu/ket-qua.csv"); !ok || string(b) != "abcd" {
		t.Errorf("Get = %q, %v; want abcd", b, ok)
	}
	if _, err := f.Write([]byte("x")); !errors.Is(err, os.ErrClosed) {
		t.Errorf("Write after Close: %v", err)
	}
	if _, err := m.Create("du-lieu/ket-qua.csv"); err == nil {
		t.Error("second Create accepted")
	}
	if _, err := m.Create("../x"); err == nil {
		t.Error("Create(../x) accepted")
	}
	g, err := m.Create("a.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := m.WriteFile("a.json", []byte("other")); err != nil {
		t.Fatal(err)
	}
	if err := g.Close(); err == nil {
		t.Error("Close over a path written meanwhile accepted")
	}
	if b, _ := m.Get("a.json"); string(b) != "other" {
		t.Errorf("a.json = %q, want the first write kept", b)
	}
}

// plainWriter is a Writer that is not a Creator.
type plainWriter struct{ files map[string]string }

func (p *plainWriter) WriteFile(rel string, b []byte) error {
	p.files[rel] = string(b)
	return nil
}

// TestStreamFallsBackToWriteFile: a Writer without Create gets the whole
// file through one WriteFile when the stream closes; a bad path is
// refused before anything is written; a write error is returned and
// nothing is stored.
func TestStreamFallsBackToWriteFile(t *testing.T) {
	p := &plainWriter{files: map[string]string{}}
	if err := writeChunks(p, "x.csv"); err != nil {
		t.Fatal(err)
	}
	if len(p.files) != 1 || p.files["x.csv"] != "abcde" {
		t.Errorf("files = %v, want x.csv=abcde", p.files)
	}
	if err := writeChunks(p, "../y.csv"); err == nil {
		t.Error("../y.csv accepted")
	}
	boom := errors.New("boom")
	if err := Stream(p, "z.csv", func(io.Writer) error { return boom }); err != boom {
		t.Errorf("Stream error = %v, want boom", err)
	}
	if _, ok := p.files["z.csv"]; ok {
		t.Error("z.csv stored although its writer failed")
	}
}
