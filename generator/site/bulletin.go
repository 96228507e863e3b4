package site

import (
	"html/template"
	"slices"
	"sort"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// Bulletins (bản tin) are pages made to be printed on A4 and pinned on a
// village notice board: a phase bulletin per started period for the
// province (/ban-tin/<period>/) and for every unit between the province
// and the teams (/ban-tin/<period>/<unit-id>/); a monthly bulletin per
// campaign month for the province (/ban-tin/thang/<YYYY-MM>/) and for
// every commune, the units directly above the teams
// (/ban-tin/thang/<YYYY-MM>/<unit-id>/); and the index /ban-tin/.

// BulletinView is a bulletin page (.Bulletin): a phase or monthly bulletin,
// or the index of bulletins.
type BulletinView struct {
	// Kind is "phase", "month", "index", or "group" (the bulletins of a
	// unit under the province and the units under it, when the index is
	// too long to list them: BulletinUnitsInline).
	Kind string
	// Unit links the unit's page; Province marks the root; Context says
	// where the unit is ("Huyện Đắk Glong").
	Unit     Link
	Province bool
	Context  string
	// Label names what is covered ("Đợt 1", "tháng 3/2025"); Title is the
	// phase's title from site.toml (empty for a month).
	Label, Title string
	// Start and End bound the period or month (inside the campaign); Until
	// is the last day counted, min(End, asOf).
	Start, End, Until calendar.Date
	// Status is "running" or "done" (periodStatus gives the words).
	Status string
	// Teams counts the teams under the unit.
	Teams int
	// Address is the bulletin's absolute URL, printed in its footer beside
	// QR, its QR code (inline SVG).
	Address string
	QR      template.HTML
	// Doc is the document header and signature (document.go), nil without
	// [publisher] in site.toml.
	Doc   *DocumentView
	Phase *PhaseBulletin
	Month *MonthBulletin
	Index *BulletinIndex
	Group *BulletinGroup
	// Others links the unit's other bulletins and those of the units under
	// it, for the screen only (hidden when printed).
	Others []BulletinLinks
}

// BulletinLinks is a titled group of links to bulletins.
type BulletinLinks struct {
	Title string
	Links []Link
}

// Sizes of a bulletin's lists, so that it stays on one or two A4 pages.
const (
	bulletinDeeds   = 8
	bulletinStories = 5
)

// hasPhaseBulletin reports whether u has phase bulletins, in the periods
// it lives through: the province and every unit above the teams.
func hasPhaseBulletin(u *data.Unit) bool { return !u.IsLeaf() }

// hasPhaseIn reports whether u has a bulletin of p: it is above teams in
// p's tree (BRIEF.md §4 rule 8).
func hasPhaseIn(p *results.Period, u *data.Unit) bool {
	return presentIn(p, u) && !p.Of(u).Leaf
}

// monthTree is the tree a month's bulletins follow: the one in force on
// the month's last counted day (BRIEF.md §4 rule 8), with every unit's
// children in name order.
type monthTree struct {
	tree *results.Tree
	kids map[*data.Unit][]*data.Unit
}

// newMonthTree returns the tree of month mo; nil when the data has no
// successions (the bulletins then follow the navigation tree, which is
// units.csv's).
func (b *bulletins) newMonthTree(mo calendar.Month) *monthTree {
	m := b.m
	if m.seen == nil {
		return nil
	}
	_, end := b.monthWindow(mo)
	if m.res.AsOf.Before(end) {
		end = m.res.AsOf
	}
	t := &monthTree{tree: m.res.TreeOn(end), kids: map[*data.Unit][]*data.Unit{}}
	for _, u := range m.set.Units.All {
		if p := t.tree.Parent(u); p != nil && t.tree.Lives(u) {
			t.kids[p] = append(t.kids[p], u)
		}
	}
	for _, kids := range t.kids {
		m.sortUnits(kids)
	}
	return t
}

// kidsOn returns u's children in the tree of month mo, in name order.
func (b *bulletins) kidsOn(mo calendar.Month, u *data.Unit) []*data.Unit {
	if t := b.monthTrees[mo]; t != nil {
		return t.kids[u]
	}
	return b.kids[u]
}

// parentOn returns the function giving a unit's parent in the tree of
// month mo.
func (b *bulletins) parentOn(mo calendar.Month) func(*data.Unit) *data.Unit {
	if t := b.monthTrees[mo]; t != nil {
		return t.tree.Parent
	}
	return b.m.parentOf
}

// isCommuneOn reports whether u is directly above teams in the tree of
// month mo: it has that month's commune bulletin.
func (b *bulletins) isCommuneOn(mo calendar.Month, u *data.Unit) bool {
	if b.parentOn(mo)(u) == nil {
		return false
	}
	for _, c := range b.kidsOn(mo, u) {
		if c.IsLeaf() {
			return true
		}
	}
	return false
}

// bulletins holds what the bulletin pages share: the campaign months and
// the report rows by team and month. It is built once, before rendering,
// and read-only afterwards.
type bulletins struct {
	m      *model
	months []calendar.Month // campaign months up to asOf's, oldest first
	// communeMonths are the months that get a commune bulletin: only the
	// latest month that has ended (see newBulletins).
	communeMonths []calendar.Month
	// reports are the report rows of communeMonths by team and month.
	reports map[reportKey]*data.Report
	// phaseUnits have phase bulletins (in the periods they live through,
	// hasPhaseIn), communeList monthly ones (see listUnits).
	phaseUnits, communeList []*data.Unit
	commune                 map[*data.Unit]bool // in communeList
	// ceased are the units of phaseUnits off the navigation tree: they
	// ceased during the campaign (rule 8).
	ceased []*data.Unit
	// kids are the children of every unit with bulletins in the
	// navigation tree, in name order.
	kids map[*data.Unit][]*data.Unit
	// monthTrees are the trees of the months, when the data has
	// successions (newMonthTree).
	monthTrees map[calendar.Month]*monthTree
	// deeds are the shown deeds under every unit with bulletins, newest first.
	deeds map[*data.Unit][]*shownDeed
	// all is the whole-campaign period, for the targets a team is measured against.
	all *results.Period
}

type reportKey struct {
	unit  string
	month calendar.Month
}

func (m *model) newBulletins() *bulletins {
	b := &bulletins{m: m, reports: map[reportKey]*data.Report{}, all: m.res.Period("all"),
		kids: map[*data.Unit][]*data.Unit{}, deeds: map[*data.Unit][]*shownDeed{}, commune: map[*data.Unit]bool{}}
	c := m.site.Campaign
	last := c.End
	if m.res.AsOf.Before(last) {
		last = m.res.AsOf
	}
	if !m.res.AsOf.Before(c.Start) {
		for mo := c.Start.MonthOf(); mo.Index() <= last.MonthOf().Index(); mo = mo.Next() {
			b.months = append(b.months, mo)
		}
	}
	// A bulletin for every commune and every month would be ~900 pages on
	// the demo (71 communes, 13 months) and a third more build time; a
	// commune's notice board needs the month that has just ended.
	for i := len(b.months) - 1; i >= 0; i-- {
		if _, end := b.monthWindow(b.months[i]); !m.res.AsOf.Before(end) {
			b.communeMonths = []calendar.Month{b.months[i]}
			break
		}
	}
	b.monthTrees = map[calendar.Month]*monthTree{}
	for _, mo := range b.months {
		b.monthTrees[mo] = b.newMonthTree(mo)
	}
	b.listUnits()
	// Only commune bulletins read report rows, of their communeMonths.
	for i := range m.set.Reports {
		if r := &m.set.Reports[i]; slices.Contains(b.communeMonths, r.Month) {
			b.reports[reportKey{r.Unit, r.Month}] = r
		}
	}
	return b
}

// bulletinJobs lists the index, the phase bulletins, then the monthly ones.
func (m *model) bulletinJobs() []job {
	b := m.newBulletins()
	js := []job{{rel: urls.Bulletins, layout: "bulletins.html", make: b.indexPage}}
	if b.splitIndex() {
		for _, c := range b.kids[m.set.Units.Root] {
			if hasPhaseBulletin(c) {
				js = append(js, job{rel: urls.BulletinGroup(c), layout: "bulletins-unit.html", make: func() *Page { return b.groupPage(c) }, pos: c.Pos})
			}
		}
	}
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		for _, u := range b.phaseUnits {
			if hasPhaseIn(p, u) {
				js = append(js, job{rel: urls.Bulletin(p.ID, u), layout: "bulletin.html", make: func() *Page { return b.phasePage(p, u) }, pos: u.Pos})
			}
		}
	}
	root := m.set.Units.Root
	for _, mo := range b.months {
		js = append(js, job{rel: urls.MonthBulletin(mo, root), layout: "bulletin.html", make: func() *Page { return b.monthPage(mo, root) }})
	}
	for _, mo := range b.communeMonths {
		for _, u := range b.communeList {
			js = append(js, job{rel: urls.MonthBulletin(mo, u), layout: "bulletin.html", make: func() *Page { return b.monthPage(mo, u) }, pos: u.Pos})
		}
	}
	js = append(js, b.reportJobs()...)    // report.go
	return append(js, b.releaseJobs()...) // release.go
}

// listUnits lists the units with phase bulletins: the navigation tree's
// (tree.go), province first, then depth first with children in name
// order, then those that ceased (in units.csv order); and the communes
// of the month of commune bulletins, in the same order in its tree. It
// files every deed under each unit above its team in any period's tree.
func (b *bulletins) listUnits() {
	m := b.m
	var walk func(u *data.Unit)
	walk = func(u *data.Unit) {
		if !hasPhaseBulletin(u) {
			return
		}
		b.phaseUnits = append(b.phaseUnits, u)
		b.kids[u] = m.sortedChildren(u)
		for _, c := range b.kids[u] {
			walk(c)
		}
	}
	walk(m.set.Units.Root)
	if len(b.communeMonths) > 0 {
		mo := b.communeMonths[0]
		var communes func(u *data.Unit)
		communes = func(u *data.Unit) {
			if b.isCommuneOn(mo, u) {
				b.communeList = append(b.communeList, u)
				b.commune[u] = true
			}
			for _, c := range b.kidsOn(mo, u) {
				communes(c)
			}
		}
		communes(m.set.Units.Root)
	}
	if m.seen != nil {
		listed := map[*data.Unit]bool{}
		for _, u := range b.phaseUnits {
			listed[u] = true
		}
		for _, u := range m.set.Units.All {
			if hasPhaseBulletin(u) && !listed[u] {
				b.phaseUnits = append(b.phaseUnits, u)
				b.ceased = append(b.ceased, u)
				b.kids[u] = m.sortedChildren(u)
			}
		}
	}
	for _, d := range m.deeds {
		m.eachAbove(m.set.Units.ByID[d.Unit], func(a *data.Unit) { b.deeds[a] = append(b.deeds[a], d) })
	}
}

// view starts a bulletin about u.
func (b *bulletins) view(kind, rel string, u *data.Unit) *BulletinView {
	m := b.m
	in := m.unitOf(u)
	return &BulletinView{Kind: kind, Unit: Link{URL: in.url, Text: in.name},
		Province: u.Parent == nil, Context: in.context, Teams: in.leaves, Address: m.u.Abs(rel), QR: qrCode(m.u.Abs(rel))}
}

// page wraps a bulletin view in a page, with crumbs through the bulletins
// of the units above (ancestors, root first, whose bulletin rel returns ok).
func (b *bulletins) page(v *BulletinView, rel, title string, ancestors []*data.Unit, up func(*data.Unit) (string, bool)) *Page {
	m := b.m
	pg := m.page("bulletin", rel, title, "ban-tin")
	pg.Bulletin = v
	pg.Description = title + ": kết quả, xếp hạng, việc tốt, in được trên khổ A4."
	pg.Crumbs = []Link{{URL: m.u.Path(urls.Bulletins), Text: "Bản tin"}}
	for _, a := range ancestors {
		if r, ok := up(a); ok {
			pg.Crumbs = append(pg.Crumbs, Link{URL: m.u.Path(r), Text: m.unitName(a)})
		}
	}
	return pg
}

// monthLinks links u's monthly bulletins, newest first, marking current.
func (b *bulletins) monthLinks(u *data.Unit, current calendar.Month) BulletinLinks {
	l := BulletinLinks{Title: "Bản tin tháng"}
	months := b.months
	if u.Parent != nil {
		if !b.commune[u] {
			return l
		}
		months = b.communeMonths
	}
	for i := len(months) - 1; i >= 0; i-- {
		mo := months[i]
		l.Links = append(l.Links, Link{URL: b.m.u.Path(urls.MonthBulletin(mo, u)), Text: mo.VN(), Current: mo == current})
	}
	return l
}

// deedsUnder returns the shown deeds of the teams under u dated from start
// to end, newest first (then in file order).
func (b *bulletins) deedsUnder(u *data.Unit, start, end calendar.Date) []*shownDeed {
	// b.deeds[u] is newest first: the deeds in the window come together.
	all := b.deeds[u]
	lo := sort.Search(len(all), func(i int) bool { return !all[i].Date.After(end) })
	hi := lo + sort.Search(len(all)-lo, func(i int) bool { return all[lo+i].Date.Before(start) })
	return all[lo:hi:hi]
}

// deedRank orders deed kinds in a bulletin: commendations first, then
// recognised models, then good deeds.
var deedRank = map[string]int{"khen-thuong": 0, "bieu-duong": 1, "mo-hinh": 2, "viec-tot": 3}

// deedRankOf is a kind's rank in deedRank; an unknown kind comes last.
func deedRankOf(kind string) int {
	switch kind { // deedRank, without hashing the kind
	case "khen-thuong":
		return 0
	case "bieu-duong":
		return 1
	case "mo-hinh":
		return 2
	case "viec-tot":
		return 3
	}
	return len(deedRank)
}

// topDeeds returns the first n deeds under u by kind (deedRank), keeping
// the order of deeds (newest first) within a kind. A deed's context names
// the units between its team and u only ("Xã Quảng Hòa" in a district's
// bulletin, nothing in a commune's), in the tree parent gives.
func (b *bulletins) topDeeds(deeds []*shownDeed, n int, u *data.Unit, parent func(*data.Unit) *data.Unit) []DeedView {
	// One pass keeps the first n deeds of each rank, in order; the first n
	// of those, rank by rank, are the answer. Past n deeds of the first
	// rank, no later deed can be among them.
	const ranks = 5 // len(deedRank) and the unknown kinds
	if n <= 0 {
		return nil
	}
	var picked [ranks][]*shownDeed
	buf := make([]*shownDeed, ranks*n)
	for r := range picked {
		picked[r] = buf[r*n : r*n : (r+1)*n]
	}
	for _, d := range deeds {
		if r := deedRankOf(d.Kind); len(picked[r]) < n {
			picked[r] = append(picked[r], d)
		} else if r == 0 {
			break
		}
	}
	var out []DeedView
	for _, ds := range picked {
		for _, d := range ds[:min(len(ds), n-len(out))] {
			v := b.m.deedView(d)
			var parts []string
			for p := parent(b.m.set.Units.ByID[d.Unit]); p != nil && p != u && parent(p) != nil; p = parent(p) {
				parts = append(parts, b.m.unitName(p))
			}
			v.Context = strings.Join(parts, ", ")
			out = append(out, v)
		}
	}
	return out
}

// storiesIn returns the stories about u or a unit under it dated from start
// to end, newest first.
func (b *bulletins) storiesIn(u *data.Unit, start, end calendar.Date) []*content.Page {
	var out []*content.Page
	for _, s := range b.m.storiesUnder[u.ID] {
		if !s.Date.Before(start) && !s.Date.After(end) {
			out = append(out, s)
		}
	}
	return out
}

// monthName is "tháng 3/2025", monthLabel "Tháng 3/2025".
func monthName(mo calendar.Month) string { return vn.MonthName(mo) }

func monthLabel(mo calendar.Month) string {
	return "Tháng " + itoa(int(mo.Month)) + "/" + itoa(mo.Year)
}
