package site

import (
	"cmp"
	"strconv"
	"strings"
	"sync/atomic"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// DeedView is one deed, commendation or recognised model.
type DeedView struct {
	Date      calendar.Date
	Kind      string // viec-tot, khen-thuong, bieu-duong, mo-hinh
	KindLabel string
	Title     string
	People    string
	Unit      Link
	Context   string
	// Recognized names who recognised a model or gave a commendation.
	Recognized string
	// Story links the story telling the deed, when there is one.
	Story string
	// Award is the form of commendation ("Bằng khen"), Decision the
	// decision's number and date, Recipient "tập thể" or "cá nhân" (the
	// words for deeds.csv's tap-the, ca-nhan); each empty when not given.
	Award, Decision, Recipient string
}

// DeedsView is a page of deeds (.Deeds): the index, a month or a kind.
type DeedsView struct {
	Items  []DeedView
	Pager  Pager
	Months []Link // every month with deeds, newest first
	Kinds  []Link // every kind with deeds
	Total  int
	// Noun is what Total counts ("lượt khen thưởng" on the commendations'
	// page, "việc tốt, biểu dương, khen thưởng, mô hình" on a mixed list).
	Noun string
	// Shown is how many of the Total deeds the list's pages show: fewer
	// than Total when the list is capped (see DeedListMax).
	Shown int
}

// deedsPerPage is how many deeds a month or kind page lists.
const deedsPerPage = 100

// DeedListMax is the most deeds one site-wide list of deeds (a month or a
// kind) shows, on pages of deedsPerPage. Past it, the list shows its
// newest deeds and sends the reader to the teams' own pages, which list
// every deed of the team: nobody pages through a country's 1,800 pages of
// one month, and those pages were a third of a national site's bytes. A
// province stays under it (the demo's longest list has 39 pages).
var DeedListMax = 50 * deedsPerPage

// listedDeeds is how many of n deeds a site-wide list shows (at least one).
func listedDeeds(n int) int { return min(n, max(1, DeedListMax)) }

func itoa(n int) string { return strconv.Itoa(n) }

// pageCount is how many pages of size per hold n items (at least one).
func pageCount(n, per int) int { return max(1, (n+per-1)/per) }

// shownDeed is a deed the site shows, with its view made once (a deed
// appears on its team's page, its month's and its kind's, and among the
// newest of the units and bulletins above), on first use: workers make
// the views in parallel, and the model stays small until then.
type shownDeed struct {
	*data.Deed
	view atomic.Pointer[DeedView]
}

// deedView returns d's view, made on first use. Two workers may both
// make it; they make the same view, and either one is kept.
func (m *model) deedView(d *shownDeed) DeedView {
	if v := d.view.Load(); v != nil {
		return *v
	}
	v := m.newDeedView(d.Deed)
	d.view.Store(&v)
	return v
}

func (m *model) newDeedView(d *data.Deed) DeedView {
	v := DeedView{Date: d.Date, Kind: d.Kind, KindLabel: deedKindLabel(d.Kind), Title: d.Title,
		People: strings.Join(d.People, ", "), Recognized: d.RecognizedBy}
	if c := d.Commendation; c != nil {
		v.Award, v.Decision, v.Recipient = c.Award, c.Decision, recipientWords[c.Recipient]
	}
	if u := m.set.Units.ByID[d.Unit]; u != nil {
		in := m.unitOf(u)
		v.Unit, v.Context = Link{URL: in.url, Text: in.name}, in.context
	}
	if s, ok := m.unitOfStory[d.Story]; ok {
		v.Story = m.articleURL(s) // a story: its path is storyRel's
	}
	return v
}

// deedNav links every month and kind, marking current (a rel URL).
func (m *model) deedNav(v *DeedsView, current string) {
	for _, mo := range m.deedMonths {
		rel := urls.Month(mo)
		v.Months = append(v.Months, Link{URL: m.u.Path(rel), Current: rel == current,
			Text: "Tháng " + strconv.Itoa(int(mo.Month)) + "/" + strconv.Itoa(mo.Year) + " (" + vn.FormatInt(int64(len(m.deedsByMonth[mo]))) + ")"})
	}
	for _, k := range data.DeedKinds {
		if n := len(m.deedsByKind[k]); n > 0 {
			rel := urls.Kind(k)
			v.Kinds = append(v.Kinds, Link{URL: m.u.Path(rel), Current: rel == current,
				Text: deedKindLabel(k) + " (" + vn.FormatInt(int64(n)) + ")"})
		}
	}
}

func (m *model) deedsIndex() *Page {
	v := &DeedsView{Total: len(m.deeds), Shown: len(m.deeds), Noun: deedsNoun}
	m.deedNav(v, "")
	for i := 0; i < len(m.deeds) && i < 20; i++ {
		v.Items = append(v.Items, m.deedView(m.deeds[i]))
	}
	pg := m.page("deeds", "viec-tot/", "Việc tốt, khen thưởng, mô hình", "viec-tot")
	pg.Description = "Việc tốt, biểu dương, khen thưởng và mô hình của các tổ, theo tháng và theo loại."
	pg.Deeds = v
	return pg
}

// deedsPage is page n of the deeds at rel (a month or a kind).
func (m *model) deedsPage(rel, title, noun string, deeds []*shownDeed, n int) *Page {
	total := len(deeds)
	deeds = deeds[:listedDeeds(total)]
	pages := pageCount(len(deeds), deedsPerPage)
	v := &DeedsView{Total: total, Noun: noun, Shown: len(deeds), Pager: m.pager(rel, n, pages)}
	m.deedNav(v, rel)
	if page := deeds[min((n-1)*deedsPerPage, len(deeds)):min(n*deedsPerPage, len(deeds))]; len(page) > 0 {
		v.Items = make([]DeedView, len(page))
		for i, d := range page {
			v.Items[i] = m.deedView(d)
		}
	}
	pg := m.page("deeds", urls.Paged(rel, n), title, "viec-tot")
	pg.Crumbs = []Link{{URL: m.u.Path("viec-tot/"), Text: "Việc tốt"}}
	if n > 1 {
		pg.Title += " – trang " + itoa(n)
		pg.Crumbs = append(pg.Crumbs, Link{URL: m.u.Path(rel), Text: title})
	}
	pg.Deeds = v
	return pg
}

// deedJobs lists the deeds index, every month's and every kind's pages.
func (m *model) deedJobs() []job {
	js := []job{{rel: "viec-tot/", layout: "deeds.html", make: m.deedsIndex}}
	add := func(rel, title, noun string, deeds []*shownDeed) {
		pages := pageCount(listedDeeds(len(deeds)), deedsPerPage)
		for n := 1; n <= pages; n++ {
			js = append(js, job{rel: urls.Paged(rel, n), layout: "deeds.html",
				make: func() *Page { return m.deedsPage(rel, title, noun, deeds, n) }})
		}
	}
	for _, mo := range m.deedMonths {
		add(urls.Month(mo), "Việc tốt "+vn.MonthName(mo), deedsNoun, m.deedsByMonth[mo])
	}
	for _, k := range data.DeedKinds {
		if len(m.deedsByKind[k]) > 0 {
			add(urls.Kind(k), deedKindLabel(k), cmp.Or(deedCountNouns[k], deedsNoun), m.deedsByKind[k])
		}
	}
	return js
}

// recipientWords are the words for deeds.csv's recipient codes.
var recipientWords = map[string]string{"tap-the": "tập thể", "ca-nhan": "cá nhân"}
