package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// hiddenFS is an fs.FS that is not an os.DirFS, so that Parse reads its
// files through the fs.FS interface (fs.ReadFile), as before folder.readFile.
type hiddenFS struct{ fsys fs.FS }

func (h hiddenFS) Open(name string) (fs.File, error) { return h.fsys.Open(name) }

// TestReadFastSameAsReadFile: Load over an os.DirFS, whose files are read
// with plain system calls, gives the same pages and the same diagnostics
// as Load over the same folder seen through another fs.FS, files that
// cannot be read included: a symbolic link to nothing, which folder.readFile
// cannot open either, so that the message comes from fs.ReadFile in both
// cases.
func TestReadFastSameAsReadFile(t *testing.T) {
	dir := t.TempDir()
	big := story + "+++\n" + strings.Repeat("Tổ tự quản tuần tra ban đêm.\n\n", 2000) // 66 KB: the buffer grows
	files := map[string]string{
		"content/stories/ngan.md": story + "+++\nMột dòng.\n",
		"content/stories/dai.md":  big,
		"content/stories/bom.md":  "\uFEFF" + story + "+++\r\nDòng một.\r\n",
		"content/stories/rong.md": "",
		"content/news/tin.md":     "+++\ntitle = \"Tin\"\ndate = 2025-03-12\n+++\nGọi 0912 345 678.\n",
		"content/gioi-thieu.md":   "+++\ntitle = \"Giới thiệu\"\n+++\n# Mục\n",
	}
	for p, s := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("khong-co", filepath.Join(dir, "content", "stories", "hong.md")); err != nil {
		t.Fatal(err)
	}
	fast, fastErrs := Load(os.DirFS(dir), known)
	slow, slowErrs := Load(hiddenFS{os.DirFS(dir)}, known)
	if !reflect.DeepEqual(fast, slow) {
		t.Errorf("pages differ:\n%v\n%v", fast, slow)
	}
	if !reflect.DeepEqual(fastErrs.Items(), slowErrs.Items()) {
		t.Errorf("diagnostics differ:\n%v\n%v", fastErrs.Items(), slowErrs.Items())
	}
	// folder.readFile itself reads what is there (the test is pointless if it
	// always gave up) and gives up on the broken link.
	var f folder
	defer f.close()
	stories := filepath.Join(dir, "content", "stories") + string(filepath.Separator)
	if b, ok := f.readFile(stories, "dai.md", make([]byte, 3, 8)); canReadFast && (!ok || string(b[3:]) != big) {
		t.Errorf("readFile(dai.md) = %d bytes, %v; want %d bytes after the 3 given", len(b), ok, len(big))
	}
	if _, ok := f.readFile(stories, "hong.md", nil); ok {
		t.Error("readFile(hong.md) succeeded on a link to nothing")
	}
	if b, ok := f.readFile(filepath.Join(dir, "content")+string(filepath.Separator), "gioi-thieu.md", nil); canReadFast && (!ok || !strings.HasSuffix(string(b), "# Mục\n")) {
		t.Errorf("readFile(gioi-thieu.md) in another folder = %q, %v", b, ok)
	}
	// 5 pages in path order (rong.md has no front matter, hong.md cannot
	// be read); 3 diagnostics, in path order too: the news phone number,
	// the unreadable link in fs.ReadFile's words, rong.md's missing front
	// matter.
	var paths []string
	for _, p := range fast {
		paths = append(paths, p.Path)
	}
	wantPaths := []string{"content/gioi-thieu.md", "content/news/tin.md", "content/stories/bom.md",
		"content/stories/dai.md", "content/stories/ngan.md"}
	if !reflect.DeepEqual(paths, wantPaths) {
		t.Fatalf("pages %v, want %v", paths, wantPaths)
	}
	var msgs []string
	for _, d := range fastErrs.Items() {
		msgs = append(msgs, d.Pos.String()+": "+d.Msg)
	}
	if len(msgs) != 3 || !strings.HasPrefix(msgs[0], "content/news/tin.md:5:5: có vẻ là số điện thoại") ||
		msgs[1] != "content/stories/hong.md: không đọc được tệp: open content/stories/hong.md: no such file or directory" ||
		!strings.HasPrefix(msgs[2], "content/stories/rong.md:1: thiếu phần đầu trang") {
		t.Errorf("diagnostics:\n%s", strings.Join(msgs, "\n"))
	}
	if got := fast[2].HTML; got != "<p>Dòng một.</p>\n" {
		t.Errorf("bom.md HTML = %q, want %q", got, "<p>Dòng một.</p>\n")
	}
	// dai.md is the story's 4 lines, "+++\n", then the body: 2000
	// paragraphs, every one of them read.
	if got, want := string(fast[3].HTML), strings.Repeat("<p>Tổ tự quản tuần tra ban đêm.</p>\n", 2000); got != want {
		t.Errorf("dai.md HTML has %d bytes, want %d", len(got), len(want))
	}
}
