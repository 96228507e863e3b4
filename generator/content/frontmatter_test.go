package content

import (
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"phongtrao/generator/calendar"
	"phongtrao/generator/diag"
)

func TestLoadStory(t *testing.T) {
	src := `+++
title = "Cứu hộ mùa lũ ở Tổ dân phố 3"
date = "12/03/2025"
unit = "thon-1"
people = ["Y Bhim Niê", "Nguyễn Thị Hoa", " "]
criterion = "4.7"
image = "/anh/lu.jpg"
image_alt = "Tổ viên khiêng bao cát"
tags = ["mưa lũ", "cứu hộ"]
draft = true
consent = true
+++
# Tổ dân phố 3

Đêm **12/3**, nước lên nhanh; [tổ](/to/) có mặt sau 10 phút.

Đoạn hai.
`
	pages, v := loadMap(map[string]string{"content/stories/cuu-ho-mua-lu.md": src}, known)
	v.check(t, nil)
	if len(pages) != 1 {
		t.Fatalf("got %d pages, want 1", len(pages))
	}
	p := pages[0]
	got := []any{p.Section, p.Slug, p.Title, p.Date, p.Unit, p.People, p.Criterion, p.Image, p.ImageAlt, p.Tags, p.Draft, p.Consent}
	want := []any{Stories, "cuu-ho-mua-lu", "Cứu hộ mùa lũ ở Tổ dân phố 3", calendar.Date{Year: 2025, Month: 3, Day: 12},
		"thon-1", []string{"Y Bhim Niê", "Nguyễn Thị Hoa"}, "4.7", "/anh/lu.jpg", "Tổ viên khiêng bao cát",
		[]string{"mưa lũ", "cứu hộ"}, true, true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fields = %#v\nwant     %#v", got, want)
	}
	// No summary key: the first top-level paragraph's text, markup dropped.
	if p.Summary != "Đêm 12/3, nước lên nhanh; tổ có mặt sau 10 phút." {
		t.Errorf("Summary = %q", p.Summary)
	}
	if !strings.HasPrefix(string(p.HTML), `<h1 id="to-dan-pho-3">Tổ dân phố 3</h1>`) {
		t.Errorf("HTML = %q", p.HTML)
	}
	// Keys sit on lines 2–11 of the file; "unit" on line 4.
	if got := p.PosOf("unit"); got != (diag.Pos{File: p.Path, Line: 4}) {
		t.Errorf("PosOf(unit) = %v, want line 4", got)
	}
	if got := p.PosOf("summary"); got != p.Pos || p.Pos.Line != 1 {
		t.Errorf("PosOf(summary) = %v, want the first line", got)
	}
}

func TestLoadFreeAndNews(t *testing.T) {
	files := map[string]string{
		"content/about.md":           "+++\ntitle = \"Giới thiệu\"\nslug = \"gioi-thieu\"\nmenu = true\nweight = 1\nsummary = \"Về phong trào.\"\n+++\nNội dung.\n",
		"content/huong-dan.md":       "+++\ntitle = \"Hướng dẫn\"\n+++\n",
		"content/news/so-ket.md":     "+++\ntitle = \"Sơ kết Đợt 1\"\ndate = 2023-02-20\ntags = []\n+++\nTin.\n",
		"content/.trash/x.md":        "not read",
		"content/stories/.#draft.md": "not read",
		"content/notes.txt":          "not read",
	}
	pages, v := loadMap(files, known)
	v.check(t, nil)
	// Sorted by path; the news date may lie outside the campaign (only
	// stories are bound to it).
	if len(pages) != 3 {
		t.Fatalf("got %d pages, want 3", len(pages))
	}
	about, guide, news := pages[0], pages[1], pages[2]
	if about.Slug != "gioi-thieu" || !about.Menu || about.Weight != 1 || about.Summary != "Về phong trào." || about.Section != Free {
		t.Errorf("about = %+v", about)
	}
	if guide.Slug != "huong-dan" || guide.Menu || guide.Summary != "" {
		t.Errorf("guide = %+v", guide)
	}
	if news.Section != News || news.Date != (calendar.Date{Year: 2023, Month: 2, Day: 20}) || news.Summary != "Tin." || len(news.Tags) != 0 {
		t.Errorf("news = %+v", news)
	}
}

func TestLoadNoContentFolder(t *testing.T) {
	pages, v := loadMap(map[string]string{"site.toml": ""}, known)
	v.check(t, nil)
	if len(pages) != 0 {
		t.Errorf("pages = %v, want none", pages)
	}
}

func TestKeyLines(t *testing.T) {
	front := strings.Join([]string{
		`# chú thích: title = "không phải khóa"`, // 1
		`title = "a"`,                     // 2
		`summary = """`,                   // 3
		`date = "trong chuỗi nhiều dòng"`, // 4
		`"""`,                             // 5
		`  "quoted key" = 1`,              // 6
		`site.name = "x"`,                 // 7
		`people = [`,                      // 8
		`  "A",`,                          // 9
		`]`,                               // 10
		`date = 2025-01-01`,               // 11
		`[menu]`,                          // 12
		`title = "trong bảng"`,            // 13: not top-level; title keeps line 2
	}, "\n")
	want := []keyLine{{"title", 2}, {"summary", 3}, {"quoted key", 6}, {"site", 7}, {"people", 8}, {"date", 11}, {"menu", 12}}
	if got := keyLines(front); !reflect.DeepEqual(got, want) {
		t.Errorf("keyLines = %v, want %v", got, want)
	}
}

// TestFrontKeys: the key lines, in file lines, three single quotes inside
// a one-line string included.
func TestFrontKeys(t *testing.T) {
	for _, tt := range []struct {
		front string
		want  []keyLine
	}{
		{"title = \"a\"\n\ndate = 2024-01-01", []keyLine{{"title", 2}, {"date", 4}}},
		{"title = \"a ''' b\"\ndate = 2024-01-01", []keyLine{{"title", 2}, {"date", 3}}},
		{"summary = '''\ndate = 1\n'''\ndate = 2024-01-01", []keyLine{{"summary", 2}, {"date", 5}}},
	} {
		m := map[string]any{}
		if _, err := toml.Decode(tt.front, &m); err != nil {
			t.Fatal(err)
		}
		if got := frontKeys(tt.front, decoded{values: m}); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("frontKeys(%q) = %v, want %v", tt.front, got, tt.want)
		}
	}
}

// TestFrontMatterTooDeep: the deep-TOML attack in a story's front matter is
// refused before decoding, at its file line.
func TestFrontMatterTooDeep(t *testing.T) {
	var l diag.List
	src := "+++\ntitle = \"x\"\ntags = " + strings.Repeat("[", 12_000) + strings.Repeat("]", 12_000) + "\n+++\n"
	s, ok := split("content/stories/a.md", src, &l)
	if !ok {
		t.Fatal(l.Err())
	}
	if _, ok := decodeTOML(s, &l); ok || l.Len() != 1 || l.Items()[0].Pos.String() != "content/stories/a.md:3:12" {
		t.Errorf("got %v", l.Err())
	}
}
