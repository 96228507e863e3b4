package site

import (
	"bytes"
	"strings"
	"testing"

	"phongtrao/generator/data"
	fx "phongtrao/generator/fixture" // site_test.go names its test site "fixture"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
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

// synthetic returns an even province from the fixture: districts ×
// communes × teams, 13 months of reports, exactly deedsPerTeam deeds per
// team besides the stories' own, stories stories, computed as of the
// site's asOf (2025-08-19).
func synthetic(districts, communes, teams, deedsPerTeam, stories int) Input {
	l := fx.MustLoad(fx.Even(districts, communes, teams, deedsPerTeam, stories), 1)
	return Input{Site: l.Site, Data: l.Data, Results: results.Compute(l.Site, l.Data, l.Site.AsOf), Pages: l.Pages}
}

// unitAt returns the unit reached from the root by child indexes:
// unitAt(in, 1, 2) is the third commune of the second district.
func unitAt(in Input, path ...int) *data.Unit {
	u := in.Data.Units.Root
	for _, i := range path {
		u = u.Children[i]
	}
	return u
}

// BenchmarkBuild builds a synthetic province the size of the demo (8
// districts × 9 communes × 10 teams = 720 teams, 6 deeds each besides 30
// stories)
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
// teams, 120,000 deeds besides 2,000 stories): a quarter of the national
// site.
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
	in := synthetic(2, 10, 60, 0, 0)
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	// Every team's page gives its rank among the 1,200 teams of its level.
	page, _ := m.Get("/" + urls.Unit(unitAt(in, 0, 0, 0).ID))
	if !strings.Contains(string(page), "/1.200</a>") {
		t.Errorf("team page: no rank out of 1.200 in\n%.2000s", page)
	}
	// The share card's width (og:image:width, 1200 px) is for machines.
	shown := strings.ReplaceAll(string(page), `<meta property="og:image:width" content="1200">`, "")
	if strings.Contains(shown, "1200") {
		t.Error("team page prints 1200 without its thousands dot")
	}
	// The province's page counts its 1,200 teams.
	page, _ = m.Get("/" + urls.Unit(in.Data.Units.Root.ID))
	if !strings.Contains(string(page), "/1.200 tổ đạt") {
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
