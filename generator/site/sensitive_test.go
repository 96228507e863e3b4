package site

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"phongtrao/generator/publish"
)

// sensitiveCriteria adds to the fixture's criteria two sensitive
// indicators: 4.4/vu-khi, a total (weapons cases == 0), and 4.5/tai-pham,
// a ratio (reoffenders / reintegrated people <= 0).
const sensitiveCriteria = `
[[criterion]]
id = "4.4"
title = "Quản lý hành chính"

  [[criterion.indicator]]
  id = "vu-khi"
  label = "Không có vụ vũ khí"
  kind = "total"
  field = "weapons_cases"
  op = "=="
  target = 0
  sensitive = true

[[criterion]]
id = "4.5"
title = "Tái hòa nhập cộng đồng"

  [[criterion.indicator]]
  id = "tai-pham"
  label = "Không có người tái phạm"
  kind = "ratio"
  numerator = "reoffenders"
  denominator = "reintegrated"
  op = "<="
  target = 0
  sensitive = true
`

// sensitiveReports are the fixture's reports with the two indicators'
// fields, and Xã Ea Ba's teams reporting in February 2025 too.
const sensitiveReports = `unit,month,tips_total,tips_via_force,weapons_cases,reoffenders,reintegrated
dak-mot-thon-1,2024-09,10,9,7,0,4
dak-mot-thon-1,2025-02,4,4,2,0,0
dak-mot-bon-x,2024-09,10,5,0,0,0
hai-to-1,2024-09,0,0,0,0,0
ea-ba-thon-1,2024-10,5,4,0,1,3
ea-ba-buon-ae,2024-10,2,2,0,1,2
ea-ba-thon-1,2025-02,0,0,0,1,3
ea-ba-buon-ae,2025-02,0,0,0,1,2
`

// buildSensitive builds a copy of the fixture with sensitiveCriteria and
// sensitiveReports.
func buildSensitive(t *testing.T) *publish.Memory {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(fixture)); err != nil {
		t.Fatal(err)
	}
	crit := filepath.Join(dir, "data", "criteria.toml")
	src, err := os.ReadFile(crit)
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{crit: string(src) + sensitiveCriteria,
		filepath.Join(dir, "data", "reports", "bao-cao.csv"): sensitiveReports} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	m := publish.NewMemory()
	if err := Build(loadSite(t, dir), m, Options{NoMinify: true}); err != nil {
		t.Fatal(err)
	}
	return m
}

// indicatorRow returns the visible text of the cells of the results
// table's row labelled label on a unit's page (the label's own cell
// left out), entities decoded, one string per period column: dot-1,
// dot-2, all.
func indicatorRow(t *testing.T, page, label string) []string {
	t.Helper()
	start := strings.Index(page, `<tr><th scope="row">`+label)
	if start < 0 {
		t.Fatalf("no row %q in\n%s", label, page)
	}
	row := page[start+1:]
	for _, end := range []string{"<tr", "<tbody", "</table"} {
		if i := strings.Index(row, end); i >= 0 {
			row = row[:i]
		}
	}
	var cells []string
	for _, c := range strings.Split(row, "<td>")[1:] {
		cells = append(cells, html.UnescapeString(text(c)))
	}
	return cells
}

// TestSensitiveTeamPage: a team's page shows only the status of a
// sensitive indicator. Thôn 1 of Xã Đắk Một had 7 weapons cases in
// September 2024 (Đợt 1), 2 in February 2025 (Đợt 2), 9 in all: not met
// each time; and reoffenders 0 of 4 (Đợt 1, all: met, 0%), 0 of 0
// (Đợt 2: none). No count, fraction or percentage may reach its cells,
// while its tips (not sensitive) still show 9/10.
func TestSensitiveTeamPage(t *testing.T) {
	m := buildSensitive(t)
	page := get(t, m, "/don-vi/dak-mot-thon-1.html")
	weapons := indicatorRow(t, page, "Không có vụ vũ khí")
	if got, want := strings.Join(weapons, " | "), "✗ Chưa đạt | ✗ Chưa đạt | ✗ Chưa đạt"; got != want {
		t.Errorf("weapons cells = %q, want %q", got, want)
	}
	reoff := indicatorRow(t, page, "Không có người tái phạm")
	if got, want := strings.Join(reoff, " | "), "✓ Đạt | ○ Không phát sinh | ✓ Đạt"; got != want {
		t.Errorf("reoffending cells = %q, want %q", got, want)
	}
	for _, c := range append(weapons, reoff...) {
		if strings.ContainsAny(c, "0123456789%") {
			t.Errorf("a sensitive cell of a team shows a figure: %q", c)
		}
	}
	if !strings.Contains(text(page), "số liệu nhạy cảm: chỉ công bố đạt hay chưa đạt") {
		t.Errorf("no note on the sensitive rows of a team's page")
	}
	if tips := indicatorRow(t, page, "Tỷ lệ tin qua lực lượng"); !strings.Contains(tips[0], "9/10") {
		t.Errorf("tips (not sensitive) lost their figures: %q", tips)
	}
}

// TestSensitiveAggregatePage: a larger unit shows pooled counts of 1 and
// 2 as "< 3", and then no percentage. Xã Ea Ba pools reoffenders 1 + 1 =
// 2 of 3 + 2 = 5 in Đợt 1 (October) and in Đợt 2 (February): "– (< 3/5)";
// over the whole campaign 4 of 10: "40% (4/10)", published. The
// province in Đợt 1 pools 0 + 2 of 4 + 5 = 9: "– (< 3/9)".
func TestSensitiveAggregatePage(t *testing.T) {
	m := buildSensitive(t)
	got := strings.Join(indicatorRow(t, get(t, m, "/don-vi/xa-ea-ba.html"), "Không có người tái phạm"), " | ")
	if want := "– (< 3/5) 0/2 tổ đạt | – (< 3/5) 0/2 tổ đạt | 40% (4/10) 0/2 tổ đạt"; got != want {
		t.Errorf("Xã Ea Ba's reoffending cells =\n %q\nwant\n %q", got, want)
	}
	if got := indicatorRow(t, get(t, m, "/don-vi/tinh.html"), "Không có người tái phạm"); !strings.HasPrefix(got[0], "– (< 3/9)") {
		t.Errorf("the province's reoffending in Đợt 1 = %q, want it to start with – (< 3/9)", got[0])
	}
}

// TestSensitiveMonthBulletin: the commune bulletins of February 2025 sum
// the month's reports: in Xã Đắk Một only Thôn 1 reported, 2 weapons
// cases: "< 3" (not met: 0/1); in Xã Ea Ba reoffenders 1 + 1 of 3 + 2:
// "< 3/5", no percentage, and weapons 0 (published: 0 names no one).
func TestSensitiveMonthBulletin(t *testing.T) {
	m := buildSensitive(t)
	checkPage(t, m, "/ban-tin/thang/2025-02/xa-dak-mot.html",
		[]string{"Không có vụ vũ khí &lt; 3 0/1"}, []string{"Không có vụ vũ khí 2"})
	checkPage(t, m, "/ban-tin/thang/2025-02/xa-ea-ba.html",
		[]string{"Không có người tái phạm &lt; 3/5 0/2", "Không có vụ vũ khí 0 2/2"}, []string{"2/5", "40%"})
}
