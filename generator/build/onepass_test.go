package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// edit replaces old by new in the fixture file rel, which must contain old.
func edit(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	p := filepath.Join(dir, rel)
	b, err := os.ReadFile(p)
	if err != nil || !strings.Contains(string(b), old) {
		t.Fatalf("%s does not contain %q (%v)", rel, old, err)
	}
	if err := os.WriteFile(p, []byte(strings.Replace(string(b), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSixErrorsInOnePass breaks six independent inputs of the fixture and
// checks that one check run reports all six, each at its path:line, and
// nothing else; a build then refuses to write anything.
func TestSixErrorsInOnePass(t *testing.T) {
	dir := fixture(t)
	// site.toml line 2: a baseURL without a scheme.
	edit(t, dir, "site.toml", `baseURL = "https://example.org/"`, `baseURL = "example.org"`)
	// Report row 3 (t2), tips_total: a number in words, whose cell starts
	// after "t2,2024-09," (11 characters), at column 12.
	edit(t, dir, "data/reports/2024-09.csv", "t2,2024-09,10,7", "t2,2024-09,mười,7")
	// deeds.csv row 3: a deed of unit t9, which units.csv lacks; column
	// 2 (after "2024-10-05," is 11 runes) starts at column 12.
	edit(t, dir, "data/deeds.csv", "tra-vi\n", "tra-vi\n2024-10-05,t9,viec-tot,Giúp người,Trần B,\n")
	// criteria.toml: criterion 4.7's indicator misspells target on line
	// 22; its "thiếu target" follows from it and is not reported.
	edit(t, dir, "data/criteria.toml", "  target = 1\n", "  targte = 1\n")
	// The story's date (line 3, value at column 8) is 30 February.
	edit(t, dir, "content/stories/tra-vi.md", "date = 2024-09-02", "date = 2025-02-30")
	// A second story names an image (line 5) that static/ lacks.
	err := os.WriteFile(filepath.Join(dir, "content/stories/anh.md"), []byte("+++\ntitle = \"Bài có ảnh\"\ndate = 2024-10-01\nunit = \"t1\"\nimage = \"/anh/khong-co.jpg\"\nimage_alt = \"Ảnh tổ tuần tra\"\nconsent = true\n+++\n\nNội dung.\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Check(Options{Source: dir})
	if err == nil {
		t.Fatal("check passed a broken site")
	}
	var lines []string
	for _, l := range strings.Split(err.Error(), "\n") {
		if !strings.HasPrefix(l, "    gợi ý: ") {
			lines = append(lines, l)
		}
	}
	want := []string{
		`content/stories/anh.md:5: không có tệp ảnh static/anh/khong-co.jpg`,
		`content/stories/tra-vi.md:3:8: phần đầu trang (front matter) sai: ngày 2025-02-30 không có trên lịch`,
		`data/criteria.toml:22: khóa không được hỗ trợ "criterion.indicator.targte"`,
		`data/deeds.csv:3:12: việc tốt cho đơn vị "t9" không có trong data/units.csv`,
		`data/reports/2024-09.csv:3:12: cột "tips_total": "mười" không phải số (chỉ chữ số, tối đa một dấu thập phân, không dấu phân cách hàng nghìn)`,
		`site.toml:2: baseURL "example.org" không phải địa chỉ web đầy đủ`,
		`6 lỗi`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if _, err := Build(Options{Source: dir}); err == nil || err.Error() != (func() string { _, _, e := Check(Options{Source: dir}); return e.Error() })() {
		t.Errorf("build reports differently from check: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("a failed build left public/: %v", err)
	}
}

// TestUnreadableFigureHasNoFollowOn: t2's tips_total in words is read as
// 0, which would make its 7 tips via the force exceed it (criterion 4.1's
// ratio); only the unreadable figure is reported, and the summary counts
// one problem in Vietnamese alone.
func TestUnreadableFigureHasNoFollowOn(t *testing.T) {
	dir := fixture(t)
	edit(t, dir, "data/reports/2024-09.csv", "t2,2024-09,10,7", "t2,2024-09,mười,7")
	_, _, err := Check(Options{Source: dir})
	want := `data/reports/2024-09.csv:3:12: cột "tips_total": "mười" không phải số (chỉ chữ số, tối đa một dấu thập phân, không dấu phân cách hàng nghìn)` +
		"\n    gợi ý: ghi số không âm, ví dụ 12 hoặc 92,5 (ghi 0 nếu không phát sinh)\n1 lỗi"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
}
