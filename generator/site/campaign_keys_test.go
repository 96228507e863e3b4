package site

import (
	"strings"
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/publish"
)

// buildWith builds the fixture after edit changes its input (a copy of
// the site configuration; the data set is loaded afresh).
func buildWith(t *testing.T, edit func(in *Input)) *publish.Memory {
	t.Helper()
	in := loadSite(t, fixture)
	site := *in.Site
	in.Site = &site
	edit(&in)
	m := publish.NewMemory()
	if err := Build(in, m, Options{}); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestPublisherAndMilestones: the publisher's name and contact data reach
// every page's footer, with what comes from data escaped; the milestones
// reach the home page's timeline in date order. The fixture's campaign
// runs 01/09/2024–31/08/2025 (364 days on 0–1000): 16/09/2024 is day 15,
// at 15·1000/364 = 41; 01/07/2025 is day 303, at 832.
func TestPublisherAndMilestones(t *testing.T) {
	m := buildWith(t, func(in *Input) {
		in.Site.Publisher = &config.Publisher{Name: "Công an tỉnh <Thử>", Parent: "Ủy ban nhân dân tỉnh Thử",
			Address: "số 1 đường Thử", Phone: "0261 3544 123", Email: "lienhe@example.org"}
		in.Site.Campaign.Milestones = []config.Milestone{
			{Date: calendar.Date{Year: 2024, Month: 9, Day: 16}, Title: "Ban hành kế hoạch"},
			{Date: calendar.Date{Year: 2025, Month: 7, Day: 1}, Title: "Sắp xếp đơn vị hành chính & hợp nhất"},
		}
	})
	for _, p := range []string{"/", "/tieu-chi/4-1.html"} {
		page := get(t, m, p)
		for _, w := range []string{"Ủy ban nhân dân tỉnh Thử · <strong>Công an tỉnh &lt;Thử&gt;</strong> · Địa chỉ: số 1 đường Thử · Điện thoại: 0261 3544 123",
			`<a href="mailto:lienhe@example.org">lienhe@example.org</a>`} {
			if !strings.Contains(page, w) {
				t.Errorf("%s: footer lacks %q", p, w)
			}
		}
	}
	home := get(t, m, "/")
	for _, w := range []string{`<circle cx="41" cy="98" r="6" class="milestone"/><circle cx="832" cy="98" r="6" class="milestone"/>`,
		`<li><time datetime="2024-09-16">16/09/2024</time>: Ban hành kế hoạch</li><li><time datetime="2025-07-01">01/07/2025</time>: Sắp xếp đơn vị hành chính &amp; hợp nhất</li>`} {
		if !strings.Contains(home, w) {
			t.Errorf("home page lacks %q", w)
		}
	}
	plain := get(t, buildFixture(t), "/")
	if strings.Contains(plain, "milestone") || strings.Contains(plain, `class="publisher"`) {
		t.Error("a site without [publisher] and milestones shows them")
	}
}

// TestPlanTextAndFieldLabels: a criterion's plan_text is quoted on its
// page, escaped, with the plan's number; the labels of the fields an
// indicator reads show on the criterion page and the downloads page, a
// field without a label by its name (tips_total here).
func TestPlanTextAndFieldLabels(t *testing.T) {
	m := buildWith(t, func(in *Input) {
		c := in.Data.Criteria[0]
		c.PlanText = "80% nguồn tin <qua> lực lượng"
		c.Indicators[0].Labels = map[string]string{"tips_via_force": "Số tin qua lực lượng"}
	})
	crit := get(t, m, "/tieu-chi/4-1.html")
	for _, w := range []string{
		`<figure class="plan-text"><blockquote><p>80% nguồn tin &lt;qua&gt; lực lượng</p></blockquote><figcaption>Trích Kế hoạch số 1/KH-THU</figcaption></figure>`,
		`Tỷ lệ tin qua lực lượng<br><small>Số liệu: Số tin qua lực lượng / tips_total</small></th>`,
	} {
		if !strings.Contains(crit, w) {
			t.Errorf("criterion page lacks %q", w)
		}
	}
	if w := "Tỷ lệ tin qua lực lượng – số liệu: Số tin qua lực lượng / tips_total"; !strings.Contains(text(get(t, m, "/du-lieu/")), w) {
		t.Errorf("downloads page lacks %q", w)
	}
	if strings.Contains(get(t, m, "/tieu-chi/4-7.html"), "plan-text") {
		t.Error("4.7 has no plan_text but its page quotes one")
	}
}

// TestDeedCommendationsShown: a deed's award, recipient and decision show
// on the deed lists, escaped; deeds without them show as before.
func TestDeedCommendationsShown(t *testing.T) {
	var title string
	m := buildWith(t, func(in *Input) {
		d := &in.Data.Deeds[0]
		d.Commendation = &data.Commendation{Award: "Bằng khen", Recipient: "tap-the", Decision: "Quyết định số 7/QĐ-UBND <ngày 1/7/2025>"}
		title = d.Title
		in.Data.Deeds[1].Commendation = &data.Commendation{Recipient: "ca-nhan"}
	})
	page := get(t, m, "/viec-tot/")
	for _, w := range []string{` · <span class="award">Bằng khen (tập thể)</span>, Quyết định số 7/QĐ-UBND &lt;ngày 1/7/2025&gt;`, ` · cá nhân`} {
		if !strings.Contains(page, w) {
			t.Errorf("deeds page lacks %q (deed %q)", w, title)
		}
	}
	if plain := get(t, buildFixture(t), "/viec-tot/"); strings.Contains(plain, `class="award"`) {
		t.Error("a site without awards shows one")
	}
}
