package chart

import (
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"testing"
)

// wellFormed parses s as XML to its end.
func wellFormed(t *testing.T, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, s)
		}
	}
}

var bars = []Bar{
	{Label: "4.1. Nắm tình hình", Fill: Fill(44, 93), Text: "47,3 %"},
	{Label: "4.3. <PCCC> & cứu hộ", Fill: Fill(93, 93), Text: "100 %"},
	{Label: "4.7. Hình ảnh đẹp", Fill: Fill(0, 93), Text: "0 %"},
}

// TestBars: the SVG is well-formed, labelled, one row of Row units per
// bar, each bar as long as its share of the width (44/93 of 600 is
// 283.9: Fill rounds 473.1 to 473 per mille, 473 × 600 / 1000 = 283.8
// rounds to 284; a full bar is 600; an empty bar is left out of the bars' path), with its
// label and figure as text, escaped; and the same bytes every time.
func TestBars(t *testing.T) {
	svg := Bars("tc", `Tỉ lệ "Tổ" đạt`, "Ba tiêu chí", bars)
	wellFormed(t, svg)
	if again := Bars("tc", `Tỉ lệ "Tổ" đạt`, "Ba tiêu chí", bars); again != svg {
		t.Error("two calls give different bytes")
	}
	for _, want := range []string{
		`viewBox="0 0 600 162" role="img" aria-labelledby="tc-t tc-d">`,
		`<title id="tc-t">Tỉ lệ &#34;Tổ&#34; đạt</title><desc id="tc-d">Ba tiêu chí</desc>`,
		`<text y="21">4.1. Nắm tình hình</text><text y="75">4.3. &lt;PCCC&gt; &amp; cứu hộ</text><text y="129">4.7. Hình ảnh đẹp</text>`,
		`<g text-anchor="end"><text x="600" y="21">47,3 %</text><text x="600" y="75">100 %</text><text x="600" y="129">0 %</text></g>`,
		`<path class="ch-bg" d="M0 28h600v18H0zM0 82h600v18H0zM0 136h600v18H0z"/>`,
		`<path class="ch-bar" d="M0 28h284v18H0zM0 82h600v18H0z"/>`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("missing %q in\n%s", want, svg)
		}
	}
	if len(svg) > 900 {
		t.Errorf("%d bytes for three bars, want at most 900", len(svg))
	}
}

// TestTable: the table holds every bar's label and figure, in order.
func TestTable(t *testing.T) {
	tb := Table("Số liệu", "Tiêu chí", "Tỉ lệ", bars)
	wellFormed(t, tb)
	rows := regexp.MustCompile(`<tr><th scope="row">([^<]*)</th><td>([^<]*)</td></tr>`).FindAllStringSubmatch(tb, -1)
	if len(rows) != len(bars) {
		t.Fatalf("%d rows, want %d", len(rows), len(bars))
	}
	for i, r := range rows {
		if want := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace(bars[i].Label); r[1] != want || r[2] != bars[i].Text {
			t.Errorf("row %d: %q %q, want %q %q", i, r[1], r[2], want, bars[i].Text)
		}
	}
}

// TestFill: exact shares, rounded half up, clamped.
func TestFill(t *testing.T) {
	for _, tc := range []struct {
		num, den int64
		want     int
	}{{44, 93, 473}, {1, 8, 125}, {1, 3, 333}, {2, 3, 667}, {1, 2000, 1}, {1, 2001, 0}, {0, 5, 0}, {5, 5, 1000}, {1, 0, 0}} {
		if got := Fill(tc.num, tc.den); got != tc.want {
			t.Errorf("Fill(%d, %d) = %d, want %d", tc.num, tc.den, got, tc.want)
		}
	}
}

// TestStrips: two rows of three months; a column is as high as its share
// of 26 units (1/2 → 13, rounded half up: 473 per mille → 12,3 → 12),
// drawn from its row's baseline (row i's base is 56i + 52), on a track of
// the full height; an empty column has no fill; the heads sit under the
// last row (height 2·56 + 24 = 136, text at 132); the table has a cell
// per month.
func TestStrips(t *testing.T) {
	rows := []Series{
		{Label: "4.1", Bars: []Bar{{Fill: 500, Text: "1/2"}, {Fill: 0, Text: "0/2"}, {Fill: Full, Text: "2/2"}}},
		{Label: "4.7", Bars: []Bar{{Fill: 473, Text: "44/93"}, {Text: "–"}, {Fill: 1, Text: "1/1000"}}},
	}
	svg := Strips("st", "Theo tháng", "Mô tả", []string{"8", "9", "10"}, rows)
	wellFormed(t, svg)
	for _, want := range []string{
		`viewBox="0 0 600 136"`,
		`<text y="20">4.1</text>`, `<text y="76">4.7</text>`,
		`<g text-anchor="middle"><text x="100" y="132">8</text><text x="300" y="132">9</text><text x="500" y="132">10</text></g>`,
		`<path class="ch-bg" d="M2 26h196v26h-196zM202 26h196v26h-196zM402 26h196v26h-196zM2 82h196v26h-196z`,
		`<path class="ch-bar" d="M2 39h196v13h-196zM402 26h196v26h-196zM2 96h196v12h-196z"/>`,
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("missing %q in\n%s", want, svg)
		}
	}
	tb := Grid("Bảng", "Tiêu chí", []string{"8/2024", "9/2024", "10/2024"}, rows)
	wellFormed(t, tb)
	if !strings.Contains(tb, `<tr><th scope="row">4.7</th><td>44/93</td><td>–</td><td>1/1000</td></tr>`) {
		t.Errorf("table: %s", tb)
	}
}
