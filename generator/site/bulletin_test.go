package site

import (
	"strings"
	"testing"

	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

// fixtureBulletins counts the fixture's bulletin pages (asOf 15/03/2025):
// the index; 3 started periods (dot-1, dot-2, all) × 6 units with phase
// bulletins (the province, Huyện Đắk A, Thành phố B, Xã Đắk Một, Xã Ea Ba,
// Phường Hai); 7 province months (09/2024 to 03/2025); and the 3 communes'
// bulletins for 02/2025, the latest month that has ended.
const fixtureBulletins = 1 + 3*6 + 7 + 3

// checkPage asserts wanted and unwanted strings in a page: markup (with
// "<") in the HTML, anything else in the visible text.
func checkPage(t *testing.T, m *publish.Memory, path string, want, not []string) {
	t.Helper()
	html := get(t, m, path)
	in := func(w string) bool {
		if strings.Contains(w, "<") {
			return strings.Contains(html, w)
		}
		return strings.Contains(text(html), w)
	}
	for _, w := range want {
		if !in(w) {
			t.Errorf("%s: missing %q in\n%s", path, w, text(html))
		}
	}
	for _, w := range not {
		if in(w) {
			t.Errorf("%s: unexpected %q", path, w)
		}
	}
}

// TestPhaseBulletin checks a commune's and the province's bulletin for
// Đợt 1 (01/09/2024–31/01/2025, done by asOf 15/03/2025).
func TestPhaseBulletin(t *testing.T) {
	m := buildFixture(t)
	// Đợt 1, 4.1 (tips ≥ 80%): Thôn 1 of Ea Ba 4/5 = 80% and Buôn Ấp Ê
	// 2/2 meet it; 4.7 (a deed every month): no deed in Xã Ea Ba, nobody.
	// Both teams score 1 (4.1's one point): the commune's mean is 1 of 3.
	// Among its siblings in Huyện Đắk A it is 1st of 2 (Xã Đắk Một: (1 + 0)
	// / 2 = 0,5). Among the 3 communes it shares rank 1 with Phường Hai
	// (its one team has no tip at all: 4.1 counts as met, score 1; neither
	// has a team meeting every criterion), as the leaderboard shows.
	// Its two teams tie: same score, one indicator met, no deed.
	checkPage(t, m, "/ban-tin/dot-1/xa-ea-ba.html", []string{
		"<h1>Bản tin Đợt 1 – Xã Ea Ba</h1>",
		"Phong trào thử – Kế hoạch số 1/KH-THU",
		"Đợt 1 : từ 01/09/2024 đến 31/01/2025. Đợt đầu",
		"Tính đến ngày 31/01/2025 · Đã kết thúc · Huyện Đắk A · 2 Tổ",
		"Điểm bình quân các tổ: 1,00 /3",
		"Hạng 1 /2 trong Huyện Đắk A",
		"Hạng 1 /3 trong toàn tỉnh (Xã/Phường) (đồng hạng)",
		"4.1. Nắm tình hình 2/2 tổ — 100%",
		"4.7. Hình ảnh đẹp 0/2 tổ — 0%",
		"1 (đồng hạng) Buôn Ấp Ê 1,00 1/2 4.7 0",
		"1 (đồng hạng) Thôn 1 1,00 1/2 4.7 0",
		"https://thu.example.vn/ban-tin/dot-1/xa-ea-ba.html",
		"Số liệu cập nhật đến ngày 15/03/2025. Dữ liệu minh họa",
		"Để in bản tin",
		`<a href="/ban-tin/dot-2/xa-ea-ba.html">Đợt 2</a>`,
		`<a href="/ban-tin/thang/2025-02/xa-ea-ba.html">02/2025</a>`,
	}, []string{"Hạng 1 /2 trong Huyện Đắk A (đồng hạng)", "<script"})
	checkPage(t, m, "/xep-hang/dot-1/xa-phuong/", []string{"1 (đồng hạng) Xã Ea Ba", "1 (đồng hạng) Phường Hai"}, nil)

	// The province in Đợt 1: scores 1 (Thôn 1 of Đắk Một: 9/10 tips), 0
	// (Bon <script>: 5/10), 1, 1, 1: mean 4/5 = 0,8; 4.1 met by 4 of 5.
	// Thành phố B (one team, score 1) ranks before Huyện Đắk A ((1 + 0 + 1
	// + 1) / 4 = 0,75, with the period's 2 deeds). Of the 2 deeds, the
	// commendation comes first; the deed title's markup stays text.
	checkPage(t, m, "/ban-tin/dot-1/", []string{
		"<h1>Bản tin Đợt 1 – Tỉnh Thử</h1>",
		"Điểm bình quân các tổ: 0,80 /3",
		"0/5 tổ đạt cả 2 nội dung thi đua (0%)",
		"4.1. Nắm tình hình 4/5 tổ — 80%",
		"1 Thành phố B 1,00 0/1 (0%) 0",
		"2 Huyện Đắk A 0,75 0/4 (0%) 2",
		"Khen thưởng: Khen thưởng tổ viên (Lê Thị Bình) – UBND xã. Thôn 1 , Xã Đắk Một, Huyện Đắk A",
		"Việc tốt: Trả lại ví &lt;b&gt;nhặt được&lt;/b&gt; (Nguyễn Văn An)",
		"Trả lại ví cho người đánh rơi",
		`<a href="/ban-tin/dot-1/huyen-a.html">Huyện Đắk A</a>`,
	}, []string{"trong cấp", "Dập lửa đêm"})
	// The commendation is listed before the older good deed.
	if p := text(get(t, m, "/ban-tin/dot-1/")); strings.Index(p, "Khen thưởng tổ viên") > strings.Index(p, "Trả lại ví &lt;b&gt;") {
		t.Error("commendation not listed first")
	}
}

// TestPhaseBulletinEscapes checks a team name with markup in a running period.
func TestPhaseBulletinEscapes(t *testing.T) {
	m := buildFixture(t)
	// Đợt 2 counts February only for 4.7 (March holds asOf): Thôn 1 has
	// 4/4 tips in February (4.1 met, score 1); Bon <script> has no report
	// (no data, score 0). Ranks 1 and 2, no tie; 4.7 is missed by both.
	checkPage(t, m, "/ban-tin/dot-2/xa-dak-mot.html", []string{
		"Tính đến ngày 15/03/2025 · Đang diễn ra",
		"1 Thôn 1 1,00 1/2 4.7 0",
		"2 Bon &lt;script&gt;alert(1)&lt;/script&gt; 0,00 0/2 4.1, 4.7 0",
	}, []string{"<script>alert"})
}

// TestMonthBulletins checks the province's bulletin for the running month
// and a commune's for the month that has ended.
func TestMonthBulletins(t *testing.T) {
	m := buildFixture(t)
	// March 2025 up to asOf 15/03: one deed, the commendation of Tổ dân phố
	// 1 on 01/03 (the deed of 20/03 is after asOf); the story of 02/03.
	checkPage(t, m, "/ban-tin/thang/2025-03/", []string{
		"<h1>Bản tin tháng 3/2025 – Tỉnh Thử</h1>",
		"Tháng 3/2025 : từ 01/03/2025 đến 31/03/2025",
		"Tính đến ngày 15/03/2025 · Đang diễn ra",
		"1 việc tốt, khen thưởng, mô hình", "1/5 tổ có việc tốt trong tháng",
		"Việc tốt Khen thưởng Biểu dương Mô hình Cộng 0 0 1 0 1",
		"Huyện Đắk A 0/4 (0%) 0", "Thành phố B 1/1 (100%) 1",
		"Biểu dương: Biểu dương dập lửa (Trần C). Tổ dân phố 1 , Phường Hai, Thành phố B",
		"Dập lửa đêm",
	}, []string{"Việc sau ngày tính", "Đã gửi"})
	// February 2025 in Xã Đắk Một: only Thôn 1 reported (4 tips, all
	// through the force: met); no deed. Teams in name order, Bon first.
	checkPage(t, m, "/ban-tin/thang/2025-02/xa-dak-mot.html", []string{
		"<h1>Bản tin tháng 2/2025 – Xã Đắk Một</h1>",
		"Tính đến ngày 28/02/2025 · Đã kết thúc",
		"1/2 tổ đã gửi số liệu tháng",
		"Bon &lt;script&gt;alert(1)&lt;/script&gt; 0 Chưa gửi Thôn 1 0 Đã gửi",
		"Tỷ lệ tin qua lực lượng 4/4 (100%) 1/1",
	}, []string{"<script>alert"})
	// Xã Ea Ba in February: the model of Buôn Ấp Ê; no report at all.
	checkPage(t, m, "/ban-tin/thang/2025-02/xa-ea-ba.html", []string{
		"1/2 tổ có việc tốt trong tháng", "0/2 tổ đã gửi số liệu tháng",
		"Tỷ lệ tin qua lực lượng – –", "Mô hình: Mô hình camera – Công an huyện. Buôn Ấp Ê",
	}, []string{"Xã Ea Ba, Huyện"})
	// Communes have a bulletin only for the latest month that has ended.
	for _, p := range []string{"/ban-tin/thang/2025-03/xa-dak-mot.html", "/ban-tin/thang/2025-01/xa-dak-mot.html", "/ban-tin/thang/2025-02/huyen-a.html"} {
		if _, ok := m.Get(p); ok {
			t.Errorf("%s written", p)
		}
	}
}

// TestBulletinIndexAndLinks checks the index order and the links to
// bulletins from the unit pages and the menu.
func TestBulletinIndexAndLinks(t *testing.T) {
	m := buildFixture(t)
	// Newest first: Đợt 2 and the whole campaign both count up to asOf,
	// Đợt 2 started later; Đợt 1 ended on 31/01/2025.
	idx := text(get(t, m, "/ban-tin/"))
	order := []string{"Bản tin Đợt 2", "Bản tin Cả đợt thi đua", "Bản tin Đợt 1", "Bản tin tháng 3/2025 (đang diễn ra)", "Bản tin tháng 2/2025", "Bản tin tháng 9/2024",
		"Xã Đắk Một: Đợt 1 · Đợt 2 · Cả đợt thi đua · Tháng 2/2025"}
	last := -1
	for _, w := range order {
		i := strings.Index(idx, w)
		if i <= last {
			t.Errorf("index: %q missing or out of order in\n%s", w, idx)
		}
		last = i
	}
	checkPage(t, m, "/don-vi/xa-ea-ba.html", []string{`<a href="/ban-tin/dot-1/xa-ea-ba.html">Bản tin Đợt 1</a>`}, nil)
	checkPage(t, m, "/don-vi/tinh.html", []string{`<a href="/ban-tin/all/">Bản tin Cả đợt thi đua</a>`}, nil)
	checkPage(t, m, "/don-vi/ea-ba-thon-1.html", nil, []string{"/ban-tin/"})
	checkPage(t, m, "/", []string{`<a href="/ban-tin/">Bản tin</a>`}, nil)
	checkPage(t, m, "/ban-tin/", []string{`<a href="/ban-tin/" aria-current="page">Bản tin</a>`}, nil)
}

// TestBulletinsBeforeStart checks that nothing but the index is written
// before the campaign starts, and that it says so.
func TestBulletinsBeforeStart(t *testing.T) {
	in := loadSite(t, fixture)
	in.Results = results.Compute(in.Site, in.Data, in.Site.Campaign.Start.AddDays(-1))
	m := publish.NewMemory()
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	checkPage(t, m, "/ban-tin/", []string{"Chưa có bản tin: phong trào chưa bắt đầu.", "Đợt 1 (01/09/2024 – 31/01/2025): Sắp diễn ra, chưa có bản tin."}, nil)
	for _, p := range m.Paths() {
		if strings.HasPrefix(p, "ban-tin/") && p != "ban-tin/index.html" {
			t.Errorf("%s written before the campaign starts", p)
		}
	}
	checkLinks(t, m)
}

// TestDemoBulletins counts the demo's bulletins and bounds their size, so
// that each stays small on slow mobile data and short on paper.
func TestDemoBulletins(t *testing.T) {
	m := buildDemo(t)
	// The demo (asOf 19/08/2025, the campaign's last day): in Đợt 1 (r =
	// 03/02/2025) 8 districts and 71 communes under the province; in Đợt 2
	// and the whole campaign (r = 19/08/2025, after the reform of
	// 01/07/2025) the 28 communes of 2025 (data/successions.csv). 13 months
	// from 08/2024 to 08/2025; August 2025 has ended with the campaign, and
	// its commune bulletins are those of the 28 communes.
	want := map[string]int{"index": 1, "phase": (1 + 8 + 71) + 2*(1+28), "month": 13, "commune month": 28}
	// A bulletin is also a document (issue 17): its header and signature
	// (about 1 KB), its QR code (2 KB) and, on screen, the chart of the
	// units under it (3 KB for the 28 communes of 2025). A phase report adds its
	// commendations and the appendix of the units under it (a new commune
	// of 2025 lists its 40-odd teams). Like every page, a bulletin carries
	// its Open Graph and Twitter card tags (issue 18, 0.7–0.9 KB).
	// A commune's monthly bulletin lists its teams: up to 54 in a commune
	// of 2025 (Xã Cư Jút), about 20 KB.
	limit := map[string]int{"index": 40000, "phase": 28000, "month": 24000, "commune month": 24000, "report": 32000}
	got := map[string]int{}
	for _, p := range m.Paths() {
		if strings.HasPrefix(p, "bao-cao/") {
			if strings.HasSuffix(p, ".csv") {
				got["report csv"]++
				continue
			}
			got["report"]++
			if b, _ := m.Get(p); len(b) > limit["report"] {
				t.Errorf("%s: %d bytes, more than %d", p, len(b), limit["report"])
			}
			continue
		}
		if !strings.HasPrefix(p, "ban-tin/") {
			continue
		}
		// ban-tin/index.html, ban-tin/<period>/index.html (the province)
		// and ban-tin/<period>/<unit>.html; ban-tin/thang/<month>/index.html
		// (the province) and ban-tin/thang/<month>/<commune>.html.
		kind := map[int]string{1: "index", 2: "phase"}[strings.Count(p, "/")]
		if strings.HasPrefix(p, "ban-tin/thang/") {
			kind = "commune month"
			if strings.HasSuffix(p, "/index.html") {
				kind = "month"
			}
		}
		got[kind]++
		b, _ := m.Get(p)
		if len(b) > limit[kind] {
			t.Errorf("%s: %d bytes, more than %d", p, len(b), limit[kind])
		}
		if strings.Contains(string(b), "<script") {
			t.Errorf("%s: has a script", p)
		}
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%d %s bulletins, want %d", got[k], k, n)
		}
	}
	// A report and its CSV appendix for every phase bulletin.
	if got["report"] != got["phase"] || got["report csv"] != got["phase"] {
		t.Errorf("%d reports and %d CSV appendices, want one each per phase bulletin (%d)", got["report"], got["report csv"], got["phase"])
	}
}
