package content

import (
	"io"
	"io/fs"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
)

// mixedFS is a folder of valid stories with a few broken files among them:
// errors found before the data checks (an unknown key), by them (an
// unknown unit) and after them (a phone number, an image on another site),
// and a duplicate slug found once all files are in.
func mixedFS() fstest.MapFS {
	fsys := storyFS(40)
	fsys["content/stories/loi-1.md"] = &fstest.MapFile{Data: []byte(
		"+++\ntitle = \"Lỗi\"\ndate = 2025-03-12\nunit = \"thon-9\"\nfoo = 1\n+++\nGọi 0912 345 678. ![a](https://x.vn/a.png)\n")}
	fsys["content/stories/2025/cau-chuyen-0007.md"] = fsys["content/stories/cau-chuyen-0007.md"]
	fsys["content/stories/khong-dau.md"] = &fstest.MapFile{Data: []byte("# Không có phần đầu trang\n")}
	return fsys
}

// TestParseThenCheckIsLoad: Parse once, then Check against two sets of
// data, gives what Load gives with each (same pages, same errors in the
// same order), whatever the number of cores; loading twice gives the same.
func TestParseThenCheckIsLoad(t *testing.T) {
	fsys := mixedFS()
	noUnits := known
	noUnits.Unit = func(string) bool { return false }
	for _, procs := range []int{1, 4} {
		prev := runtime.GOMAXPROCS(procs)
		parsed := Parse(fsys)
		for _, k := range []Known{known, noUnits} {
			pages, l := Load(fsys, k)
			again, l2 := Load(fsys, k)
			checked, l3 := parsed.Check(k)
			if !reflect.DeepEqual(pages, again) || !reflect.DeepEqual(l, l2) {
				t.Errorf("GOMAXPROCS %d: two loads differ", procs)
			}
			if !reflect.DeepEqual(pages, checked) || !reflect.DeepEqual(l, l3) {
				t.Errorf("GOMAXPROCS %d: Parse then Check differs from Load", procs)
			}
		}
		runtime.GOMAXPROCS(prev)
	}
	// reflect.DeepEqual above compares the lists in the order their items
	// were added (unexported field included). What a reader sees is that
	// list sorted by position: the duplicate (content/stories/2025/ sorts
	// first, so the other copy is the duplicate, at its line 1); the file
	// without front matter; then the broken story's unknown unit (line 4),
	// unknown key (line 5), phone number and image in its body (file line
	// 7: "Gọi " is 4 runes, so the number starts at rune 5; the URL after
	// "Gọi 0912 345 678. ![a](", 23 runes, at rune 24).
	_, l := Parse(fsys).Check(known)
	var got []string
	for _, d := range l.Items() {
		got = append(got, d.Pos.String())
	}
	want := []string{
		"content/stories/cau-chuyen-0007.md:1", "content/stories/khong-dau.md:1", "content/stories/loi-1.md:4",
		"content/stories/loi-1.md:5", "content/stories/loi-1.md:7:5", "content/stories/loi-1.md:7:24",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("diagnostics:\n got %v\nwant %v", got, want)
	}
}

// TestCollapseSpace: plain text keeps words and puts one space between
// them, as strings.Join(strings.Fields(s), " ") does: tabs, newlines and
// the no-break space U+00A0 are white space; U+200B (zero width space) is
// not (unicode.IsSpace says no), so it stays inside its word.
func TestCollapseSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   \t\n", ""},
		{"Tổ  bảo\tvệ\n", "Tổ bảo vệ"},
		{"\u00a0an\u00a0 ninh ", "an ninh"},
		{"a\u200bb  c", "a\u200bb c"},
		{"x\xffy  z", "x\xffy z"}, // an invalid byte is kept as it is
	}
	for _, tt := range tests {
		if got := collapseSpace(tt.in); got != tt.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if ref := strings.Join(strings.Fields(tt.in), " "); ref != tt.want {
			t.Errorf("strings.Fields disagrees on %q: %q", tt.in, ref)
		}
	}
}

// TestSummaryOnlyWhenMissing: the first paragraph becomes the summary only
// when the front matter has none (or an empty one).
func TestSummaryOnlyWhenMissing(t *testing.T) {
	body := "+++\nĐoạn  đầu   tiên.\n\nĐoạn hai.\n"
	pages, v := loadMap(map[string]string{
		"content/stories/a.md": story + "summary = \"Tóm tắt riêng\"\n" + body,
		"content/stories/b.md": story + body,
		"content/stories/c.md": story + "summary = \"  \"\n" + body,
	}, known)
	v.check(t, nil)
	got := []string{pages[0].Summary, pages[1].Summary, pages[2].Summary}
	want := []string{"Tóm tắt riêng", "Đoạn đầu tiên.", "Đoạn đầu tiên."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("summaries = %q, want %q", got, want)
	}
}

// panicFS is a source folder whose files panic when opened.
type panicFS struct{ fstest.MapFS }

func (f panicFS) Open(name string) (fs.File, error) {
	if strings.HasSuffix(name, ".md") {
		panic("không mở được " + name)
	}
	return f.MapFS.Open(name)
}

// ReadFile hides MapFS's, so that fs.ReadFile goes through Open.
func (f panicFS) ReadFile(name string) ([]byte, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}

// TestParseRaisesPanics: a panic while reading a file reaches Parse's
// caller (where the live preview recovers it) with its value, rather than
// ending the process from a worker goroutine.
func TestParseRaisesPanics(t *testing.T) {
	defer func() {
		msg, _ := recover().(string)
		if !strings.HasPrefix(msg, "không mở được content/stories/cau-chuyen-000") {
			t.Errorf("recovered %q, want the panic of a story file", msg)
		}
	}()
	Parse(panicFS{storyFS(3)})
	t.Error("Parse returned")
}
