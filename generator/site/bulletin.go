package site

import (
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/results"
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
	// Kind is "phase", "month" or "index".
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
	// Address is the bulletin's absolute URL, printed in its footer.
	Address string
	Phase   *PhaseBulletin
	Month   *MonthBulletin
	Index   *BulletinIndex
	// Others links the unit's other bulletins and those of the units under
	// it, for the screen only (hidden when printed).
	Others []BulletinLinks
}

// BulletinLinks is a titled group of links to bulletins.
type BulletinLinks struct {
	Title string
	Links []Link
}

// PhaseBulletin is what a phase bulletin shows.
type PhaseBulletin struct {
	// Score is the unit's score (the mean of its teams') of MaxScore.
	Score, MaxScore string
	// Rank among siblings (of RankOf in Parent) and in the level (of
	// LevelOf), as the unit page and the leaderboards show them; the Tie
	// fields say another unit shares the rank. Zero for the province.
	Rank, RankOf       int
	RankTie            bool
	Parent             string
	LevelRank, LevelOf int
	LevelTie           bool
	Level              string
	// AllMet teams meet every criterion (AllMetShare of Teams).
	AllMet      int
	AllMetShare string
	Deeds       int
	Criteria    []BulletinCriterion
	// CriteriaTotal is the number of criteria.
	CriteriaTotal int
	// ChildLevel names the children's level; ChildLeaf says they are teams.
	ChildLevel string
	ChildLeaf  bool
	Children   []BulletinChild
	// TopDeeds are the period's commendations first, then models and good
	// deeds, newest first, of DeedTotal.
	TopDeeds  []DeedView
	DeedTotal int
	// Stories are the period's newest stories, of StoriesTotal.
	Stories      []StoryCard
	StoriesTotal int
}

// BulletinCriterion is one criterion's progress: Met of Leaves teams.
type BulletinCriterion struct {
	ID, Short   string
	Met, Leaves int
	Share       string
}

// BulletinChild is one unit in a bulletin's ranking of the units under it.
type BulletinChild struct {
	Rank  int
	Tie   bool
	Name  string
	URL   string
	Score string
	// CriteriaMet and Missing (the ids of criteria not met) are a team's.
	CriteriaMet int
	Missing     string
	// AllMet of Leaves teams meet every criterion (a larger unit).
	AllMet, Leaves int
	AllMetShare    string
	Deeds          int
}

// bulletinsRel is the index of bulletins.
const bulletinsRel = "ban-tin/"

// Sizes of a bulletin's lists, so that it stays on one or two A4 pages.
const (
	bulletinDeeds   = 8
	bulletinStories = 5
)

// bulletinRel is the phase bulletin of unit u (the province when u is the root).
func bulletinRel(period string, u *data.Unit) string {
	if u.Parent == nil {
		return bulletinsRel + period + "/"
	}
	return bulletinsRel + period + "/" + u.ID + "/"
}

// monthBulletinRel is the monthly bulletin of unit u (the province when u is the root).
func monthBulletinRel(mo calendar.Month, u *data.Unit) string {
	if u.Parent == nil {
		return bulletinsRel + "thang/" + mo.String() + "/"
	}
	return bulletinsRel + "thang/" + mo.String() + "/" + u.ID + "/"
}

// hasPhaseBulletin reports whether u has phase bulletins: the province and
// every unit above the teams.
func hasPhaseBulletin(u *data.Unit) bool { return !u.IsLeaf() }

// isCommune reports whether u is directly above teams: it has monthly bulletins.
func isCommune(u *data.Unit) bool {
	if u.Parent == nil {
		return false
	}
	for _, c := range u.Children {
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
	reports       map[reportKey]*data.Report
	// phaseUnits have phase bulletins, communeList monthly ones (see
	// listUnits).
	phaseUnits, communeList []*data.Unit
	// kids are the children of every unit with bulletins, in name order.
	kids map[*data.Unit][]*data.Unit
	// deeds are the shown deeds under every unit with bulletins, newest first.
	deeds map[*data.Unit][]*data.Deed
	// all is the whole-campaign period, for the targets a team is measured against.
	all *results.Period
}

type reportKey struct {
	unit  string
	month calendar.Month
}

func (m *model) newBulletins() *bulletins {
	b := &bulletins{m: m, reports: map[reportKey]*data.Report{}, all: m.res.Period("all"),
		kids: map[*data.Unit][]*data.Unit{}, deeds: map[*data.Unit][]*data.Deed{}}
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
	b.listUnits()
	for i := range m.set.Reports {
		r := &m.set.Reports[i]
		b.reports[reportKey{r.Unit, r.Month}] = r
	}
	return b
}

// bulletinJobs lists the index, the phase bulletins, then the monthly ones.
func (m *model) bulletinJobs() []job {
	b := m.newBulletins()
	js := []job{{rel: bulletinsRel, layout: "bulletins.html", make: b.indexPage}}
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		for _, u := range b.phaseUnits {
			js = append(js, job{rel: bulletinRel(p.ID, u), layout: "bulletin.html", make: func() *Page { return b.phasePage(p, u) }})
		}
	}
	root := m.set.Units.Root
	for _, mo := range b.months {
		js = append(js, job{rel: monthBulletinRel(mo, root), layout: "bulletin.html", make: func() *Page { return b.monthPage(mo, root) }})
	}
	for _, mo := range b.communeMonths {
		for _, u := range b.communeList {
			js = append(js, job{rel: monthBulletinRel(mo, u), layout: "bulletin.html", make: func() *Page { return b.monthPage(mo, u) }})
		}
	}
	return js
}

// listUnits lists the units with phase bulletins, province first, then
// depth first with children in name order; and among them the communes.
func (b *bulletins) listUnits() {
	var walk func(u *data.Unit)
	walk = func(u *data.Unit) {
		if !hasPhaseBulletin(u) {
			return
		}
		b.phaseUnits = append(b.phaseUnits, u)
		if isCommune(u) {
			b.communeList = append(b.communeList, u)
		}
		b.kids[u] = b.m.sortedChildren(u)
		for _, c := range b.kids[u] {
			walk(c)
		}
	}
	walk(b.m.set.Units.Root)
	for _, d := range b.m.deeds {
		for a := b.m.set.Units.ByID[d.Unit].Parent; a != nil; a = a.Parent {
			b.deeds[a] = append(b.deeds[a], d)
		}
	}
}

// view starts a bulletin about u.
func (b *bulletins) view(kind, rel string, u *data.Unit) *BulletinView {
	m := b.m
	return &BulletinView{Kind: kind, Unit: Link{URL: m.u.path(unitRel(u.ID)), Text: fullName(u)},
		Province: u.Parent == nil, Context: context(u), Teams: len(u.Leaves()), Address: m.u.abs(rel)}
}

// page wraps a bulletin view in a page, with crumbs through the bulletins
// of the units above (ancestors whose bulletin rel returns ok).
func (b *bulletins) page(v *BulletinView, rel, title string, u *data.Unit, up func(*data.Unit) (string, bool)) *Page {
	m := b.m
	pg := m.page("bulletin", rel, title, "ban-tin")
	pg.Bulletin = v
	pg.Description = title + ": kết quả, xếp hạng, việc tốt, in được trên khổ A4."
	pg.Crumbs = []Link{{URL: m.u.path(bulletinsRel), Text: "Bản tin"}}
	for _, a := range u.Ancestors() {
		if r, ok := up(a); ok {
			pg.Crumbs = append(pg.Crumbs, Link{URL: m.u.path(r), Text: fullName(a)})
		}
	}
	return pg
}

func (b *bulletins) phasePage(p *results.Period, u *data.Unit) *Page {
	rel := bulletinRel(p.ID, u)
	v := b.view("phase", rel, u)
	v.Label, v.Title, v.Start, v.End, v.Until, v.Status = p.Name, p.Title, p.Start, p.End, p.WindowEnd, string(p.Status)
	if p.Phase == nil {
		v.Title = ""
	}
	v.Phase = b.phase(p, u)
	v.Others = b.phaseOthers(p, u)
	title := "Bản tin " + p.Name + " – " + fullName(u)
	return b.page(v, rel, title, u, func(a *data.Unit) (string, bool) { return bulletinRel(p.ID, a), true })
}

// phase fills the phase bulletin of u in p from the results.
func (b *bulletins) phase(p *results.Period, u *data.Unit) *PhaseBulletin {
	m := b.m
	r := p.Of(u)
	v := &PhaseBulletin{Score: ratText(r.Score), MaxScore: m.maxScore(), AllMet: r.AllMet, Deeds: r.Deeds,
		AllMetShare: ratPercent(r.AllMetShare), CriteriaTotal: len(m.set.Criteria)}
	if u.Parent != nil {
		b.rank(p, u, r, v)
	}
	for ci, c := range m.set.Criteria {
		cr := r.Criteria[ci]
		v.Criteria = append(v.Criteria, BulletinCriterion{ID: c.ID, Short: c.Short, Met: cr.MetLeaves, Leaves: cr.Leaves, Share: ratPercent(cr.Share)})
	}
	if lv := m.levelFor(u.Children[0]); lv != nil {
		v.ChildLevel, v.ChildLeaf = lv.Label, lv.Leaf
	}
	v.Children = b.children(p, u)
	deeds := b.deedsUnder(u, p.Start, p.WindowEnd)
	v.DeedTotal, v.TopDeeds = len(deeds), b.topDeeds(deeds, bulletinDeeds, u)
	stories := b.storiesIn(u, p.Start, p.WindowEnd)
	v.StoriesTotal = len(stories)
	for i := 0; i < len(stories) && i < bulletinStories; i++ {
		v.Stories = append(v.Stories, m.storyCard(stories[i]))
	}
	return v
}

// rank fills u's rank among its siblings and in its level, with ties.
func (b *bulletins) rank(p *results.Period, u *data.Unit, r *results.UnitResult, v *PhaseBulletin) {
	m := b.m
	v.Rank, v.Parent = r.Rank.Siblings, fullName(u.Parent)
	for _, s := range p.Children(u.Parent) {
		if s.Leaf == r.Leaf {
			v.RankOf++
			v.RankTie = v.RankTie || (s != r && s.Rank.Siblings == r.Rank.Siblings)
		}
	}
	level := p.Level(u.Depth, r.Leaf)
	v.LevelRank, v.LevelOf = r.Rank.Level, len(level)
	for _, s := range level {
		v.LevelTie = v.LevelTie || (s != r && s.Rank.Level == r.Rank.Level)
	}
	if lv := m.levelFor(u); lv != nil {
		v.Level = lv.Label
	}
}

// children ranks the units under u as its unit page does; a larger unit
// links its own bulletin, a team its page.
func (b *bulletins) children(p *results.Period, u *data.Unit) []BulletinChild {
	m := b.m
	kids := p.Children(u)
	rows := make([]BulletinChild, len(kids))
	for i, k := range kids {
		row := BulletinChild{Rank: k.Rank.Siblings, Name: fullName(k.Unit), Score: ratText(k.Score),
			AllMet: k.AllMet, Leaves: k.Leaves, Deeds: k.Deeds}
		if k.Leaf {
			row.URL = m.u.path(unitRel(k.Unit.ID))
			var missing []string
			for ci, c := range m.set.Criteria {
				if k.Criteria[ci].Met {
					row.CriteriaMet++
				} else {
					missing = append(missing, c.ID)
				}
			}
			row.Missing = strings.Join(missing, ", ")
		} else {
			row.URL = m.u.path(bulletinRel(p.ID, k.Unit))
			row.AllMetShare = ratPercent(k.AllMetShare)
		}
		rows[i] = row
	}
	markTies(len(rows), func(i int) int { return rows[i].Rank }, func(i int) { rows[i].Tie = true })
	return rows
}

// phaseOthers links u's bulletins in the other periods, its monthly
// bulletins, and the bulletins of the units under it in p.
func (b *bulletins) phaseOthers(p *results.Period, u *data.Unit) []BulletinLinks {
	m := b.m
	var out []BulletinLinks
	periods := BulletinLinks{Title: "Các đợt"}
	for _, q := range m.res.Periods {
		if q.Started() {
			periods.Links = append(periods.Links, Link{URL: m.u.path(bulletinRel(q.ID, u)), Text: q.Name, Current: q == p})
		}
	}
	out = append(out, periods)
	if months := b.monthLinks(u, calendar.Month{}); len(months.Links) > 0 {
		out = append(out, months)
	}
	under := BulletinLinks{Title: "Bản tin " + p.Name + " của các đơn vị trực thuộc"}
	for _, c := range b.kids[u] {
		if hasPhaseBulletin(c) {
			under.Links = append(under.Links, Link{URL: m.u.path(bulletinRel(p.ID, c)), Text: fullName(c)})
		}
	}
	if len(under.Links) > 0 {
		out = append(out, under)
	}
	return out
}

// monthLinks links u's monthly bulletins, newest first, marking current.
func (b *bulletins) monthLinks(u *data.Unit, current calendar.Month) BulletinLinks {
	l := BulletinLinks{Title: "Bản tin tháng"}
	months := b.months
	if u.Parent != nil {
		if !isCommune(u) {
			return l
		}
		months = b.communeMonths
	}
	for i := len(months) - 1; i >= 0; i-- {
		mo := months[i]
		l.Links = append(l.Links, Link{URL: b.m.u.path(monthBulletinRel(mo, u)), Text: mo.VN(), Current: mo == current})
	}
	return l
}

// deedsUnder returns the shown deeds of the teams under u dated from start
// to end, newest first (then in file order).
func (b *bulletins) deedsUnder(u *data.Unit, start, end calendar.Date) []*data.Deed {
	var out []*data.Deed
	for _, d := range b.deeds[u] {
		if !d.Date.Before(start) && !d.Date.After(end) {
			out = append(out, d)
		}
	}
	return out
}

// deedRank orders deed kinds in a bulletin: commendations first, then
// recognised models, then good deeds.
var deedRank = map[string]int{"khen-thuong": 0, "bieu-duong": 1, "mo-hinh": 2, "viec-tot": 3}

// deedRankOf is a kind's rank in deedRank; an unknown kind comes last.
func deedRankOf(kind string) int {
	if r, ok := deedRank[kind]; ok {
		return r
	}
	return len(deedRank)
}

// topDeeds returns the first n deeds under u by kind (deedRank), keeping
// the order of deeds (newest first) within a kind. A deed's context names
// the units between its team and u only ("Xã Quảng Hòa" in a district's
// bulletin, nothing in a commune's).
func (b *bulletins) topDeeds(deeds []*data.Deed, n int, u *data.Unit) []DeedView {
	var out []DeedView
	for rank := 0; rank <= len(deedRank) && len(out) < n; rank++ {
		for _, d := range deeds {
			if len(out) == n {
				break
			}
			if deedRankOf(d.Kind) != rank {
				continue
			}
			v := b.m.deedView(d)
			var parts []string
			for p := b.m.set.Units.ByID[d.Unit].Parent; p != nil && p != u && p.Parent != nil; p = p.Parent {
				parts = append(parts, fullName(p))
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
