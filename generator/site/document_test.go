package site

import (
	"regexp"
	"strings"
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

// withPublisher builds the fixture with a [publisher] (and, when asOf is
// set, another reference date).
func withPublisher(t *testing.T, asOf string) *publish.Memory {
	t.Helper()
	return buildWith(t, func(in *Input) {
		in.Site.Publisher = &config.Publisher{Name: "Công an tỉnh Thử", Parent: "Ủy ban nhân dân tỉnh <Thử>", Place: "Gia Nghĩa",
			Signer: config.Signer{Title: "Giám đốc", Name: "Nguyễn Văn An"}, UnitIssuer: "Công an",
			Numbers: config.Numbers{Bulletin: "{n}/BT-{symbol}", Report: "{n}/BC-{symbol}"}}
		if asOf != "" {
			in.Results = results.Compute(in.Site, in.Data, mustDate(t, asOf))
		}
	})
}

// TestDocumentHeader: with [publisher], a bulletin is laid out as an
// administrative document (Nghị định 30/2020): the body above and the
// issuer top left with the number, the motto top right with the place and
// the bulletin's day (31/01/2025, the end of the fixture's dot-1: a
// leading 0 for January), the kind and subject, the signer; a unit's own
// bulletin is issued by "Công an <unit>" under its parent's police, dated
// at the unit's name and signed by hand. Data is escaped.
func TestDocumentHeader(t *testing.T) {
	m := withPublisher(t, "")
	checkPage(t, m, "/ban-tin/dot-1/", []string{
		`<div class="doc-issuer"><p>ỦY BAN NHÂN DÂN TỈNH &lt;THỬ&gt;</p>`,
		`<p class="doc-rule"><strong>CÔNG AN TỈNH THỬ</strong></p>`,
		`<p class="doc-no">Số: 02/BT-CAT</p>`,
		`<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>`,
		`<strong class="doc-line">Độc lập - Tự do - Hạnh phúc</strong>`,
		`<em>Gia Nghĩa, ngày 31 tháng 01 năm 2025</em>`,
		`<h1 class="doc-title"><span class="doc-kind">BẢN TIN</span><br>Kết quả phong trào thi đua Đợt 1 (từ 01/09/2024 đến 31/01/2025)</h1>`,
		`<li>- Ủy ban nhân dân tỉnh &lt;Thử&gt; (để báo cáo);</li>`, `<li>- Lưu: VT.</li>`,
		`<div class="doc-sign"><p><strong>GIÁM ĐỐC</strong></p>`, `<p><strong>Nguyễn Văn An</strong></p>`,
		`aria-label="Mã QR: https://thu.example.vn/ban-tin/dot-1/" shape-rendering="crispEdges"><rect`,
	}, []string{`<h1>Bản tin`})
	checkPage(t, m, "/ban-tin/dot-1/xa-ea-ba.html", []string{
		`<div class="doc-issuer"><p>CÔNG AN HUYỆN ĐẮK A</p>`,
		`<strong>CÔNG AN XÃ EA BA</strong>`,
		`<p class="doc-no">Số: 02/BT-CAX</p>`,
		`<em>Ea Ba, ngày 31 tháng 01 năm 2025</em>`,
		`<p><strong>TRƯỞNG CÔNG AN XÃ</strong></p>`, `(Ký, ghi rõ họ tên)`,
		`<li>- Công an huyện Đắk A (để báo cáo);</li>`,
	}, nil)
}

// TestDocumentWithoutPublisher: without [publisher], a bulletin keeps its
// simple header and has no document parts, but still its QR code.
func TestDocumentWithoutPublisher(t *testing.T) {
	checkPage(t, buildFixture(t), "/ban-tin/dot-1/xa-ea-ba.html", []string{
		"<h1>Bản tin Đợt 1 – Xã Ea Ba</h1>",
		`<svg class="qr"`, `aria-label="Mã QR: https://thu.example.vn/ban-tin/dot-1/xa-ea-ba.html" shape-rendering="crispEdges"><rect`,
	}, []string{"doc-head", "doc-sign", "CỘNG HÒA", "Số:"})
}

// number reads a page's document number.
func number(t *testing.T, m *publish.Memory, path string) string {
	t.Helper()
	s := regexp.MustCompile(`Số: ([^<]*)<`).FindStringSubmatch(get(t, m, path))
	if s == nil {
		t.Fatalf("%s has no number", path)
	}
	return s[1]
}

// TestDocumentNumbers: each issuer numbers its bulletins from 01 each
// year, in the order of every document it can issue in the campaign
// (01/09/2024–31/08/2025; dot-1 ends 31/01/2025, dot-2 and the campaign
// 31/08/2025), by the day each ends, months before phases before the
// campaign. The province, with monthly bulletins:
//
//	2024: 09 → 01, 10 → 02, 11 → 03, 12 → 04
//	2025: 01 → 01, dot-1 → 02, 02 → 03, 03 → 04, ..., 08 → 09, dot-2 → 10, all → 11
//
// A district has no monthly bulletin: dot-1 01, dot-2 02, all 03. A
// commune has them (its February bulletin is 03, like the province's).
// The symbols come from "Công an" and the unit's kind. A later reference
// date (31/08/2025: every month built, every period done) keeps every
// number: they depend on site.toml's calendar only.
func TestDocumentNumbers(t *testing.T) {
	want := map[string]string{
		"/ban-tin/thang/2024-12/":              "04/BT-CAT",
		"/ban-tin/thang/2025-01/":              "01/BT-CAT",
		"/ban-tin/dot-1/":                      "02/BT-CAT",
		"/ban-tin/thang/2025-03/":              "04/BT-CAT",
		"/ban-tin/dot-2/":                      "10/BT-CAT",
		"/ban-tin/all/":                        "11/BT-CAT",
		"/ban-tin/dot-1/huyen-a.html":          "01/BT-CAH",
		"/ban-tin/all/huyen-a.html":            "03/BT-CAH",
		"/ban-tin/dot-2/tp-b.html":             "02/BT-CATP",
		"/ban-tin/dot-1/phuong-hai.html":       "02/BT-CAP",
		"/ban-tin/thang/2025-02/xa-ea-ba.html": "03/BT-CAX",
	}
	early, late := withPublisher(t, ""), withPublisher(t, "2025-08-31")
	for path, n := range want {
		if got := number(t, early, path); got != n {
			t.Errorf("%s: number %q, want %q", path, got, n)
		}
		if _, ok := late.Get(path); ok && path != "/ban-tin/thang/2025-02/xa-ea-ba.html" {
			if got := number(t, late, path); got != n {
				t.Errorf("%s: number %q as of 31/08/2025, want %q as before", path, got, n)
			}
		}
	}
	// As of 31/08/2025 the commune's bulletin is August's: 09, as the province's.
	if got := number(t, late, "/ban-tin/thang/2025-08/xa-ea-ba.html"); got != "09/BT-CAX" {
		t.Errorf("August bulletin of Xã Ea Ba: %q, want 09/BT-CAX", got)
	}
	if got := number(t, late, "/ban-tin/thang/2025-08/"); got != "09/BT-CAT" {
		t.Errorf("August bulletin of the province: %q, want 09/BT-CAT", got)
	}
}

// TestDocumentPattern: site.toml's pattern and symbol shape the number.
func TestDocumentPattern(t *testing.T) {
	m := buildWith(t, func(in *Input) {
		in.Site.Publisher = &config.Publisher{Name: "Ban Chỉ đạo", Symbol: "BCĐ",
			Numbers: config.Numbers{Bulletin: "{n}-{year}/{symbol}"}}
	})
	if got := number(t, m, "/ban-tin/dot-1/"); got != "02-2025/BCĐ" {
		t.Errorf("number %q, want 02-2025/BCĐ", got)
	}
	if got := number(t, m, "/ban-tin/dot-1/huyen-a.html"); got != "01-2025/CAH" {
		t.Errorf("number %q, want 01-2025/CAH (unit_issuer's default)", got)
	}
	if p := get(t, m, "/ban-tin/dot-1/"); !strings.Contains(p, "<em>Ngày 31 tháng 01 năm 2025</em>") {
		t.Error("without a place, the date line starts with Ngày")
	}
}

func mustDate(t *testing.T, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
