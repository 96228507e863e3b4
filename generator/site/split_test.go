package site

import (
	"strings"
	"testing"

	"phongtrao/generator/publish"
)

// buildFixtureSplit builds testdata/site with the limit *inline (one of
// CriterionTeamsInline, BulletinUnitsInline, DirectoryTreeInline) at 0, so that it has the
// pages per unit a country's site has. The limit is put back before it
// returns, so that the shared fixture (buildFixture) never sees it.
func buildFixtureSplit(t *testing.T, inline *int) *publish.Memory {
	t.Helper()
	m := publish.NewMemory()
	limit := *inline
	*inline = 0
	err := Build(loadSite(t, fixture), m, Options{})
	*inline = limit
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestBulletinIndexSplit: above BulletinUnitsInline units with bulletins,
// the index of bulletins links to a page per unit under the root, which
// lists the bulletins of that unit and of the units under it.
//
// The fixture has 6 units above the teams: the province; Huyện Đắk A with
// Xã Đắk Một and Xã Ea Ba (3); Thành phố B with Phường Hai (2). With the
// limit at 0 the index has two groups, in name order, and Huyện Đắk A's
// page has its 3 rows: the district first, then its communes in
// Vietnamese order (Đ before E), each with its phase bulletins.
func TestBulletinIndexSplit(t *testing.T) {
	m := buildFixtureSplit(t, &BulletinUnitsInline)
	index := get(t, m, "/ban-tin/")
	for _, w := range []string{
		`<a href="/ban-tin/huyen-a.html">Bản tin của Huyện Đắk A và các đơn vị trực thuộc</a> <small>(3 đơn vị)</small>`,
		`<a href="/ban-tin/tp-b.html">Bản tin của Thành phố B và các đơn vị trực thuộc</a> <small>(2 đơn vị)</small>`,
	} {
		if !strings.Contains(index, w) {
			t.Errorf("index: missing %q in\n%s", w, index)
		}
	}
	if strings.Contains(index, `href="/ban-tin/dot-1/xa-ea-ba.html"`) || strings.Index(index, "huyen-a.html") > strings.Index(index, "tp-b.html") {
		t.Errorf("index: want no commune's bulletin listed, and Huyện Đắk A before Thành phố B")
	}
	page := get(t, m, "/ban-tin/huyen-a.html")
	txt := text(page)
	for _, w := range []string{"Trang chủ Bản tin Bản tin của Huyện Đắk A", "(3 đơn vị có bản tin)"} {
		if !strings.Contains(txt, w) {
			t.Errorf("group page: missing %q in\n%s", w, txt)
		}
	}
	district, dakMot, eaBa := strings.Index(txt, "Huyện Đắk A: Đợt 1"), strings.Index(txt, "Xã Đắk Một: Đợt 1"), strings.Index(txt, "Xã Ea Ba: Đợt 1")
	if district < 0 || dakMot < district || eaBa < dakMot {
		t.Errorf("group page: want the rows Huyện Đắk A, Xã Đắk Một, Xã Ea Ba in that order, each from Đợt 1:\n%s", txt)
	}
	if !strings.Contains(page, `href="/ban-tin/dot-1/xa-ea-ba.html"`) || strings.Contains(txt, "Phường Hai") {
		t.Errorf("group page: want Xã Ea Ba's bulletin linked and Phường Hai (Thành phố B) left out")
	}
	checkLinks(t, m)

	// Under the limit (the fixture as built for the other tests), the
	// index lists every unit's bulletins and there is no page per unit.
	plain := buildFixture(t)
	if !strings.Contains(get(t, plain, "/ban-tin/"), `href="/ban-tin/dot-1/xa-ea-ba.html"`) {
		t.Error("under the limit, the index does not list a commune's bulletin")
	}
	if _, ok := plain.Get("/ban-tin/huyen-a.html"); ok {
		t.Error("under the limit, a page per unit was written")
	}
}

// TestDirectoryTreeSplit: above DirectoryTreeInline units under the units
// under the root, the directory's index lists the latter only, each with
// how many units it has. The fixture's root has Huyện Đắk A (2 communes)
// and Thành phố B (1 ward): with the limit at 0 the index names no
// commune and says "2 đơn vị trực thuộc" for Huyện Đắk A.
func TestDirectoryTreeSplit(t *testing.T) {
	m := buildFixtureSplit(t, &DirectoryTreeInline)
	txt := text(get(t, m, "/danh-ba/"))
	for _, w := range []string{"Huyện Đắk A 2 đơn vị trực thuộc, xem trang của Huyện Đắk A.", "Thành phố B 1 đơn vị trực thuộc"} {
		if !strings.Contains(txt, w) {
			t.Errorf("missing %q in\n%s", w, txt)
		}
	}
	if strings.Contains(txt, "Xã Ea Ba") || strings.Contains(txt, "Phường Hai") {
		t.Errorf("the index lists communes:\n%s", txt)
	}
	// Under the limit, the communes are listed.
	if plain := text(get(t, buildFixture(t), "/danh-ba/")); !strings.Contains(plain, "Xã Ea Ba") || strings.Contains(plain, "đơn vị trực thuộc") {
		t.Errorf("under the limit, want the communes listed and no count:\n%s", plain)
	}
}

// TestMonthBulletinOthersSplit: when the index of bulletins is split, the
// province's monthly bulletin links, for the communes' bulletins of the
// month, the page of each unit under the province (which links them), not
// every commune. In the fixture February 2025 has commune bulletins: the
// province's bulletin of that month links /ban-tin/huyen-a.html and
// /ban-tin/tp-b.html instead of Xã Ea Ba's bulletin of the month.
func TestMonthBulletinOthersSplit(t *testing.T) {
	m := buildFixtureSplit(t, &BulletinUnitsInline)
	page := get(t, m, "/ban-tin/thang/2025-02/")
	for _, w := range []string{`<a href="/ban-tin/huyen-a.html">Huyện Đắk A</a>`, `<a href="/ban-tin/tp-b.html">Thành phố B</a>`} {
		if !strings.Contains(page, w) {
			t.Errorf("missing %q in\n%s", w, page)
		}
	}
	if strings.Contains(page, `href="/ban-tin/thang/2025-02/xa-ea-ba.html"`) {
		t.Error("the province's monthly bulletin still links every commune's")
	}
	if plain := get(t, buildFixture(t), "/ban-tin/thang/2025-02/"); !strings.Contains(plain, `href="/ban-tin/thang/2025-02/xa-ea-ba.html"`) {
		t.Error("under the limit, the province's monthly bulletin does not link the communes'")
	}
}
