package site

import (
	"strings"
	"testing"
	"testing/fstest"

	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/diag"
	"phongtrao/generator/publish"
)

// fixtureReports counts the fixture's reports: 3 started periods × the 6
// units with phase bulletins (fixtureBulletins).
const fixtureReports = 3 * 6

// prosePages reads Markdown files given by path (under content/) as the
// content package does.
func prosePages(t *testing.T, files map[string]string) []*content.Page {
	t.Helper()
	fsys := fstest.MapFS{}
	for p, s := range files {
		fsys[p] = &fstest.MapFile{Data: []byte(s)}
	}
	pages, errs := content.Load(fsys, content.Known{})
	if errs.Len() > 0 {
		t.Fatal(errs.Err())
	}
	return pages
}

// withProse builds the fixture with [publisher] and the given prose files.
func withProse(t *testing.T, files map[string]string) *publish.Memory {
	t.Helper()
	pages := prosePages(t, files)
	return buildWith(t, func(in *Input) {
		in.Site.Publisher = &config.Publisher{Name: "Công an tỉnh Thử", Parent: "Ủy ban nhân dân tỉnh Thử", Place: "Gia Nghĩa"}
		in.Pages = append(in.Pages, pages...)
	})
}

// between returns the visible text of page from the first from to the
// next to.
func between(t *testing.T, page, from, to string) string {
	t.Helper()
	s := text(page)
	i := strings.Index(s, from)
	if i < 0 {
		t.Fatalf("no %q in %s", from, s)
	}
	j := strings.Index(s[i:], to)
	if j < 0 {
		t.Fatalf("no %q after %q in %s", to, from, s)
	}
	return s[i : i+j]
}

// TestReportWithoutProse: a district's report of Đợt 1 prints its data
// parts: the fixture's Huyện Đắk A has 4 teams (Đợt 1: Thôn 1 of Đắk
// Một 9/10 tips, Bon <script> 5/10, Thôn 1 and Buôn Ấp Ê of Ea Ba meet
// 4.1: 3 of 4; nobody meets 4.7), its communes ranked (Xã Ea Ba 1, Xã
// Đắk Một 0,5), one commendation in the period (02/10/2024), the appendix
// with its communes; parts II–IV have their headings only; the screen
// hint names the prose file to write. The province's report carries the
// document header with the report's own number (01/BC: the first report
// of 2025, before dot-2's and the campaign's).
func TestReportWithoutProse(t *testing.T) {
	m := withProse(t, nil)
	checkPage(t, m, "/bao-cao/dot-1/huyen-a.html", []string{
		"<h1 class=\"doc-title\"><span class=\"doc-kind\">BÁO CÁO</span><br>Sơ kết Đợt 1 phong trào thi đua (từ 01/09/2024 đến 31/01/2025)</h1>",
		"Số: 01/BC-CAH",
		"I. KẾT QUẢ ĐẠT ĐƯỢC", "II. ƯU ĐIỂM", "III. HẠN CHẾ, TỒN TẠI", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", "PHỤ LỤC",
		"0/4 tổ đạt cả 2 nội dung thi đua",
		"4.1. Nắm tình hình 3/4 75%",
		"1 Xã Ea Ba 1,00 0/2 0",
		"Khen thưởng: 1.",
		"content/bao-cao/dot-1/huyen-a.md",
		`<a href="/bao-cao/dot-1/huyen-a.csv" download>`,
		"Xã Ea Ba 2 2 0 0",
	}, nil)
	if s := between(t, get(t, m, "/bao-cao/dot-1/huyen-a.html"), "II. ƯU ĐIỂM", "PHỤ LỤC"); s != "II. ƯU ĐIỂM III. HẠN CHẾ, TỒN TẠI IV. PHƯƠNG HƯỚNG, NHIỆM VỤ " {
		t.Errorf("parts II–IV without prose: %q", s)
	}
	checkPage(t, m, "/bao-cao/dot-1/", []string{"Số: 01/BC-CAT"}, nil)
	checkPage(t, m, "/bao-cao/all/", []string{"Số: 03/BC-CAT", "Tổng kết phong trào thi đua"}, nil)
}

// TestReportWithProse: the prose before the first heading opens the
// report; each level-2 heading's section goes to the part it names
// (without diacritics or case: "## HAN CHE"), its own heading left out;
// an unknown heading is an error at the file.
func TestReportWithProse(t *testing.T) {
	m := withProse(t, map[string]string{"content/bao-cao/dot-1/huyen-a.md": `+++
title = "Sơ kết"
+++
Mở đầu <b>báo cáo</b>.

## Phương hướng

Làm tiếp.

## Kết quả nổi bật

Nổi bật lắm.

### Chi tiết

Chi tiết hơn.

## Ưu điểm

Tốt.

## HAN CHE

Còn yếu.
`})
	page := get(t, m, "/bao-cao/dot-1/huyen-a.html")
	if !strings.Contains(page, "<p>Mở đầu <!-- raw HTML omitted -->báo cáo<!-- raw HTML omitted -->.</p>") {
		t.Error("the intro is missing, or its raw HTML was not left out")
	}
	for _, tc := range []struct{ from, to, want string }{
		{"I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Kết quả chung", "I. KẾT QUẢ ĐẠT ĐƯỢC Nổi bật lắm. Chi tiết Chi tiết hơn. "},
		{"II. ƯU ĐIỂM", "III.", "II. ƯU ĐIỂM Tốt. "},
		{"III. HẠN CHẾ", "IV.", "III. HẠN CHẾ, TỒN TẠI Còn yếu. "},
		{"IV. PHƯƠNG", "PHỤ LỤC", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ Làm tiếp. "},
	} {
		if got := between(t, page, tc.from, tc.to); got != tc.want {
			t.Errorf("part %q: %q, want %q", tc.from, got, tc.want)
		}
	}
	if strings.Contains(page, "content/bao-cao/dot-1/huyen-a.md") {
		t.Error("a report with prose still asks for its file")
	}
}

// TestReportProseErrors: a prose file for no report, or with a heading
// that opens no part, stops the build at the file.
func TestReportProseErrors(t *testing.T) {
	in := loadSite(t, fixture)
	in.Pages = append(in.Pages, prosePages(t, map[string]string{
		"content/bao-cao/dot-9/tinh.md":         "+++\n+++\nx\n",
		"content/bao-cao/dot-1/ea-ba-thon-1.md": "+++\n+++\nx\n",
		"content/bao-cao/dot-1/tinh.md":         "+++\n+++\n## Kiến nghị\n\nx\n",
		"content/bao-cao/ghi-chu.md":            "+++\n+++\nx\n",
	})...)
	err := Build(in, publish.NewMemory(), Options{})
	de, ok := err.(*diag.Error)
	if !ok {
		t.Fatalf("error %v, want a diag.Error", err)
	}
	got := de.Error()
	for _, want := range []string{
		`content/bao-cao/dot-9/tinh.md:1: không có đợt mã "dot-9"`,
		`content/bao-cao/dot-1/ea-ba-thon-1.md:1: không có đơn vị mã "ea-ba-thon-1" có báo cáo`,
		`content/bao-cao/dot-1/tinh.md:1: mục “Kiến nghị” không thuộc phần nào của báo cáo`,
		`content/bao-cao/ghi-chu.md:1: tệp báo cáo phải nằm ở content/bao-cao/<đợt>/<mã đơn vị>.md`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}

// TestReportCSV: the appendix's CSV twin, worked out as in
// TestReportWithoutProse for the province's units in Đợt 1: Thành phố B
// (one team, meeting 4.1) ranks before Huyện Đắk A (3 of 4 meet 4.1).
func TestReportCSV(t *testing.T) {
	b, ok := buildFixture(t).Get("/bao-cao/dot-1/tinh.csv")
	if !ok {
		t.Fatal("no bao-cao/dot-1/tinh.csv")
	}
	want := "\uFEFFMã đơn vị,Đơn vị,Số tổ,Nội dung 4.1: tổ đạt,Nội dung 4.7: tổ đạt,Tổ đạt cả 2 nội dung thi đua\r\n" +
		"tp-b,Thành phố B,1,1,0,0\r\nhuyen-a,Huyện Đắk A,4,3,0,0\r\n"
	if string(b) != want {
		t.Errorf("CSV:\n%q\nwant\n%q", b, want)
	}
}
