package site

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
	"testing"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

// unitTree returns an empty unit tree and a function that adds a unit
// under parent (nil for the root), as the test sites build theirs.
func unitTree() (*data.Units, func(id, name, kind string, parent *data.Unit) *data.Unit) {
	units := &data.Units{ByID: map[string]*data.Unit{}}
	return units, func(id, name, kind string, parent *data.Unit) *data.Unit {
		u := &data.Unit{ID: id, Name: name, Kind: kind, Parent: parent}
		if parent != nil {
			u.Depth = parent.Depth + 1
			parent.Children = append(parent.Children, u)
		}
		units.All = append(units.All, u)
		units.ByID[id] = u
		return u
	}
}

// synthetic returns a province of districts × communes × teams with
// 13 months of reports, deeds per team and stories, like the demo.
func synthetic(districts, communes, teams, deedsPerTeam, stories int) Input {
	d := func(y, m, day int) calendar.Date { return calendar.Date{Year: y, Month: time.Month(m), Day: day} }
	site := &config.Site{Title: "Tỉnh thử", BaseURL: "https://example.vn/", Illustrative: true,
		Campaign: config.Campaign{Name: "Phong trào", Slogan: "Khẩu hiệu", Plan: "1/KH", Start: d(2024, 8, 19), End: d(2025, 8, 19),
			Phases: []config.Phase{{ID: "dot-1", Name: "Đợt 1", Start: d(2024, 8, 19), End: d(2025, 2, 3)},
				{ID: "dot-2", Name: "Đợt 2", Start: d(2025, 2, 4), End: d(2025, 8, 19)}}}}
	units, add := unitTree()
	units.Root = add("tinh", "Tỉnh Thử", "Tỉnh", nil)
	set := &data.Set{Units: units, Fields: []string{"a", "b"}}
	one := decimal.FromInt(1)
	set.Criteria = []*data.Criterion{
		{ID: "4.1", Title: "Nắm tình hình", Short: "Nắm tình hình", Points: one, Indicators: []*data.Indicator{
			{ID: "tin", Label: "Tin", Kind: data.KindRatio, Source: data.SourceReports, Numerator: "a", Denominator: "b", Op: ">=", Target: decimal.D(800000)}}},
		{ID: "4.7", Title: "Hình ảnh đẹp", Short: "Hình ảnh đẹp", Points: one, Indicators: []*data.Indicator{
			{ID: "vt", Label: "Việc tốt", Kind: data.KindMonthly, Source: data.SourceDeeds, Op: ">=", Target: one}}},
	}
	var pages []*content.Page
	n := 0
	for i := range districts {
		dist := add(fmt.Sprintf("huyen-%d", i), fmt.Sprintf("Huyện Đắk %d", i), "Huyện", units.Root)
		for j := range communes {
			com := add(fmt.Sprintf("xa-%d-%d", i, j), fmt.Sprintf("Xã Quảng %d", j), "Xã", dist)
			for k := range teams {
				team := add(fmt.Sprintf("thon-%d-%d-%d", i, j, k), fmt.Sprintf("Thôn %d", k+1), "Thôn", com)
				n++
				for mo := calendar.FromIndex(site.Campaign.Start.MonthOf().Index()); !mo.First().After(site.Campaign.End); mo = mo.Next() {
					set.Reports = append(set.Reports, data.ReportOf(team.ID, mo,
						map[string]decimal.D{"a": decimal.FromInt(int64((n + mo.Index()) % 5)), "b": decimal.FromInt(4)}))
				}
				for x := range deedsPerTeam {
					set.Deeds = append(set.Deeds, data.Deed{Date: d(2024, 9+x%4, 1+(n+x)%28), Unit: team.ID, Kind: data.DeedKinds[(n+x)%4],
						Title: "Việc tốt số " + fmt.Sprint(x), People: []string{"Nguyễn Văn A"}})
				}
				if len(pages) < stories {
					pages = append(pages, &content.Page{Section: content.Stories, Slug: fmt.Sprintf("bai-%d", n), Title: fmt.Sprintf("Bài %d", n),
						Date: d(2025, 1+n%7, 1+n%28), Unit: team.ID, Criterion: "4.7", Summary: "Tóm tắt.", HTML: template.HTML("<p>Nội dung.</p>")})
				}
			}
		}
	}
	return Input{Site: site, Data: set, Results: results.Compute(site, set, d(2025, 8, 19)), Pages: pages}
}

// BenchmarkBuild builds a synthetic province the size of the demo (8
// districts × 9 communes × 10 teams = 720 teams, 6 deeds each, 30 stories)
// into memory with the built-in theme.
func BenchmarkBuild(b *testing.B) {
	in := synthetic(8, 9, 10, 6, 30)
	b.ResetTimer()
	for b.Loop() {
		if err := Build(in, publish.NewMemory(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildDemo builds the repository's demo into memory.
func BenchmarkBuildDemo(b *testing.B) {
	in := loadSite(b, "../..")
	b.ResetTimer()
	for b.Loop() {
		if err := Build(in, publish.NewMemory(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSyntheticBuilds(t *testing.T) {
	m := publish.NewMemory()
	if err := Build(synthetic(2, 2, 3, 2, 3), m, Options{}); err != nil {
		t.Fatal(err)
	}
	checkLinks(t, m)
}

// BenchmarkBuildLarge builds 20 districts × 20 communes × 50 teams (20,000
// teams, 120,000 deeds, 2,000 stories): a quarter of the national site.
func BenchmarkBuildLarge(b *testing.B) {
	in := synthetic(20, 20, 50, 6, 2000)
	b.ResetTimer()
	for b.Loop() {
		if err := Build(in, publish.NewMemory(), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLargeNumbersVietnamese builds 2 districts × 10 communes × 60 teams
// (1,200 teams): ranks and counts of a thousand or more are printed with a
// dot between thousands, as Vietnamese writes them ("1.200", not "1200").
func TestLargeNumbersVietnamese(t *testing.T) {
	m := publish.NewMemory()
	if err := Build(synthetic(2, 10, 60, 0, 0), m, Options{}); err != nil {
		t.Fatal(err)
	}
	// Every team's page gives its rank among the 1,200 teams of its level.
	page, _ := m.Get("/don-vi/thon-0-0-0.html")
	if !strings.Contains(string(page), "/1.200</a>") {
		t.Errorf("team page: no rank out of 1.200 in\n%.2000s", page)
	}
	if strings.Contains(string(page), "1200") {
		t.Error("team page prints 1200 without its thousands dot")
	}
	// The province's page counts its 1,200 teams.
	page, _ = m.Get("/don-vi/tinh.html")
	if !strings.Contains(string(page), "/1.200 Tổ đạt") {
		t.Errorf("province page: no count of 1.200 teams in\n%.3000s", page)
	}
}

// BenchmarkRenderKinds renders every page of the demo once per iteration,
// into a buffer (nothing written), and reports the time per page of each
// layout: what building a page's data and running its template cost.
func BenchmarkRenderKinds(b *testing.B) {
	p, err := Prepare(loadSite(b, "../.."), Options{})
	if err != nil {
		b.Fatal(err)
	}
	byLayout := map[string][]int{}
	for i, j := range p.jobs {
		byLayout[j.layout] = append(byLayout[j.layout], i)
	}
	var buf bytes.Buffer
	for _, layout := range []string{"unit.html", "article.html", "bulletin.html", "board.html", "list.html"} {
		jobs := byLayout[layout]
		b.Run(layout, func(b *testing.B) {
			for b.Loop() {
				for _, i := range jobs {
					if _, err := p.renderPage(&buf, i); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(jobs))/1000, "µs/page")
		})
	}
}
