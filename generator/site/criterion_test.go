package site

import (
	"fmt"
	"strings"
	"testing"

	"phongtrao/generator/content"
	"phongtrao/generator/publish"
)

// TestCriterionTeamsSplit: above CriterionTeamsInline teams meeting a
// criterion, its page links to a page per unit under the root listing
// that unit's teams, by the unit's children, instead of listing them.
//
// The fixture in dot-2 (the current period): 4.7 is met by Buôn Ấp Ê alone
// (Xã Ea Ba, Huyện Đắk A: the only team with a deed in February, the one
// counted month), so with the limit at 0 the page of 4.7 links to one page,
// Huyện Đắk A's, which has 4 teams (Thôn 1 and Bon <script> of Xã Đắk Một,
// Thôn 1 and Buôn Ấp Ê of Xã Ea Ba): 1/4, 25%, one group, Xã Ea Ba.
// Thành phố B has no team meeting it: no link and no page.
func TestCriterionTeamsSplit(t *testing.T) {
	m := buildFixtureSplit(t, &CriterionTeamsInline)
	crit := get(t, m, "/tieu-chi/4-7.html")
	for _, w := range []string{`<a href="/tieu-chi/4-7/huyen-a.html">Danh sách 1 tổ đạt ở Huyện Đắk A</a>`} {
		if !strings.Contains(crit, w) {
			t.Errorf("criterion page: missing %q in\n%s", w, crit)
		}
	}
	if strings.Contains(crit, `href="/don-vi/ea-ba-buon-ae.html"`) || strings.Contains(crit, "/tieu-chi/4-7/tp-b.html") {
		t.Errorf("criterion page lists teams or links a unit with none:\n%s", crit)
	}
	teams := get(t, m, "/tieu-chi/4-7/huyen-a.html")
	for _, w := range []string{
		"Các tổ đạt nội dung 4.7 ở Huyện Đắk A",
		"Đợt 2: 1/4 tổ của Huyện Đắk A đạt nội dung 4.7. Hình ảnh đẹp (25%).",
		"Xã Ea Ba (1 tổ) Buôn Ấp Ê",
		"Trang chủ Nội dung thi đua Nội dung 4.7: Hình ảnh đẹp",
	} {
		if !strings.Contains(text(teams), w) {
			t.Errorf("teams page: missing %q in\n%s", w, text(teams))
		}
	}
	if !strings.Contains(teams, `<a href="/don-vi/ea-ba-buon-ae.html">Buôn Ấp Ê</a>`) || strings.Contains(teams, "Xã Đắk Một") {
		t.Errorf("teams page: want Buôn Ấp Ê linked and Xã Đắk Một left out:\n%s", teams)
	}
	if _, ok := m.Get("/tieu-chi/4-7/tp-b.html"); ok {
		t.Error("a page for Thành phố B, which has no team meeting 4.7")
	}
	// 4.1 is met by Thôn 1 of Xã Đắk Một only: its page under Huyện Đắk A
	// has that commune's group, and the sitemap lists both pages.
	if w := "Xã Đắk Một (1 tổ) Thôn 1"; !strings.Contains(text(get(t, m, "/tieu-chi/4-1/huyen-a.html")), w) {
		t.Errorf("4.1 teams page: missing %q", w)
	}
	sitemap := get(t, m, "/sitemap.xml")
	for _, p := range []string{"/tieu-chi/4-7/huyen-a.html", "/tieu-chi/4-1/huyen-a.html"} {
		if !strings.Contains(sitemap, p+"</loc>") {
			t.Errorf("sitemap does not list %s", p)
		}
	}
	checkLinks(t, m)

	// Under the limit (the fixture as built for the other tests), the
	// page lists its teams and there is no page per unit.
	plain := buildFixture(t)
	if !strings.Contains(get(t, plain, "/tieu-chi/4-7.html"), `<a href="/don-vi/ea-ba-buon-ae.html">Buôn Ấp Ê</a>`) {
		t.Error("under the limit, the criterion page does not list its team")
	}
	if _, ok := plain.Get("/tieu-chi/4-7/huyen-a.html"); ok {
		t.Error("under the limit, a page per unit was written")
	}
}

// TestCriterionNewestStories: a criterion's page shows its newestStories
// newest stories and links to the list of all of them when there are more.
// The fixture has one story on 4.7 (tra-vi); 13 copies of it, each a day
// later than the one before, make 14: the page shows the 12 newest, the
// copies 13 down to 2, and says there are 14.
func TestCriterionNewestStories(t *testing.T) {
	in := loadSite(t, fixture)
	var orig *content.Page
	for _, p := range in.Pages {
		if p.Slug == "tra-vi" {
			orig = p
		}
	}
	if orig == nil || orig.Criterion != "4.7" {
		t.Fatalf("the fixture's story tra-vi on 4.7 is missing: %+v", orig)
	}
	for k := 1; k <= 13; k++ {
		c := *orig
		c.Slug, c.Title, c.Date = fmt.Sprintf("ban-sao-%02d", k), fmt.Sprintf("Bản sao %02d", k), orig.Date.AddDays(k)
		in.Pages = append(in.Pages, &c)
	}
	m := publish.NewMemory()
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	page := get(t, m, "/tieu-chi/4-7.html")
	if n := strings.Count(page, `<li class="card">`); n != 12 {
		t.Errorf("%d story cards, want 12", n)
	}
	if !strings.Contains(page, "Bản sao 13") || !strings.Contains(page, "Bản sao 02") || strings.Contains(page, "Bản sao 01") {
		t.Errorf("want the copies 13 down to 2, the newest, and not copy 01")
	}
	if w := "Xem tất cả bài viết (14 bài về nội dung này)"; !strings.Contains(text(page), w) {
		t.Errorf("missing %q in\n%s", w, text(page))
	}
}
