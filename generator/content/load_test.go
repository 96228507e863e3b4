package content

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"phongtrao/generator/calendar"
)

// known is the data the test content is checked against.
var known = Known{
	Unit:     func(id string) bool { return id == "thon-1" || id == "xa-a" },
	Criteria: map[string]bool{"4.1": true, "4.7": true},
	Start:    calendar.Date{Year: 2024, Month: 8, Day: 19},
	End:      calendar.Date{Year: 2025, Month: 8, Day: 19},
}

// story is a valid story front matter (lines 1–5 of the file with the
// opening "+++"), to which a case appends lines from line 5 on.
const story = "+++\ntitle = \"Cứu hộ mùa lũ\"\ndate = 2025-03-12\nunit = \"thon-1\"\n"

// want is one expected diagnostic: its exact position and a part of its message.
type want struct{ pos, msg string }

// loadMap loads files from an in-memory source folder.
func loadMap(files map[string]string, k Known) ([]*Page, *diagView) {
	fsys := fstest.MapFS{}
	for p, s := range files {
		fsys[p] = &fstest.MapFile{Data: []byte(s)}
	}
	pages, l := Load(fsys, k)
	v := &diagView{}
	for _, d := range l.Items() {
		v.pos = append(v.pos, d.Pos.String())
		v.msg = append(v.msg, d.Msg)
		v.hint = append(v.hint, d.Hint)
	}
	return pages, v
}

type diagView struct{ pos, msg, hint []string }

func (v *diagView) String() string {
	var b strings.Builder
	for i := range v.pos {
		b.WriteString(v.pos[i] + ": " + v.msg[i] + "\n")
	}
	return b.String()
}

// check asserts that the diagnostics are exactly ws, in order.
func (v *diagView) check(t *testing.T, ws []want) {
	t.Helper()
	if len(v.pos) != len(ws) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(v.pos), len(ws), v)
	}
	for i, w := range ws {
		if v.pos[i] != w.pos || !strings.Contains(v.msg[i], w.msg) {
			t.Errorf("diagnostic %d = %s: %s, want %s: …%s…", i, v.pos[i], v.msg[i], w.pos, w.msg)
		}
		if v.hint[i] == "" {
			t.Errorf("diagnostic %d (%s) has no hint", i, v.pos[i])
		}
	}
}

func TestLoadErrors(t *testing.T) {
	const s = "content/stories/a.md"
	tests := []struct {
		name  string
		files map[string]string
		want  []want
	}{
		{"unclosed front matter", map[string]string{s: story + "\nNội dung.\n"},
			[]want{{s + ":1", "thiếu dòng +++ đóng phần đầu trang (front matter)"}}},
		{"no front matter", map[string]string{s: "# Tiêu đề\n"},
			[]want{{s + ":1", "dòng đầu tiên của tệp phải là +++"}}},
		{"YAML front matter", map[string]string{s: "---\ntitle: x\n---\n"},
			[]want{{s + ":1", "không phải giữa hai dòng ---"}}},
		// `title = "Tổ "x"`: the string ends at the second quote (rune 13);
		// toml stops at the x, rune 14 of file line 2 (its own line 1, plus
		// the opening "+++"). In bytes it would be 16: "ổ" takes three.
		{"TOML syntax error", map[string]string{s: "+++\ntitle = \"Tổ \"x\"\n+++\n"},
			[]want{{s + ":2:14", "sai: thừa 'x' sau giá trị"}}},
		// The repeated key is on file line 5; toml points at the key itself.
		{"repeated key", map[string]string{s: story + "title = \"Lần hai\"\n+++\n"},
			[]want{{s + ":5:1", `khóa "title" được viết hai lần`}}},
		// An impossible TOML date is a syntax error; toml points at the
		// value, after `date = ` (7 runes) on file line 3.
		{"impossible TOML date", map[string]string{s: "+++\ntitle = \"x\"\ndate = 2025-13-01\nunit = \"thon-1\"\n+++\n"},
			[]want{{s + ":3:8", "sai: ngày 2025-13-01 không có trên lịch"}}},
		// 30 February has the right form but is not on the calendar.
		{"30 February", map[string]string{s: "+++\ntitle = \"x\"\ndate = 2025-02-30\nunit = \"thon-1\"\n+++\n"},
			[]want{{s + ":3:8", "sai: ngày 2025-02-30 không có trên lịch"}}},
		{"unknown key with a suggestion", map[string]string{s: story + "peple = [\"A\"]\n+++\n"},
			[]want{{s + ":5", `khóa "peple" không dùng được`}}},
		{"news key that stories do not take", map[string]string{s: story + "slug = \"x\"\n+++\n"},
			[]want{{s + ":5", `khóa "slug"`}}},
		{"table is an unknown key at its header", map[string]string{s: story + "\n[menu]\nname = \"x\"\n+++\n"},
			[]want{{s + ":6", `khóa "menu"`}}},
		{"missing unit", map[string]string{s: "+++\ntitle = \"x\"\ndate = 2025-03-12\n+++\n"},
			[]want{{s + ":1", `thiếu khóa bắt buộc "unit"`}}},
		{"missing title and date", map[string]string{s: "+++\nunit = \"thon-1\"\n+++\n"},
			[]want{{s + ":1", `"date"`}, {s + ":1", `"title"`}}},
		{"empty title", map[string]string{s: "+++\ntitle = \" \"\ndate = 2025-03-12\nunit = \"thon-1\"\n+++\n"},
			[]want{{s + ":2", "không được để trống"}}},
		{"wrong types", map[string]string{s: story + "draft = \"có\"\npeople = \"Nguyễn Văn A\"\ncriterion = 4.7\n+++\n"},
			[]want{{s + ":5", "true hoặc false"}, {s + ":6", "danh sách"}, {s + ":7", "văn bản"}}},
		{"impossible date string", map[string]string{s: "+++\ntitle = \"x\"\nunit = \"thon-1\"\ndate = \"31/02/2025\"\n+++\n"},
			[]want{{s + ":4", "ngày không hợp lệ"}}},
		{"date with a time", map[string]string{s: "+++\ntitle = \"x\"\nunit = \"thon-1\"\ndate = 2025-03-12T08:30:00\n+++\n"},
			[]want{{s + ":4", "không ghi giờ"}}},
		{"date outside the campaign", map[string]string{s: "+++\ntitle = \"x\"\nunit = \"thon-1\"\ndate = \"18/08/2024\"\n+++\n"},
			[]want{{s + ":4", "ngoài thời gian phong trào"}}},
		{"unknown unit and criterion", map[string]string{s: "+++\ntitle = \"x\"\ndate = 2025-03-12\nunit = \"thon-9\"\ncriterion = \"4.9\"\n+++\n"},
			[]want{{s + ":4", `không có đơn vị mã "thon-9"`}, {s + ":5", `không có nội dung thi đua mã "4.9"`}}},
		{"privacy = allow is gone", map[string]string{s: story + "privacy = \"allow\"\n+++\n"},
			[]want{{s + ":5", `privacy = "allow" không còn dùng`}}},
		{"file name is not a slug", map[string]string{"content/stories/Bài Viết_1.md": story + "+++\n"},
			[]want{{"content/stories/Bài Viết_1.md:1", `"Bài Viết_1.md"`}}},
		{"front matter slug is not a slug", map[string]string{"content/about.md": "+++\ntitle = \"Giới thiệu\"\nslug = \"Giới thiệu\"\n+++\n"},
			[]want{{"content/about.md:3", `slug "Giới thiệu" không hợp lệ`}}},
		// Sorted by path, content/stories/2025/a.md comes first, so the
		// second one, content/stories/a.md, is the duplicate.
		{"duplicate slug in a section", map[string]string{s: story + "+++\n", "content/stories/2025/a.md": story + "+++\n", "content/news/a.md": "+++\ntitle = \"x\"\ndate = 2025-01-01\n+++\n"},
			[]want{{s + ":1", "trùng với content/stories/2025/a.md"}}},
		{"duplicate slug of free pages at the slug line", map[string]string{"content/a.md": "+++\ntitle = \"A\"\nslug = \"gioi-thieu\"\n+++\n", "content/b.md": "+++\ntitle = \"B\"\nweight = 2\nslug = \"gioi-thieu\"\n+++\n"},
			[]want{{"content/b.md:4", "trùng với content/a.md"}}},
		{"image on another site in front matter", map[string]string{s: story + "image = \"https://cdn.example.com/a.jpg\"\nconsent = true\n+++\n"},
			[]want{{s + ":5", "không tải tài nguyên từ trang ngoài"}}},
		{"image path with ..", map[string]string{s: story + "image = \"/anh/../../etc/passwd\"\nconsent = true\n+++\n"},
			[]want{{s + ":5", "chứa “..”"}}},
		// Body line 1 is file line 6; "Ảnh ![x](" is 9 runes, so the URL starts at col 10.
		{"image on another site in the body", map[string]string{s: story + "+++\nẢnh ![x](//cdn.example.com/a.jpg).\n\n![y](%2e%2e/a.jpg)\n"},
			[]want{{s + ":6:10", "không tải tài nguyên từ trang ngoài"}, {s + ":8:6", "chứa “..”"}}},
		{"data URL image", map[string]string{s: story + "+++\n![x](data:image/png;base64,AAAA)\n"},
			[]want{{s + ":6:6", "không hợp lệ"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, v := loadMap(tt.files, known)
			v.check(t, tt.want)
		})
	}
}

// TestLoadCRLFAndBOM: a file saved by Notepad (BOM, CRLF) gives the same
// lines as a plain one: the misspelt key is on line 5 either way, and the
// hint proposes the key one letter away.
func TestLoadCRLFAndBOM(t *testing.T) {
	src := "\uFEFF" + strings.ReplaceAll(story+"tittle = \"x\"\n+++\nThân bài.\n", "\n", "\r\n")
	pages, v := loadMap(map[string]string{"content/stories/a.md": src}, known)
	v.check(t, []want{{"content/stories/a.md:5", `khóa "tittle"`}})
	if !strings.Contains(v.hint[0], `có phải là "title"?`) {
		t.Errorf("hint = %q, want a suggestion of \"title\"", v.hint[0])
	}
	if len(pages) != 1 || pages[0].HTML != "<p>Thân bài.</p>\n" || pages[0].Title != "Cứu hộ mùa lũ" {
		t.Fatalf("pages = %+v, want one page with the body free of \\r", pages)
	}
}

// TestValidSlug: validSlug agrees with the regular expression it replaces
// on every string of up to 4 bytes over an alphabet with each kind of
// byte it tells apart (letters, digits, hyphens, upper case, others,
// UTF-8), and on a few longer ones.
func TestValidSlug(t *testing.T) {
	re := regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	alphabet := []string{"a", "z", "0", "9", "-", "A", "_", ".", " ", "đ"}
	var all func(s string, n int)
	all = func(s string, n int) {
		if got, want := validSlug(s), re.MatchString(s); got != want {
			t.Errorf("validSlug(%q) = %v, want %v", s, got, want)
		}
		if n > 0 {
			for _, c := range alphabet {
				all(s+c, n-1)
			}
		}
	}
	all("", 4)
	for _, s := range []string{"cuu-nguoi-mac-ket-2", "to-dan-pho-12", "a--b", "bai-viet-", "Bai-viet", "bài-viết"} {
		if got, want := validSlug(s), re.MatchString(s); got != want {
			t.Errorf("validSlug(%q) = %v, want %v", s, got, want)
		}
	}
}
