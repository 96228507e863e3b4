package site

import (
	"sync"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
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
	// Level names the unit's level ("Tổ", "Xã/Phường/Thị trấn", ...).
	Level string
	// Cards holds one scorecard per started period (phases, then the whole
	// campaign); Upcoming the periods not started yet.
	Cards    []Scorecard
	Upcoming []PeriodInfo
	// ChildLevel names the children's level, empty for a team.
	ChildLevel string
	// DeedMonths are the months with deeds, newest first: a team lists its
	// deeds, a larger unit counts them.
	DeedMonths []DeedMonth
	DeedTotal  int
	// LatestDeeds are a larger unit's ten newest deeds.
	LatestDeeds []DeedView
	// Stories are the twelve newest stories about the unit or a unit under
	// it, of StoriesTotal.
	Stories      []StoryCard
	StoriesTotal int
}

// Scorecard is a unit's results in one period.
type Scorecard struct {
	Period PeriodInfo
	// Current marks the period shown first on the site.
	Current bool
	// Score is the unit's score (a larger unit: the mean of its teams'), of MaxScore.
	Score, MaxScore string
	// Rank among siblings (Rank of RankOf in Parent) and in the level.
	Rank, RankOf         int
	Parent               string
	LevelRank, LevelOf   int
	Level                string
	BoardURL             string
	IndicatorsMet, Total int
	Deeds                int
	// AllMet teams of Leaves meet every criterion (AllMetShare as a percentage).
	AllMet, Leaves int
	AllMetShare    string
	Criteria       []CriterionRow
	Children       []ChildRow
	// Bulletin is the unit's printable bulletin for the period (empty for a team).
	Bulletin string
}

// CriterionRow is one criterion of a scorecard.
type CriterionRow struct {
	ID, Short, Title, URL string
	// Status is met or not met for a team, nil for a larger unit.
	Status *Status
	// MetLeaves of Leaves teams meet it; Share is that as a percentage.
	MetLeaves, Leaves int
	Share             string
	Indicators        []IndicatorRow
}

// IndicatorRow is one indicator of a scorecard.
type IndicatorRow struct {
	Label, Target, Value, Detail string
	// Status is a team's status (met, not met, none, no data); nil for a
	// larger unit, which shows MetLeaves of Leaves instead.
	Status            *Status
	MetLeaves, Leaves int
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
	if lv := m.levelFor(u); lv != nil {
		v.Level = lv.Label
	}
	if !u.IsLeaf() {
		if lv := m.levelFor(u.Children[0]); lv != nil {
			v.ChildLevel = lv.Label
		}
	}
	started := 0
	for _, p := range m.res.Periods {
		if p.Started() {
			started++
		}
	}
	rows := m.newCardRows(started)
	if started > 0 {
		v.Cards = rows.cards[:0:started]
	}
	for _, p := range m.res.Periods {
		if !p.Started() {
			v.Upcoming = append(v.Upcoming, periodInfo(p))
			continue
		}
		crits, inds := rows.next(len(m.set.Criteria), len(m.res.Indicators))
		v.Cards = append(v.Cards, m.scorecard(u, p, crits, inds, rows))
	}
	m.unitDeeds(u, v)
	under := m.storiesUnder[u.ID]
	v.StoriesTotal = len(under)
	if len(under) > 0 {
		v.Stories = make([]StoryCard, 0, min(len(under), 12))
		for _, s := range under[:min(len(under), 12)] {
			v.Stories = append(v.Stories, m.storyCard(s))
		}
	}
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

// cardRows holds a unit page's scorecards and their criterion, indicator
// and child rows: the bulk of its data, taken from pool and handed back
// once the page is rendered (Page.release), as every unit page needs the
// same.
type cardRows struct {
	pool     *sync.Pool
	cards    []Scorecard
	crits    []CriterionRow
	inds     []IndicatorRow
	kids     []ChildRow // grown as pages need, see children
	nextCrit int
	nextInd  int
	nextKid  int
}

// newCardRows returns rows for cards scorecards, every row to be filled.
func (m *model) newCardRows(cards int) *cardRows {
	nc, ni := len(m.set.Criteria), len(m.res.Indicators)
	r, _ := m.cardPool.Get().(*cardRows)
	if r == nil || len(r.cards) < cards || len(r.crits) < cards*nc || len(r.inds) < cards*ni {
		var kids []ChildRow
		if r != nil {
			kids = r.kids
		}
		r = &cardRows{pool: &m.cardPool, cards: make([]Scorecard, cards), crits: make([]CriterionRow, cards*nc),
			inds: make([]IndicatorRow, cards*ni), kids: kids}
	}
	r.nextCrit, r.nextInd, r.nextKid = 0, 0, 0
	return r
}

// children hands out n child rows, to be filled, for one scorecard.
func (r *cardRows) children(n int) []ChildRow {
	if r.nextKid+n > len(r.kids) {
		// Rows handed out before stay in the old array.
		r.kids, r.nextKid = make([]ChildRow, max(n, 2*len(r.kids))), 0
	}
	k := r.kids[r.nextKid : r.nextKid+n : r.nextKid+n]
	r.nextKid += n
	return k
}

// next hands out the rows of one scorecard.
func (r *cardRows) next(crits, inds int) ([]CriterionRow, []IndicatorRow) {
	c := r.crits[r.nextCrit : r.nextCrit+crits : r.nextCrit+crits]
	i := r.inds[r.nextInd : r.nextInd+inds : r.nextInd+inds]
	r.nextCrit, r.nextInd = r.nextCrit+crits, r.nextInd+inds
	return c, i
}

// put hands the rows back for another page.
func (r *cardRows) put() { r.pool.Put(r) }

func (m *model) scorecard(u *data.Unit, p *results.Period, crits []CriterionRow, inds []IndicatorRow, rows *cardRows) Scorecard {
	r := p.Of(u)
	c := Scorecard{Period: periodInfo(p), Current: p == m.current, Score: m.nums.score(r.Score), MaxScore: m.maxScoreTxt,
		IndicatorsMet: r.IndicatorsMet, Total: len(m.res.Indicators), Deeds: r.Deeds, AllMet: r.AllMet, Leaves: r.Leaves}
	if r.AllMetShare != nil {
		c.AllMetShare = m.nums.share(r.AllMetShare)
	}
	if u.Parent != nil {
		c.Rank, c.Parent = r.Rank.Siblings, m.unitName(u.Parent)
		for _, s := range p.Children(u.Parent) {
			if s.Leaf == r.Leaf {
				c.RankOf++
			}
		}
		c.LevelRank, c.LevelOf = r.Rank.Level, len(p.Level(u.Depth, r.Leaf))
		if lv := m.levelFor(u); lv != nil {
			c.Level, c.BoardURL = lv.Label, m.boardURL(p, lv)
		}
	}
	c.Criteria = m.criterionRows(r, crits, inds)
	c.Children = m.childRows(p, u, rows)
	if hasPhaseBulletin(u) {
		c.Bulletin = m.u.path(bulletinRel(p.ID, u))
	}
	return c
}

func (m *model) maxScore() string {
	var sum decimal.D
	for _, c := range m.set.Criteria {
		sum += c.Points
	}
	return vn.FormatD(sum, 2)
}

// criterionRows fills rows (one per criterion) and inds (one per
// indicator), whose parts become the criteria's indicator rows.
func (m *model) criterionRows(r *results.UnitResult, rows []CriterionRow, inds []IndicatorRow) []CriterionRow {
	for i, c := range m.set.Criteria {
		cr := r.Criteria[i]
		row := CriterionRow{ID: c.ID, Short: c.Short, Title: c.Title, URL: m.critURLs[i],
			MetLeaves: cr.MetLeaves, Leaves: cr.Leaves}
		if r.Leaf {
			row.Status = statusNotMet
			if cr.Met {
				row.Status = statusMet
			}
		} else {
			row.Share = m.nums.share(cr.Share)
		}
		if lo, hi := m.critInds[i], m.critInds[i+1]; hi > lo {
			row.Indicators = inds[lo:hi:hi]
		}
		rows[i] = row
	}
	for k, ref := range m.res.Indicators {
		ir := &r.Indicators[k]
		val, detail := m.valueText(ref.Indicator, ir)
		target := m.targetTexts[k]
		if ir.Target != ref.Indicator.Target { // a target set for this unit's district
			target = targetText(ref.Indicator, ir.Target)
		}
		inds[m.indSlot[k]] = IndicatorRow{Label: ref.Indicator.Label, Target: target, Value: val, Detail: detail,
			Status: statusOf(string(ir.Status)), MetLeaves: ir.MetLeaves, Leaves: ir.Leaves}
	}
	return rows
}

// childRows fills the rows of u's children in p, from pool.
func (m *model) childRows(p *results.Period, u *data.Unit, pool *cardRows) []ChildRow {
	kids := p.Children(u)
	if len(kids) == 0 {
		return []ChildRow{} // as before the pool: empty, not nil
	}
	rows := pool.children(len(kids))
	for i, k := range kids {
		in := m.unitOf(k.Unit)
		rows[i] = ChildRow{Rank: k.Rank.Siblings, Name: in.name, URL: in.url,
			Leaf: k.Leaf, Score: m.nums.score(k.Score), IndicatorsMet: k.IndicatorsMet, Deeds: k.Deeds}
		if k.AllMetShare != nil {
			rows[i].AllMetShare = m.nums.share(k.AllMetShare)
		}
	}
	markTies(len(rows), func(i int) int { return rows[i].Rank }, func(i int) { rows[i].Tie = true })
	return rows
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
		dm.Deeds = append(dm.Deeds, m.deedView(d))
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
	if u.IsLeaf() {
		s.addLeaf(m, u)
		return s
	}
	for _, c := range u.Children {
		if c.IsLeaf() {
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

// eachLeaf calls f for every leaf under u in tree order (as u.Leaves()).
func (m *model) eachLeaf(u *data.Unit, f func(*data.Unit)) {
	if u.IsLeaf() {
		f(u)
		return
	}
	for _, c := range u.Children {
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
