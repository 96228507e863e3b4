package textfile

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

func TestDecodeStripsBOM(t *testing.T) {
	got, d := Decode("a.csv", append(append([]byte{}, BOM...), "id,name\n"...))
	if d != nil || string(got) != "id,name\n" {
		t.Fatalf("got %q, %v", got, d)
	}
}

func TestDecodeWindows1258(t *testing.T) {
	// "Thôn" in Windows-1258 is T h 0xF4 n: valid ASCII on line 1, the
	// first invalid byte is the 4th character of line 2 ("T","h", then ô at col 3).
	enc, err := charmap.Windows1258.NewEncoder().String("id,name\nThôn 1\n")
	if err != nil {
		t.Fatal(err)
	}
	_, d := Decode("data/units.csv", []byte(enc))
	if d == nil {
		t.Fatal("want an error for a Windows-1258 file")
	}
	if got := d.Pos.String(); got != "data/units.csv:2:3" {
		t.Errorf("position = %s, want data/units.csv:2:3", got)
	}
	if want := "Thôn 1"; !strings.Contains(d.Hint, want) {
		t.Errorf("hint %q should show the line read as Windows-1258 (%q)", d.Hint, want)
	}
}
