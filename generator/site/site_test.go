package site

import (
	"bytes"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"phongtrao/generator/internal/golden"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

const fixture = "testdata/site"

var (
	fixtureOnce sync.Once
	fixtureMem  *publish.Memory
	fixtureErr  error
)

// buildFixture builds testdata/site once (minified) for the tests that read it.
func buildFixture(t *testing.T) *publish.Memory {
	t.Helper()
	fixtureOnce.Do(func() {
		in := loadSite(t, fixture)
		fixtureMem = publish.NewMemory()
		fixtureErr = Build(in, fixtureMem, Options{})
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureMem
}

func get(t *testing.T, m *publish.Memory, p string) string {
	t.Helper()
	b, ok := m.Get(p)
	if !ok {
		t.Fatalf("%s was not written", p)
	}
	return string(b)
}

// text is a page's visible text: tags dropped, entities kept, spaces folded.
func text(html string) string {
	// <wbr> is a break opportunity inside a word ("1/<wbr>2"), not a space.
	s := strings.ReplaceAll(html, "<wbr>", "")
	s = regexp.MustCompile(`(?s)<[^>]*>`).ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

func TestPageKinds(t *testing.T) {
	m := buildFixture(t)
	tests := []struct {
		path string
		want []string // in the visible text
		not  []string
	}{
		{"/", []string{"Phong trào thử", "Khẩu hiệu &lt;thử&gt;", "1/KH-THU", "Dữ liệu minh họa",
			"Đợt 2 (01/02/2025 – 31/08/2025): Đang diễn ra", "Đợt 1 (01/09/2024 – 31/01/2025): Đã kết thúc",
			// dot-2, 4.1: Thôn 1 (Đắk Một) 4/4 met; every other team has no report in the window: 1 of 5.
			"4.1. Nắm tình hình 1/5 20%",
			// dot-2, 4.7: only Buôn Ấp Ê has a deed in February, the one counted month: 1 of 5.
			"4.7. Hình ảnh đẹp 1/5 20%",
			"Trả lại ví cho người đánh rơi", "Lễ phát động"},
			[]string{"Việc sau ngày tính"}},
		// Thôn 1 of Xã Đắk Một in dot-1: 9/10 tips = 90% ≥ 80% (met); deeds in Sep and Oct, none
		// in Nov–Jan: 2 of 5 months (not met). Score 1 of 3, rank 1 of 2 in its commune: the first
		// column of the summary, dot-1 coming first.
		{"/don-vi/dak-mot-thon-1.html", []string{"Trang chủ Tỉnh Thử Huyện Đắk A Xã Đắk Một Thôn 1",
			"Điểm (tối đa 3) 1,00 ", "Hạng trong Xã Đắk Một 1/2 ", "90% (9/10) ✓ Đạt", "2/5 tháng ✗ Chưa đạt",
			"Trả lại ví &lt;b&gt;nhặt được&lt;/b&gt;", "tháng 9/2024", "Trả lại ví cho người đánh rơi"},
			// On its own page a team's deeds do not name the team again.
			[]string{"UBND xã · Thôn 1"}},
		// Tổ dân phố 1: no tips at all in dot-1 (none, counts as met); no report in dot-2 (no-data).
		{"/don-vi/hai-to-1.html", []string{"○ Không phát sinh", "? Chưa có số liệu", "Biểu dương dập lửa"},
			[]string{"Việc sau ngày tính"}},
		// The two teams of Xã Ea Ba tie in dot-1 (score 1, one indicator met, no deed): both rank 1,
		// each with a ✓ for 4.1 and a ✗ for 4.7 (criteria.toml's order), read out as "chưa đạt 4.7".
		// In dot-2 Buôn Ấp Ê (2 points) misses 4.1 only, Thôn 1 (0 points) both.
		{"/don-vi/xa-ea-ba.html", []string{"1 Buôn Ấp Ê 1,00 ✓ ✗ chưa đạt 4.7", "1 Thôn 1 1,00 ✓ ✗ chưa đạt 4.7",
			"1 Buôn Ấp Ê 2,00 ✗ ✓ chưa đạt 4.1", "2 Thôn 1 0,00 ✗ ✗ chưa đạt 4.1, 4.7", "Nội dung 4.1–4.7"}, nil},
		// The minifier leaves ">" unescaped in text, which is valid HTML; "<" is escaped.
		{"/don-vi/dak-mot-bon-x.html", []string{"<h1>Bon &lt;script&gt;alert(1)&lt;/script&gt;</h1>", "<span aria-current=\"page\">Bon &lt;script&gt;"}, nil},
		{"/xep-hang/dot-2/to/", []string{"Xếp hạng tổ – Đợt 2", "1 Buôn Ấp Ê Xã Ea Ba, Huyện Đắk A 2", "Cách xếp hạng"}, nil},
		{"/xep-hang/dot-1/huyen-thanh-pho/", []string{"Huyện Đắk A", "Thành phố B"}, nil},
		{"/xep-hang/dot-1/xa-phuong/", []string{"Xã Đắk Một", "Phường Hai"}, nil},
		{"/tieu-chi/4-7.html", []string{"Nội dung 4.7: Hình ảnh đẹp", "≥ 1 mỗi tháng", "Buôn Ấp Ê", "Trả lại ví cho người đánh rơi"}, nil},
		{"/bai-viet/", []string{"Dập lửa đêm", "Trả lại ví cho người đánh rơi"}, nil},
		{"/bai-viet/tra-vi.html", []string{"<h1>Trả lại ví cho người đánh rơi</h1>", "12/09/2024", "Thôn 1",
			"Người được nêu gương: Nguyễn Văn An", "Bài sau: Dập lửa đêm"},
			// Raw HTML in Markdown is not passed through (package content).
			[]string{"<script>alert(2)"}},
		{"/tin-tuc/phat-dong.html", []string{"Lễ phát động", "01/09/2024"}, nil},
		{"/gioi-thieu/", []string{"Trang giới thiệu."}, nil},
		{"/viec-tot/thang/2024-09/", []string{"Việc tốt tháng 9/2024", "Đọc bài viết"}, nil},
		{"/viec-tot/loai/mo-hinh/", []string{"Mô hình camera", "Công an huyện"}, nil},
		{"/danh-ba/dd/", []string{"Đắk A", "Đắk Một"}, []string{"Ea Ba"}},
		{"/danh-ba/aa/", []string{"Ấp Ê Buôn Xã Ea Ba, Huyện Đắk A"}, nil},
		{"/danh-ba/", []string{"0–9 Â B Đ E H S"}, nil},
		// The downloads page names each indicator's CSV columns.
		{"/du-lieu/", []string{"ket-qua.xlsx", "ket-qua.csv", "ket-qua.json", "4.1/tin-bao Tỷ lệ tin qua lực lượng (4.1. Nắm tình hình) ≥ 80%"}, nil},
		{"/tim-kiem/", []string{"Tìm kiếm", "Danh bạ đơn vị từ A đến Z"}, nil},
		{"/404.html", []string{"Không tìm thấy trang", "Danh bạ"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			html := get(t, m, tt.path)
			// Markup is matched in the HTML, anything else in the visible text.
			in := func(w string) bool {
				if strings.Contains(w, "<") {
					return strings.Contains(html, w)
				}
				return strings.Contains(text(html), w)
			}
			for _, w := range tt.want {
				if !in(w) {
					t.Errorf("missing %q in\n%s", w, text(html))
				}
			}
			for _, w := range tt.not {
				if in(w) {
					t.Errorf("unexpected %q", w)
				}
			}
		})
	}
}

var (
	h1RE   = regexp.MustCompile(`<h1[ >]`)
	attrRE = regexp.MustCompile(`"[^"]*"`) // attribute values, where "<" is harmless
)

// TestEveryPage checks what every HTML page must have: the doctype, lang="vi",
// one h1, a main landmark, the skip link, the illustrative-data banner, and no
// unescaped script from the data.
func TestEveryPage(t *testing.T) {
	m := buildFixture(t)
	n := 0
	for _, p := range m.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		n++
		b, _ := m.Get(p)
		s := string(b)
		checks := map[string]bool{
			"doctype":  strings.HasPrefix(strings.ToLower(s), "<!doctype html>"),
			"lang":     strings.Contains(s, `<html lang="vi">`),
			"one h1":   len(h1RE.FindAllString(s, -1)) == 1,
			"main":     strings.Contains(s, `<main id="noi-dung"`),
			"skip":     strings.Contains(s, `href="#noi-dung"`),
			"banner":   strings.Contains(s, "Dữ liệu minh họa."),
			"escaped":  !strings.Contains(attrRE.ReplaceAllString(s, `""`), "<script>alert"),
			"no cdn":   !regexp.MustCompile(`(src|href)="(https?:)?//`).MatchString(s),
			"css hash": regexp.MustCompile(`href="/css/site\.[0-9a-f]{8}\.css"`).MatchString(s),
		}
		for name, ok := range checks {
			if !ok {
				t.Errorf("%s: %s check failed", p, name)
			}
		}
	}
	// 11 units; boards: the index + 3 started periods (both phases and "all")
	// × 3 levels (districts, communes, teams); criteria 1 + 2; lists 2;
	// stories 2; news 1; free 1; deeds: the index + 4 months (09/2024,
	// 10/2024, 02/2025, 03/2025) + 4 kinds; directory 1 + 7 letters (0–9, Â,
	// B, Đ, E, H, S); downloads, search, 404, home; bulletins (bulletin_test.go);
	// commendations: the index + a page per started period (3); honour
	// boards: the index + the 3 units right above teams (Xã Đắk Một,
	// Phường Hai, Xã Ea Ba).
	// Reports (report_test.go); press releases (release_test.go).
	if want := 11 + 10 + 3 + 2 + 2 + 1 + 1 + 9 + 8 + 4 + fixtureBulletins + 4 + 4 + fixtureReports + fixtureReleases; n != want {
		t.Errorf("%d HTML pages, want %d", n, want)
	}
}

func TestIllustrativeOff(t *testing.T) {
	in := loadSite(t, fixture)
	site := *in.Site
	site.Illustrative = false
	in.Site = &site
	m := publish.NewMemory()
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	if s := get(t, m, "/"); strings.Contains(s, "Dữ liệu minh họa") {
		t.Error("banner shown with illustrative = false")
	}
}

func TestDeterministic(t *testing.T) {
	in := loadSite(t, fixture)
	a, b := publish.NewMemory(), publish.NewMemory()
	if err := Build(in, a, Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if err := Build(in, b, Options{Workers: 4}); err != nil {
		t.Fatal(err)
	}
	pa, pb := a.Paths(), b.Paths()
	if strings.Join(pa, "\n") != strings.Join(pb, "\n") {
		t.Fatal("different file sets")
	}
	for _, p := range pa {
		x, _ := a.Get(p)
		y, _ := b.Get(p)
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between builds", p)
		}
	}
}

var linkRE = regexp.MustCompile(`(?:href|src)="([^"#?]*)[^"]*"`)

// checkLinks reports every internal href or src that no written file serves.
func checkLinks(t *testing.T, m *publish.Memory) {
	t.Helper()
	bad := 0
	for _, p := range m.Paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		b, _ := m.Get(p)
		for _, l := range linkRE.FindAllStringSubmatch(string(b), -1) {
			u := l[1]
			if u == "" || strings.HasPrefix(u, "http") || strings.HasPrefix(u, "mailto:") {
				continue
			}
			if !strings.HasPrefix(u, "/") {
				u = "/" + filepath.ToSlash(filepath.Join(filepath.Dir(p), u))
			}
			if u == "/du-lieu/ket-qua.json" || u == "/du-lieu/ket-qua.csv" || u == "/du-lieu/ket-qua.xlsx" || strings.HasPrefix(u, "/du-lieu/mau/") {
				continue // written by the build command (package export)
			}
			if _, ok := m.Get(u); !ok {
				if bad < 20 {
					t.Errorf("%s links to missing %s", p, u)
				}
				bad++
			}
		}
	}
}

func TestLinks(t *testing.T) { checkLinks(t, buildFixture(t)) }

func TestFeedsSitemapRobots(t *testing.T) {
	m := buildFixture(t)
	feed := get(t, m, "/bai-viet/atom.xml")
	for _, w := range []string{`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">`,
		"<updated>2025-03-02T00:00:00+07:00</updated>", "https://thu.example.vn/bai-viet/tra-vi.html"} {
		if !strings.Contains(feed, w) {
			t.Errorf("atom missing %q", w)
		}
	}
	sm := get(t, m, "/sitemap.xml")
	if !strings.Contains(sm, "<loc>https://thu.example.vn/don-vi/ea-ba-buon-ae.html</loc>") || strings.Contains(sm, "404") {
		t.Errorf("sitemap: %s", sm)
	}
	if n, pages := strings.Count(sm, "<loc>"), 50+fixtureBulletins+8+fixtureReports+fixtureReleases; n != pages { // every HTML page but 404 (8: commendations and honour boards, TestEveryPage)
		t.Errorf("sitemap lists %d pages, want %d (every HTML page but 404)", n, pages)
	}
	if r := get(t, m, "/robots.txt"); !strings.Contains(r, "Sitemap: https://thu.example.vn/sitemap.xml") {
		t.Errorf("robots: %s", r)
	}
	if _, ok := m.Get("/tim-kiem/chi-muc.json"); !ok {
		t.Error("search index not written")
	}
}

func TestGolden(t *testing.T) {
	in := loadSite(t, fixture)
	m := publish.NewMemory()
	if err := Build(in, m, Options{NoMinify: true}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"index.html", "don-vi/dak-mot-thon-1.html", "don-vi/xa-ea-ba.html",
		"xep-hang/dot-1/to/index.html", "bai-viet/tra-vi.html", "danh-ba/dd/index.html", "bai-viet/atom.xml"} {
		got, _ := m.Get(p)
		golden.Check(t, filepath.Join("testdata", "golden", strings.ReplaceAll(p, "/", "_")), got)
	}
}

func TestPaginatedBoardAndDirectory(t *testing.T) {
	in := loadSite(t, fixture)
	m := publish.NewMemory()
	if err := Build(in, m, Options{RowsPerPage: 2}); err != nil {
		t.Fatal(err)
	}
	// Dot-2 teams: Buôn Ấp Ê (2 points), Thôn 1 of Đắk Một (1), Tổ dân phố 1
	// (0, one deed), then Bon <script> and Thôn 1 of Ea Ba tie at 4 (0, no
	// indicator met, no deed; B before T). Two per page: three pages, the
	// last holding Thôn 1 of Ea Ba, still marked as a tie.
	last := text(get(t, m, "/xep-hang/dot-2/to/trang/3.html"))
	if !strings.Contains(last, "4 (đồng hạng) Thôn 1 Xã Ea Ba") || strings.Contains(last, "alert") {
		t.Errorf("page 3: %s", last)
	}
	if _, ok := m.Get("/xep-hang/dot-2/to/trang/4.html"); ok {
		t.Error("a fourth page for five teams")
	}
	// Letter 0–9 holds Thôn 1, Thôn 1 and Tổ dân phố 1: two pages.
	if p2 := text(get(t, m, "/danh-ba/so/trang/2.html")); !strings.Contains(p2, "Danh bạ: 0–9 – trang 2") {
		t.Errorf("directory page 2: %s", p2)
	}
	checkLinks(t, m)
}

func TestBeforeCampaignStarts(t *testing.T) {
	in := loadSite(t, fixture)
	asOf := in.Site.Campaign.Start.AddDays(-10)
	in.Results = results.Compute(in.Site, in.Data, asOf)
	m := publish.NewMemory()
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	if home := text(get(t, m, "/")); !strings.Contains(home, "trước khi phong trào bắt đầu") || !strings.Contains(home, "Đợt 1 (01/09/2024 – 31/01/2025): Sắp diễn ra") {
		t.Errorf("home: %s", home)
	}
	if u := text(get(t, m, "/don-vi/dak-mot-thon-1.html")); !strings.Contains(u, "Đợt 1 (01/09/2024 – 31/01/2025): Sắp diễn ra, chưa có kết quả") {
		t.Errorf("unit: %s", u)
	}
	if _, ok := m.Get("/xep-hang/dot-1/to/"); ok {
		t.Error("a leaderboard for an upcoming period")
	}
	checkLinks(t, m)
}
