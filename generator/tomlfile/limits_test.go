package tomlfile

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestDeepNestingRefusedQuickly is the attack of issue 15 (point 6): 12,000
// nested inline tables (about 50 KB) took over 4.6 GB in the toml package.
// It is refused before decoding, at the first bracket too deep, within a
// second and 100 MB.
func TestDeepNestingRefusedQuickly(t *testing.T) {
	const n = 12_000
	deep := "# đầu tệp\ntitle = \"x\"\na = " + strings.Repeat("{b = ", n) + "1" + strings.Repeat("}", n) + "\n"
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	var v map[string]any
	_, errs := Decode("site.toml", []byte(deep), 0, &v)
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	items := errs.Items()
	if len(items) != 1 || items[0].Pos.String() != "site.toml:3:25" || !strings.Contains(items[0].Msg, "lồng nhau quá 4 cấp") {
		t.Fatalf("got %v", errs.Err())
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; took > time.Second || alloc > 100<<20 {
		t.Errorf("took %v and %d MB", took, alloc>>20)
	}
	arrays := "x = " + strings.Repeat("[", 50) + strings.Repeat("]", 50)
	if _, errs := Decode("a.toml", []byte(arrays), 5, &v); errs.Len() != 1 || errs.Items()[0].Pos.String() != "a.toml:6:9" {
		t.Errorf("nested arrays: %v", errs.Err())
	}
}

// TestNestingAllowed: what the schema uses (array tables, arrays of inline
// tables, brackets inside strings and comments) is not counted as nesting.
func TestNestingAllowed(t *testing.T) {
	src := "[[campaign.phases]]\nid = \"[[[[[[\" # {{{{{{\nx = [{a = [1]}]\ns = '''\n{{{{{{\n'''\nt = \"\\\"[[[[[\"\n"
	if d := Check("a.toml", src, 0); d != nil {
		t.Fatal(d)
	}
}

func TestTooLarge(t *testing.T) {
	var v map[string]any
	_, errs := Decode("data/criteria.toml", []byte("# "+strings.Repeat("x", MaxSize)), 0, &v)
	if errs.Len() != 1 || !strings.HasPrefix(errs.Items()[0].Error(), "data/criteria.toml:1: tệp TOML quá lớn") {
		t.Errorf("got %v", errs.Err())
	}
}
