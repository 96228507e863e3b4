package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/encoding/charmap"
)

func TestLegacyEncodingRefused(t *testing.T) {
	// "Thôn" saved as Windows-1258: ô is the single byte 0xF4, at line 2, column 12
	// (t,i,t,l,e, ,=, ,", T, h, ô).
	src, err := charmap.Windows1258.NewEncoder().String("+++\ntitle = \"Thôn Tân\"\n+++\n")
	if err != nil {
		t.Fatal(err)
	}
	_, errs := Load(fstest.MapFS{"content/a.md": {Data: []byte(src)}}, Known{})
	items := errs.Items()
	if len(items) != 1 || items[0].Pos.String() != "content/a.md:2:12" || !strings.Contains(items[0].Msg, "không phải UTF-8") {
		t.Fatalf("want one encoding error at content/a.md:2:12, got %v", items)
	}
}
