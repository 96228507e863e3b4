package site

import (
	"html/template"
	"slices"

	"phongtrao/generator/site/urls"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
)

// UnitView is a unit's page (.Unit): any level, from the province to a team.
type UnitView struct {
	ID       string
	Name     string
	FullName string
	Kind     string
	// Context is where the unit is: "Xã Quảng Hòa, Huyện Đắk Glong".
	Context string
	Leaf    bool
	// Level names the unit's level ("Tổ", "Xã/Phường/Thị trấn", ...), in
	// the last period shown.
	Level string
	// MergedInto is the unit this one became part of on MergedOn
	// (dd/mm/yyyy, data/successions.csv); empty Text when none.
	MergedInto Link
	MergedOn   string
	// Standing is a team's first screen: its score, rank and the criteria
	// it missed with the reasons (standing.go); nil for a larger unit.
	Standing *Standing
	// HonourBoard is the path of the unit's honour board (bảng vàng),
	// empty when it has none (honour.go).
	HonourBoard string
	// Formed lists the units merged into this one, by date: a new unit
	// (with no units of its own in units.csv) is "formed from" them.
	Formed []Formation
	// Cards holds the unit's standing in each started period (phases,
	// then the whole campaign), in the order of the results table's
	// columns; Upcoming the periods not started yet.
	Cards    []Scorecard
	Upcoming []PeriodInfo
	// Criteria are the results table's rows: each criterion and its
	// indicators, with a cell per card.
	Criteria []CriterionRow
	// MaxScore is the highest score; Total the number of indicators.
	MaxScore string
	Total    int
	// Parent names the unit's parent, empty for the root; ParentVaries
	// says the cards' parents differ (the unit moved during the campaign).
	Parent       string
	ParentVaries bool
	// ChildLevel names the children's level (in the last period shown),
	// empty for a team.
	ChildLevel string
	// DeedMonths are the months with deeds, newest first: a team lists its
	// deeds, a larger unit counts them.
	DeedMonths []DeedMonth
	DeedTotal  int
	// LatestDeeds are a larger unit's ten newest deeds.
	LatestDeeds []DeedView
	// Stories are the newest stories (newestStories of them) about the
	// unit or a unit under it, of StoriesTotal.
	Stories      []StoryCard
	StoriesTotal int
	// Chart is a larger unit's share of teams meeting each criterion in
	// ChartPeriod, the current period (charts.go).
	Chart       Chart
	ChartPeriod string
	// MonthChart is the share of teams meeting each criterion month by
	// month (charts.go), with its table hidden on screen.
	MonthChart Chart
}

// ChildRow is one child in a unit's ranking of its children.
type ChildRow struct {
	Rank          int
	Tie           bool
	Name, URL     string
	Leaf          bool
	Score         string
	IndicatorsMet int
	Deeds         int
	AllMetShare   string
	// Missing lists the ids of the criteria a team missed ("4.1, 4.7"),
	// empty when it met them all or for a larger unit.
	Missing string
	// Marks shows, criterion by criterion in criteria.toml's order,
	// whether a team met it: ✓, or ✗ in <b class="no"> (empty for a
	// larger unit). Made of those two marks only (markTexts).
	Marks template.HTML
}

// DeedMonth is one month of deeds.
type DeedMonth struct {
	Month calendar.Month
	Count int
	URL   string
	Deeds []DeedView
}

func (m *model) unitPage(u *data.Unit) *Page {
	in := m.unitOf(u)
	v := &UnitView{ID: u.ID, Name: u.Name, FullName: in.name, Kind: u.Kind, Context: in.context, Leaf: u.IsLeaf()}
	rows := m.scorecards(u, v) // and the levels of u and its children
	m.successions(u, v)
	if m.isLeafOf(u) {
		v.Standing = m.standing(u, v.Cards)
	}
	if m.hasHonourBoard(u) {
		v.HonourBoard = m.u.Path(urls.HonourBoard(u))
	}
	m.unitChart(u, v)
	m.unitDeeds(u, v)
	under := m.storiesUnder[u.ID]
	v.Stories, v.StoriesTotal = m.newestCards(under), len(under)
	page := m.pageAt("unit", in.url, v.FullName, "don-vi")
	page.Unit = v
	page.Description = "Kết quả thi đua, xếp hạng, việc tốt và bài viết của " + v.FullName
	if v.Context != "" {
		page.Description += " (" + v.Context + ")"
	}
	page.Crumbs = m.unitCrumbs(u)
	page.rows = rows
	return page
}

// markTies marks every row whose rank another row shares.
func markTies(n int, rank func(int) int, mark func(int)) {
	for i := 0; i < n; i++ {
		if (i > 0 && rank(i-1) == rank(i)) || (i+1 < n && rank(i+1) == rank(i)) {
			mark(i)
		}
	}
}

// unitDeeds fills a unit's deeds month by month: listed for a team,
// counted for a larger unit, with its ten newest.
func (m *model) unitDeeds(u *data.Unit, v *UnitView) {
	if !u.IsLeaf() {
		m.aggregateDeeds(u, v)
		return
	}
	deeds := m.deedsByLeaf[u.ID]
	v.DeedTotal = len(deeds)
	for _, d := range deeds {
		mo := d.Date.MonthOf()
		if n := len(v.DeedMonths); n == 0 || v.DeedMonths[n-1].Month != mo {
			v.DeedMonths = append(v.DeedMonths, DeedMonth{Month: mo, URL: m.monthURL(mo)})
		}
		dm := &v.DeedMonths[len(v.DeedMonths)-1]
		dm.Count++
		dv := m.deedView(d)
		dv.Unit, dv.Context = Link{}, "" // the page's own team
		dm.Deeds = append(dm.Deeds, dv)
	}
}

// latestDeeds is how many of its newest deeds a larger unit's page lists.
const latestDeeds = 10

// aggregateDeeds fills a larger unit's deed counts by month and its ten
// newest deeds from its summary (summarizeDeeds).
func (m *model) aggregateDeeds(u *data.Unit, v *UnitView) {
	sum := m.unitOf(u).deeds
	if sum == nil {
		sum = m.summarizeDeeds(u, nil)
	}
	v.DeedTotal = sum.total
	for i, n := range sum.counts {
		if n > 0 {
			mo := m.deedMonths[i]
			v.DeedMonths = append(v.DeedMonths, DeedMonth{Month: mo, Count: n, URL: m.monthURL(mo)})
		}
	}
	if len(sum.top) > 0 {
		v.LatestDeeds = make([]DeedView, len(sum.top))
		for i, d := range sum.top {
			v.LatestDeeds[i] = m.deedView(d)
		}
	}
}

// deedSummary is what a larger unit's page shows of the deeds of the
// teams under it: how many, how many in each month (in m.deedMonths
// order) and the ten newest, as sorting them all (newest first, then in
// file order, stable over the teams in tree order) would give.
type deedSummary struct {
	total  int
	counts []int
	top    []*shownDeed
}

// summarizeDeeds returns u's summary, made from its children's, and
// stores the summary of every larger unit under u in set (when not nil).
// The ten newest of all are among the ten newest of each child, in the
// children's order.
func (m *model) summarizeDeeds(u *data.Unit, set func(*data.Unit, *deedSummary)) *deedSummary {
	s := &deedSummary{counts: make([]int, len(m.deedMonths))}
	if m.isLeafOf(u) {
		s.addLeaf(m, u)
		return s
	}
	for _, c := range m.childrenOf(u) {
		if m.isLeafOf(c) {
			s.addLeaf(m, c)
			continue
		}
		cs := m.summarizeDeeds(c, set)
		s.total += cs.total
		for i, n := range cs.counts {
			s.counts[i] += n
		}
		s.top = insertNewest(s.top, cs.top)
	}
	if set != nil {
		set(u, s)
	}
	return s
}

// newestStories is how many stories a unit's or a criterion's page shows,
// the newest, with a link to the list of all stories when there are more.
const newestStories = 12

// newestCards returns the cards of the first newestStories of stories,
// which are sorted newest first; nil for none.
func (m *model) newestCards(stories []*content.Page) []StoryCard {
	if len(stories) == 0 {
		return nil
	}
	cards := make([]StoryCard, 0, min(len(stories), newestStories))
	for _, s := range stories[:min(len(stories), newestStories)] {
		cards = append(cards, m.storyCard(s))
	}
	return cards
}

// eachLeaf calls f for every leaf under u in the navigation tree
// (tree.go), in units.csv order.
func (m *model) eachLeaf(u *data.Unit, f func(*data.Unit)) {
	if m.isLeafOf(u) {
		f(u)
		return
	}
	for _, c := range m.childrenOf(u) {
		m.eachLeaf(c, f)
	}
}

// addLeaf adds the deeds of team l.
func (s *deedSummary) addLeaf(m *model, l *data.Unit) {
	deeds := m.deedsByLeaf[l.ID]
	s.total += len(deeds)
	for _, d := range deeds {
		s.counts[m.deedMonthIdx[d.Date.MonthOf()]]++
	}
	s.top = insertNewest(s.top, deeds)
}

// deedBefore orders deeds newest first, then by place in the files.
func deedBefore(a, b *shownDeed) bool {
	if c := a.Date.Compare(b.Date); c != 0 {
		return c > 0
	}
	return a.Pos.Less(b.Pos)
}

// insertNewest merges deeds (ordered by deedBefore) into top, the newest
// deeds seen so far, keeping at most latestDeeds. A deed goes after every
// one that does not come after it, as a stable sort of all the deeds
// seen in turn would place it.
func insertNewest(top, deeds []*shownDeed) []*shownDeed {
	for _, d := range deeds {
		at := len(top)
		for at > 0 && deedBefore(d, top[at-1]) {
			at--
		}
		if at == latestDeeds {
			// Later deeds of the list come no earlier than d.
			return top
		}
		if len(top) < latestDeeds {
			top = append(top, nil)
		}
		copy(top[at+1:], top[at:len(top)-1])
		top[at] = d
	}
	return top
}

// Formation is the units merged into a unit on one day.
type Formation struct {
	On    string // dd/mm/yyyy
	Units []Link
	// New marks a unit formed from them (it has no unit of its own in
	// units.csv), not one that took them in.
	New bool
}

// successions fills where u went and what went into it (data/successions.csv).
func (m *model) successions(u *data.Unit, v *UnitView) {
	if s, ok := m.set.Successor(u.ID); ok {
		if to := m.set.Units.ByID[s.To]; to != nil {
			v.MergedInto, v.MergedOn = m.unitLink(to), s.Date.VN()
		}
	}
	for _, s := range m.set.Predecessors(u.ID) {
		from := m.set.Units.ByID[s.From]
		if from == nil {
			continue
		}
		on := s.Date.VN()
		i := slices.IndexFunc(v.Formed, func(f Formation) bool { return f.On == on })
		if i < 0 {
			i = len(v.Formed)
			v.Formed = append(v.Formed, Formation{On: on, New: len(u.Children) == 0 && u.Parent != nil})
		}
		v.Formed[i].Units = append(v.Formed[i].Units, m.unitLink(from))
	}
}
