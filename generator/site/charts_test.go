package site

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"phongtrao/generator/chart"
	"phongtrao/generator/config"
	"phongtrao/generator/results"
)

// chartBars reads the bars of the chart named id in a page: each row's
// label, figure and bar length.
type drawnBar struct {
	label, figure string
	width         int
}

func chartBars(t *testing.T, page, id string) []drawnBar {
	t.Helper()
	i := strings.Index(page, `aria-labelledby="`+id+`-t`)
	if i < 0 {
		t.Fatalf("no chart %s", id)
	}
	svg := page[i : i+strings.Index(page[i:], "</svg>")]
	g := strings.Index(svg, `<g text-anchor="end">`)
	labels := regexp.MustCompile(`<text y="\d+">([^<]*)</text>`).FindAllStringSubmatch(svg[:g], -1)
	figures := regexp.MustCompile(`<text x="600" y="\d+">([^<]*)</text>`).FindAllStringSubmatch(svg[g:], -1)
	if len(labels) != len(figures) {
		t.Fatalf("%d labels, %d figures in %s", len(labels), len(figures), svg)
	}
	out := make([]drawnBar, len(labels))
	for i := range labels {
		out[i] = drawnBar{label: labels[i][1], figure: figures[i][1]}
	}
	if d := regexp.MustCompile(`<path class="ch-bar" d="([^"]*)"`).FindStringSubmatch(svg); d != nil {
		for _, seg := range regexp.MustCompile(`M0 (\d+)h(\d+)v18H0z`).FindAllStringSubmatch(d[1], -1) {
			y, _ := strconv.Atoi(seg[1])
			w, _ := strconv.Atoi(seg[2])
			out[(y-28)/54].width = w // row i's bar starts at y = 54i + 28
		}
	}
	return out
}

// TestCriteriaChart: the home page's and a unit page's charts show, for
// each criterion, the results engine's count of teams meeting it in the
// current period (Đợt 2 of the fixture, running on 15/03/2025), with a
// bar 600 × met / teams long (rounded per mille, then to the unit); the
// unit page's hidden table gives the same figures, row by row.
func TestCriteriaChart(t *testing.T) {
	in := loadSite(t, fixture)
	m := buildFixture(t)
	p := in.Results.Period("dot-2")
	for _, tc := range []struct{ path, unit string }{{"/", "tinh"}, {"/don-vi/xa-ea-ba.html", "xa-ea-ba"}, {"/don-vi/huyen-a.html", "huyen-a"}} {
		page := get(t, m, tc.path)
		bars := chartBars(t, page, "bd-tieu-chi")
		r := p.Of(in.Data.Units.ByID[tc.unit])
		if len(bars) != len(in.Data.Criteria) {
			t.Fatalf("%s: %d bars, want one per criterion (%d)", tc.path, len(bars), len(in.Data.Criteria))
		}
		for ci, c := range in.Data.Criteria {
			cr := r.Criteria[ci]
			b := bars[ci]
			count := "(" + strconv.Itoa(cr.MetLeaves) + "/" + strconv.Itoa(cr.Leaves) + ")"
			if b.label != c.ID+". "+c.Short || !strings.HasSuffix(b.figure, "% "+count) {
				t.Errorf("%s bar %d: %q %q, want %s. %s and …%% %s", tc.path, ci, b.label, b.figure, c.ID, c.Short, count)
			}
			if want := (chart.Fill(int64(cr.MetLeaves), int64(cr.Leaves))*600 + 500) / 1000; b.width != want {
				t.Errorf("%s bar %d: %d units long, want %d", tc.path, ci, b.width, want)
			}
			if tc.path != "/" && !strings.Contains(page, `<tr><th scope="row">`+c.ID+". "+c.Short+`</th><td>`+b.figure+`</td></tr>`) {
				t.Errorf("%s: the chart's table lacks %s with %q", tc.path, c.ID, b.figure)
			}
		}
	}
	if strings.Contains(get(t, m, "/don-vi/ea-ba-thon-1.html"), `class="chart"`) {
		t.Error("a team's page has a criteria chart")
	}
}

// TestChildrenChart: a bulletin whose unit has units (not teams) under
// it draws their scores in rank order, as its ranking table lists them:
// in the fixture's Đợt 1, Thành phố B scores 1 and Huyện Đắk A 0,75 of
// 3 points (TestPhaseBulletin): bars 600 × 1/3 = 199,8 (333 per mille)
// and 600 × 0,75/3 = 150 long. A commune's bulletin, over teams, has none.
func TestChildrenChart(t *testing.T) {
	m := buildFixture(t)
	bars := chartBars(t, get(t, m, "/ban-tin/dot-1/"), "bd-don-vi")
	want := []drawnBar{{"Thành phố B", "1,00/3", 200}, {"Huyện Đắk A", "0,75/3", 150}}
	if len(bars) != len(want) {
		t.Fatalf("bars %+v, want %+v", bars, want)
	}
	for i := range want {
		if bars[i] != want[i] {
			t.Errorf("bar %d: %+v, want %+v", i, bars[i], want[i])
		}
	}
	if strings.Contains(get(t, m, "/ban-tin/dot-1/xa-ea-ba.html"), `class="chart"`) {
		t.Error("a commune's bulletin has a children chart")
	}
}

// TestMonthChart: a larger unit's page tabulates, per criterion and
// month, the teams meeting it with that month alone as the period, as the
// results engine gives them for a site whose one phase is that month
// (here February 2025 for Xã Ea Ba); a team's page has no such chart.
// The fixture's campaign starts 01/09/2024 and asOf is 15/03/2025: seven
// months have started (9/2024 to 3/2025).
func TestMonthChart(t *testing.T) {
	in := loadSite(t, fixture)
	page := get(t, buildFixture(t), "/don-vi/xa-ea-ba.html")
	for _, h := range []string{"9/2024", "3/2025"} {
		if !strings.Contains(page, `<th scope="col">`+h+`</th>`) {
			t.Errorf("no column for %s", h)
		}
	}
	if strings.Contains(page, `<th scope="col">4/2025</th>`) {
		t.Error("a month after asOf has a column")
	}
	s := *in.Site
	s.Campaign.Phases = []config.Phase{{ID: "feb", Name: "02/2025", Start: mustDate(t, "2025-02-01"), End: mustDate(t, "2025-02-28")}}
	feb := results.Compute(&s, in.Data, in.Results.AsOf).Period("feb")
	r := feb.Of(in.Data.Units.ByID["xa-ea-ba"])
	for ci, c := range in.Data.Criteria {
		cr := r.Criteria[ci]
		// Columns 9/2024 … 3/2025: February is the sixth.
		row := regexp.MustCompile(`<tr><th scope="row">` + regexp.QuoteMeta(c.ID+". "+c.Short) + `</th>((?:<td>[^<]*</td>){7})</tr>`).FindStringSubmatch(page)
		if row == nil {
			t.Fatalf("no month row for %s", c.ID)
		}
		cells := regexp.MustCompile(`<td>([^<]*)</td>`).FindAllStringSubmatch(row[1], -1)
		if want := strconv.Itoa(cr.MetLeaves) + "/" + strconv.Itoa(cr.Leaves); cells[5][1] != want {
			t.Errorf("%s in 02/2025: %q, want %q", c.ID, cells[5][1], want)
		}
	}
	if strings.Contains(get(t, buildFixture(t), "/don-vi/ea-ba-thon-1.html"), "bd-theo-thang") {
		t.Error("a team's page has a month chart")
	}
}
