package site

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"phongtrao/generator/content"
	"phongtrao/generator/publish"
)

// TestPlanRendersWhatBuildWrites: for the fixture, minified and not, the
// plan lists exactly the files Build writes and renders each one to the
// same bytes, one file at a time.
func TestPlanRendersWhatBuildWrites(t *testing.T) {
	in := loadSite(t, fixture)
	for _, opts := range []Options{{}, {NoMinify: true}, {RowsPerPage: 1}} {
		built := publish.NewMemory()
		if err := Build(in, built, opts); err != nil {
			t.Fatal(err)
		}
		p, err := Prepare(in, opts)
		if err != nil {
			t.Fatal(err)
		}
		paths, err := p.Paths()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := strings.Join(paths, "\n"), strings.Join(built.Paths(), "\n"); got != want {
			t.Fatalf("%+v: Paths()\n%s\nwant what Build writes\n%s", opts, got, want)
		}
		for _, rel := range paths {
			got, ok, err := p.Render(rel)
			want, _ := built.Get(rel)
			if err != nil || !ok || !bytes.Equal(got, want) {
				t.Errorf("%+v: Render(%s): found %v, %v, %d bytes; Build wrote %d bytes", opts, rel, ok, err, len(got), len(want))
			}
		}
		// One page a leaderboard row: the fixture's five teams fill five
		// pages of the team board; page 2 exists only with RowsPerPage 1.
		if _, ok, _ := p.Render("xep-hang/dot-1/to/trang/2.html"); ok != (opts.RowsPerPage == 1) {
			t.Errorf("%+v: second board page found = %v", opts, ok)
		}
	}
}

func TestPlanKnowsWhatItHasNot(t *testing.T) {
	p, err := Prepare(loadSite(t, fixture), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A folder is not a file; a unit's page is don-vi/<id>.html, not an
	// index.html in a folder of its own.
	for _, rel := range []string{"khong-co.html", "don-vi/dak-mot-thon-1/", "don-vi/dak-mot-thon-1/index.html", "don-vi/khong-co.html", "", "css/site.css"} {
		if b, ok, err := p.Render(rel); ok || err != nil || b != nil {
			t.Errorf("Render(%q) = %d bytes, %v, %v; want nothing", rel, len(b), ok, err)
		}
	}
	if !p.IsPage("index.html") || !p.IsPage("404.html") || p.IsPage("sitemap.xml") || p.IsPage("robots.txt") {
		t.Error("IsPage must hold for pages (home, 404) and not for the sitemap or robots.txt")
	}
	// The sitemap lists every page but the 404 page: one <loc> per page less one.
	b, ok, err := p.Render("sitemap.xml")
	if !ok || err != nil || bytes.Count(b, []byte("<loc>")) != p.Pages()-1 {
		t.Errorf("sitemap: %v, %v, %d entries for %d pages", ok, err, bytes.Count(b, []byte("<loc>")), p.Pages())
	}
}

// TestPlanRenderErrorIsBuildError: a layout that fails on one page only
// fails Render for that page, with the position Build reports, while
// Prepare and the other pages succeed.
func TestPlanRenderErrorIsBuildError(t *testing.T) {
	dir := copyFixture(t)
	os.MkdirAll(filepath.Join(dir, "layouts"), 0o755)
	// .Article is nil on a list page: ".Article.Title" fails on line 2 of
	// list.html, at column 11 where ".Title" is evaluated on the nil
	// pointer ("{{" takes columns 1–2, ".Article" 3–10), and only there.
	os.WriteFile(filepath.Join(dir, "layouts", "list.html"),
		[]byte("{{define \"main\"}}\n{{.Article.Title}}\n{{end}}"), 0o644)
	in := loadSite(t, dir)
	buildErr := Build(in, publish.NewMemory(), Options{})
	p, err := Prepare(in, Options{})
	if err != nil {
		t.Fatalf("Prepare: %v (a template error shows only when a page renders)", err)
	}
	_, ok, err := p.Render("bai-viet/index.html")
	if !ok || err == nil {
		t.Fatalf("Render of the story list: found %v, error %v; want the template error", ok, err)
	}
	if d, bd := firstDiag(t, err), firstDiag(t, buildErr); d.Pos.String() != "layouts/list.html:2:11" || d.Pos != bd.Pos || d.Msg != bd.Msg {
		t.Errorf("Render error at %s (%s); Build's at %s (%s); want both at layouts/list.html:2:11", d.Pos, d.Msg, bd.Pos, bd.Msg)
	}
	if _, ok, err := p.Render("index.html"); !ok || err != nil {
		t.Errorf("the home page must still render: %v, %v", ok, err)
	}
}

func TestStaticFileOnAPageIsRefused(t *testing.T) {
	dir := copyFixture(t)
	os.MkdirAll(filepath.Join(dir, "static", "du-lieu"), 0o755)
	os.WriteFile(filepath.Join(dir, "static", "du-lieu", "index.html"), []byte("<p>x</p>"), 0o644)
	in := loadSite(t, dir)
	_, err := Prepare(in, Options{})
	if err == nil || !strings.Contains(err.Error(), `"du-lieu/index.html" được ghi hai lần`) {
		t.Errorf("Prepare: %v; want du-lieu/index.html refused as written twice", err)
	}
	if err := Build(in, publish.NewMemory(), Options{}); err == nil {
		t.Error("Build accepted a static file on a page's path")
	}
}

// samePlan checks that p renders exactly what Build writes for in.
func samePlan(t *testing.T, p *Plan, in Input) {
	t.Helper()
	built := publish.NewMemory()
	if err := Build(in, built, Options{}); err != nil {
		t.Fatal(err)
	}
	paths, err := p.Paths()
	if err != nil || strings.Join(paths, "\n") != strings.Join(built.Paths(), "\n") {
		t.Fatalf("Paths() = %d files (%v), want the %d Build writes", len(paths), err, built.Len())
	}
	for _, rel := range paths {
		got, _, err := p.Render(rel)
		if want, _ := built.Get(rel); err != nil || !bytes.Equal(got, want) {
			t.Errorf("Render(%s) differs from Build (%v)", rel, err)
		}
	}
}

// TestPrepareFromReusesOnlyWhatIsTheSame: after a story edit (same units)
// and after a unit is renamed (new units), the plan prepared from the last
// one is byte for byte what a fresh build gives.
func TestPrepareFromReusesOnlyWhatIsTheSame(t *testing.T) {
	dir := copyFixture(t)
	in := loadSite(t, dir)
	prev, err := Prepare(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	edited := *in.Pages[0]
	edited.Title = "Tiêu đề đã sửa"
	story := in
	story.Pages = append([]*content.Page{&edited}, in.Pages[1:]...)
	next, err := PrepareFrom(prev, story, Options{})
	if err != nil {
		t.Fatal(err)
	}
	samePlan(t, next, story)

	// The folder loaded again (a deeds edit) gives equal units in new
	// values: the directory is reused, holding the new units.
	deeds := filepath.Join(dir, "data", "deeds.csv")
	b, _ := os.ReadFile(deeds)
	os.WriteFile(deeds, append(b, "2024-10-05,ea-ba-thon-1,viec-tot,Việc tốt mới,,,,\n"...), 0o644)
	again := loadSite(t, dir)
	next, err = PrepareFrom(next, again, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, us := range next.m.dirByLetter {
		for _, u := range us {
			if again.Data.Units.ByID[u.ID] != u {
				t.Fatalf("the directory holds %s of the previous load", u.ID)
			}
		}
	}
	samePlan(t, next, again)

	// "Xã Ea Ba" becomes "Xã Quảng Ba": it leaves letter E for letter Q,
	// which only a directory grouped afresh shows.
	units := filepath.Join(dir, "data", "units.csv")
	b, _ = os.ReadFile(units)
	os.WriteFile(units, bytes.Replace(b, []byte("Xã Ea Ba"), []byte("Xã Quảng Ba"), 1), 0o644)
	renamed := loadSite(t, dir)
	next, err = PrepareFrom(next, renamed, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if page, ok, _ := next.Render("danh-ba/q/index.html"); !ok || !strings.Contains(string(page), "Quảng Ba") {
		t.Errorf("letter Q page: found %v, lists Quảng Ba: %v", ok, strings.Contains(string(page), "Quảng Ba"))
	}
	samePlan(t, next, renamed)
}

// TestPlanMatchesBuildOnTheDemo renders every file of the demo one at a
// time through a Plan and compares it with the demo's build.
func TestPlanMatchesBuildOnTheDemo(t *testing.T) {
	built := buildDemo(t)
	p, err := Prepare(loadSite(t, "../.."), Options{})
	if err != nil {
		t.Fatal(err)
	}
	paths, err := p.Paths()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(paths), built.Len(); got != want || strings.Join(paths, "\n") != strings.Join(built.Paths(), "\n") {
		t.Fatalf("Paths() lists %d files, Build wrote %d (or other names)", got, want)
	}
	for _, rel := range paths {
		got, ok, err := p.Render(rel)
		if want, _ := built.Get(rel); !ok || err != nil || !bytes.Equal(got, want) {
			t.Errorf("Render(%s) differs from Build (%v, %v)", rel, ok, err)
		}
	}
}
