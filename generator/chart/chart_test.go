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
