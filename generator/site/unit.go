package site

import (
	"sort"

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
	v := &UnitView{ID: u.ID, Name: u.Name, FullName: fullName(u), Kind: u.Kind, Context: context(u), Leaf: u.IsLeaf()}
	if lv := m.levelFor(u); lv != nil {
		v.Level = lv.Label
	}
	if !u.IsLeaf() {
		if lv := m.levelFor(u.Children[0]); lv != nil {
			v.ChildLevel = lv.Label
		}
	}
	for _, p := range m.res.Periods {
		if !p.Started() {
			v.Upcoming = append(v.Upcoming, periodInfo(p))
			continue
		}
		v.Cards = append(v.Cards, m.scorecard(u, p))
	}
	m.unitDeeds(u, v)
	v.StoriesTotal = len(m.storiesUnder[u.ID])
	for i, s := range m.storiesUnder[u.ID] {
		if i == 12 {
			break
		}
		v.Stories = append(v.Stories, m.storyCard(s))
	}
	page := m.page("unit", unitRel(u.ID), v.FullName, "don-vi")
	page.Unit = v
	page.Description = "Kết quả thi đua, xếp hạng, việc tốt và bài viết của " + v.FullName
	if v.Context != "" {
		page.Description += " (" + v.Context + ")"
	}
	for _, a := range u.Ancestors() {
		page.Crumbs = append(page.Crumbs, Link{URL: m.u.path(unitRel(a.ID)), Text: fullName(a)})
	}
	return page
}

func (m *model) scorecard(u *data.Unit, p *results.Period) Scorecard {
	r := p.Of(u)
	c := Scorecard{Period: periodInfo(p), Current: p == m.current, Score: ratText(r.Score), MaxScore: m.maxScoreTxt,
		IndicatorsMet: r.IndicatorsMet, Total: len(m.res.Indicators), Deeds: r.Deeds, AllMet: r.AllMet, Leaves: r.Leaves}
	if r.AllMetShare != nil {
		c.AllMetShare = ratPercent(r.AllMetShare)
	}
	if u.Parent != nil {
		c.Rank, c.Parent = r.Rank.Siblings, fullName(u.Parent)
		for _, s := range p.Children(u.Parent) {
			if s.Leaf == r.Leaf {
				c.RankOf++
			}
		}
		c.LevelRank, c.LevelOf = r.Rank.Level, len(p.Level(u.Depth, r.Leaf))
		if lv := m.levelFor(u); lv != nil {
			c.Level, c.BoardURL = lv.Label, m.u.path(boardRel(p.ID, lv.Slug))
		}
	}
	c.Criteria = m.criterionRows(r)
	c.Children = m.childRows(p, u)
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

func (m *model) criterionRows(r *results.UnitResult) []CriterionRow {
	rows := make([]CriterionRow, len(m.set.Criteria))
	for i, c := range m.set.Criteria {
		cr := r.Criteria[i]
		row := CriterionRow{ID: c.ID, Short: c.Short, Title: c.Title, URL: m.critURLs[i],
			MetLeaves: cr.MetLeaves, Leaves: cr.Leaves}
		if r.Leaf {
			row.Status = statusOf("not-met")
			if cr.Met {
				row.Status = statusOf("met")
			}
		} else {
			row.Share = ratPercent(cr.Share)
		}
		rows[i] = row
	}
	for k, ref := range m.res.Indicators {
		ir := &r.Indicators[k]
		val, detail := valueText(ref.Indicator, ir)
		target := m.targetTexts[k]
		if ir.Target != ref.Indicator.Target { // a target set for this unit's district
			target = targetText(ref.Indicator, ir.Target)
		}
		rows[ref.CriterionIndex].Indicators = append(rows[ref.CriterionIndex].Indicators, IndicatorRow{
			Label: ref.Indicator.Label, Target: target, Value: val, Detail: detail,
			Status: statusOf(string(ir.Status)), MetLeaves: ir.MetLeaves, Leaves: ir.Leaves})
	}
	return rows
}

func (m *model) childRows(p *results.Period, u *data.Unit) []ChildRow {
	kids := p.Children(u)
	rows := make([]ChildRow, len(kids))
	for i, k := range kids {
		rows[i] = ChildRow{Rank: k.Rank.Siblings, Name: fullName(k.Unit), URL: m.u.path(unitRel(k.Unit.ID)),
			Leaf: k.Leaf, Score: ratText(k.Score), IndicatorsMet: k.IndicatorsMet, Deeds: k.Deeds}
		if k.AllMetShare != nil {
			rows[i].AllMetShare = ratPercent(k.AllMetShare)
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
	var deeds []*data.Deed
	for _, l := range u.Leaves() {
		deeds = append(deeds, m.deedsByLeaf[l.ID]...)
	}
	if !u.IsLeaf() {
		sort.SliceStable(deeds, func(i, j int) bool {
			if c := deeds[i].Date.Compare(deeds[j].Date); c != 0 {
				return c > 0
			}
			return deeds[i].Pos.Less(deeds[j].Pos)
		})
	}
	v.DeedTotal = len(deeds)
	for _, d := range deeds {
		mo := d.Date.MonthOf()
		if n := len(v.DeedMonths); n == 0 || v.DeedMonths[n-1].Month != mo {
			v.DeedMonths = append(v.DeedMonths, DeedMonth{Month: mo, URL: m.u.path(monthRel(mo))})
		}
		dm := &v.DeedMonths[len(v.DeedMonths)-1]
		dm.Count++
		if u.IsLeaf() {
			dm.Deeds = append(dm.Deeds, m.deedView(d))
		}
	}
	if !u.IsLeaf() {
		for i := 0; i < len(deeds) && i < 10; i++ {
			v.LatestDeeds = append(v.LatestDeeds, m.deedView(deeds[i]))
		}
	}
}
