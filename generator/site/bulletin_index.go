package site

import (
	"sort"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
)

// BulletinIndex is the index of bulletins (/ban-tin/).
type BulletinIndex struct {
	// Phases are the province's phase bulletins, Months its monthly ones,
	// newest first.
	Phases, Months []BulletinEntry
	// Upcoming are the periods not started yet (no bulletin).
	Upcoming []PeriodInfo
	// Groups list, for each unit under the province, its phase bulletins
	// and those of the units under it.
	Groups []BulletinGroup
	// CommuneMonth names the month whose commune bulletins exist (the
	// latest month that has ended), empty when none; Groups link them.
	CommuneMonth string
}

// BulletinEntry is one of the province's bulletins.
type BulletinEntry struct {
	URL, Text  string
	Start, End calendar.Date
	Status     string
}

// BulletinGroup is a unit under the province and the units under it:
// Count units with bulletins, listed in Rows, or on the page at URL
// instead (Rows then empty).
type BulletinGroup struct {
	Name  string
	Count int
	Rows  []BulletinRow
	URL   string
}

// BulletinUnitsInline is the most units with bulletins the index lists
// itself. A country has about 3,400 (provinces and communes), each with a
// link per period and month: listed on one page, they weighed 1 MB. Above
// it, the index links to a page per unit under the root (a province, in a
// country) listing its bulletins and those of the units under it. A
// province (Đắk Nông: 80 units above the teams) stays under it.
var BulletinUnitsInline = 1000

// splitIndex reports whether the index links to a page per unit under the
// root instead of listing every unit's bulletins.
func (b *bulletins) splitIndex() bool { return len(b.phaseUnits) > BulletinUnitsInline }

// BulletinRow is one unit's phase bulletins, one link per started period.
type BulletinRow struct {
	Name  string
	Links []Link
}

func (b *bulletins) indexPage() *Page {
	m := b.m
	v := &BulletinView{Kind: "index", Index: b.index(), Address: m.u.Abs(urls.Bulletins)}
	pg := m.page("bulletins", urls.Bulletins, "Bản tin", "ban-tin")
	pg.Description = "Bản tin từng đợt và từng tháng của các cấp, in được trên khổ A4 để dán ở nhà văn hóa thôn."
	pg.Bulletin = v
	return pg
}

func (b *bulletins) index() *BulletinIndex {
	m := b.m
	root := m.set.Units.Root
	x := &BulletinIndex{}
	if len(b.communeMonths) > 0 && len(b.communeList) > 0 {
		x.CommuneMonth = monthName(b.communeMonths[0])
	}
	natural := b.started()
	for _, p := range m.res.Periods {
		if !p.Started() {
			x.Upcoming = append(x.Upcoming, periodInfo(p))
		}
	}
	started := append([]*results.Period(nil), natural...)
	// Newest first: the latest last counted day, then the latest start.
	sort.SliceStable(started, func(i, j int) bool {
		if c := started[i].WindowEnd.Compare(started[j].WindowEnd); c != 0 {
			return c > 0
		}
		return started[i].Start.After(started[j].Start)
	})
	for _, p := range started {
		if !hasPhaseBulletin(root) {
			break // a site of one team: no phase bulletin
		}
		x.Phases = append(x.Phases, BulletinEntry{URL: m.u.Path(urls.Bulletin(p.ID, root)), Text: p.Name,
			Start: p.Start, End: p.End, Status: string(p.Status)})
	}
	for i := len(b.months) - 1; i >= 0; i-- {
		mo := b.months[i]
		start, end := b.monthWindow(mo)
		st := "done"
		if m.res.AsOf.Before(end) {
			st = "running"
		}
		x.Months = append(x.Months, BulletinEntry{URL: m.u.Path(urls.MonthBulletin(mo, root)), Text: monthName(mo),
			Start: start, End: end, Status: st})
	}
	x.Groups = b.unitGroups(natural)
	return x
}

// started returns the started periods in their natural order: phases, then
// the whole campaign.
func (b *bulletins) started() []*results.Period {
	var out []*results.Period
	for _, p := range b.m.res.Periods {
		if p.Started() {
			out = append(out, p)
		}
	}
	return out
}

// unitGroups lists, for each unit under the province, the phase bulletins of
// that unit and the units under it, and the communes' monthly bulletins; or,
// when they are too many (splitIndex), how many units and a link to the
// page of each group.
func (b *bulletins) unitGroups(periods []*results.Period) []BulletinGroup {
	var out []BulletinGroup
	split := b.splitIndex()
	for _, c := range b.kids[b.m.set.Units.Root] {
		if !hasPhaseBulletin(c) {
			continue
		}
		if split {
			n := 0
			for _, u := range b.phaseUnits {
				if u == c || b.m.isUnder(u, c) {
					n++
				}
			}
			out = append(out, BulletinGroup{Name: b.m.unitName(c), Count: n, URL: b.m.u.Path(urls.BulletinGroup(c))})
			continue
		}
		out = append(out, b.group(c, periods))
	}
	if len(b.ceased) > 0 {
		g := BulletinGroup{Name: "Đơn vị đã sáp nhập"}
		for _, u := range b.ceased {
			g.Rows = append(g.Rows, b.row(u, periods))
		}
		g.Count = len(g.Rows)
		out = append(out, g)
	}
	return out
}

// group lists the bulletins of c, a unit under the province, and of the
// units under it.
func (b *bulletins) group(c *data.Unit, periods []*results.Period) BulletinGroup {
	g := BulletinGroup{Name: b.m.unitName(c)}
	for _, u := range b.phaseUnits {
		if u != c && !b.m.isUnder(u, c) {
			continue
		}
		g.Rows = append(g.Rows, b.row(u, periods))
	}
	g.Count = len(g.Rows)
	return g
}

// row links u's bulletins: of each of periods it lives through, and of
// the month of commune bulletins when it is a commune then.
func (b *bulletins) row(u *data.Unit, periods []*results.Period) BulletinRow {
	row := BulletinRow{Name: b.m.unitName(u), Links: b.periodLinks(periods, u)}
	if b.commune[u] {
		for _, mo := range b.communeMonths {
			row.Links = append(row.Links, Link{URL: b.m.u.Path(urls.MonthBulletin(mo, u)), Text: monthLabel(mo)})
		}
	}
	return row
}

// groupPage is the page of the bulletins of c, a unit under the province,
// and of the units under it, when the index links to it (splitIndex).
func (b *bulletins) groupPage(c *data.Unit) *Page {
	m := b.m
	rel := urls.BulletinGroup(c)
	g := b.group(c, b.started())
	v := b.view("group", rel, c)
	v.Group = &g
	pg := m.page("bulletins", rel, "Bản tin của "+m.unitName(c), "ban-tin")
	pg.Description = "Bản tin từng đợt và từng tháng của " + m.unitName(c) + " và các đơn vị trực thuộc, in được trên khổ A4."
	pg.Crumbs = []Link{{URL: m.u.Path(urls.Bulletins), Text: "Bản tin"}}
	pg.Bulletin = v
	return pg
}

// periodLinks links u's phase bulletin in each period.
func (b *bulletins) periodLinks(periods []*results.Period, u *data.Unit) []Link {
	var out []Link
	for _, p := range periods {
		if hasPhaseIn(p, u) {
			out = append(out, Link{URL: b.m.u.Path(urls.Bulletin(p.ID, u)), Text: p.Name})
		}
	}
	return out
}
