package site

import (
	"sync"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// A unit page shows its results as one table with a column per started
// period, rather than a table per period: each criterion's and
// indicator's label and target appear once, and the periods side by side
// show how the unit moved. Cards carry what differs per period (score,
// ranks, children ranked); Criteria carry the table's rows.

// Scorecard is a unit's standing in one period: a column of the summary
// and results tables, and its children ranked.
type Scorecard struct {
	Period PeriodInfo
	// Current marks the period shown first on the site.
	Current bool
	// Score is the unit's score (a larger unit: the mean of its teams').
	Score string
	// Rank of RankOf among siblings under Parent, zero for the root;
	// LevelRank of LevelOf in the level, whose board is BoardURL.
	Parent             string
	Rank, RankOf       int
	LevelRank, LevelOf int
	BoardURL           string
	IndicatorsMet      int
	Deeds              int
	// AllMet teams of Leaves meet every criterion (AllMetShare as a percentage).
	AllMet, Leaves int
	AllMetShare    string
	Children       []ChildRow
	// Bulletin is the unit's printable bulletin for the period (empty for a team).
	Bulletin string
}

// CriterionRow is one criterion of the results table.
type CriterionRow struct {
	ID, Short, Title, URL string
	// Cells hold the criterion's result in each card's period.
	Cells      []CriterionCell
	Indicators []IndicatorRow
}

// CriterionCell is a criterion's result in one period.
type CriterionCell struct {
	// Status is met or not met for a team, nil for a larger unit.
	Status *Status
	// MetLeaves of Leaves teams meet it; Share is that as a percentage.
	MetLeaves, Leaves int
	Share             string
}

// IndicatorRow is one indicator of the results table. Target is the
// unit's own (a district may set its own targets), the same in every
// period. Note, for a sensitive indicator only, says why its figures are
// missing or read "< 3".
type IndicatorRow struct {
	Label, Target, Note string
	Cells               []IndicatorCell
}

// IndicatorCell is an indicator's result in one period.
type IndicatorCell struct {
	Value, Detail string
	// Status is a team's status (met, not met, none, no data); nil for a
	// larger unit, which shows MetLeaves of Leaves instead.
	Status            *Status
	MetLeaves, Leaves int
}

// scorecards fills v's cards and results table, one column per started
// period in which u has a result (a unit merged into another during the
// campaign keeps the periods it lived through, BRIEF.md §4 rule 8), and
// returns the rows it borrowed (nil when there is no column).
func (m *model) scorecards(u *data.Unit, v *UnitView) *cardRows {
	v.MaxScore, v.Total = m.maxScoreTxt, len(m.res.Indicators)
	if p := m.parentOf(u); p != nil {
		v.Parent = m.unitName(p)
	}
	succ, ceases := m.set.Successor(u.ID)
	shown := 0
	for _, p := range m.res.Periods {
		switch {
		case presentIn(p, u):
			shown++
		case !p.Started() && (!ceases || p.Start.Before(succ.Date)):
			v.Upcoming = append(v.Upcoming, periodInfo(p))
		}
	}
	if shown == 0 {
		return nil
	}
	rows := m.newCardRows(shown)
	v.Cards, v.Criteria = rows.cards[:0:shown], rows.crits
	m.tableRows(rows)
	for _, p := range m.res.Periods {
		if presentIn(p, u) {
			r := p.Of(u)
			m.fillCells(r, len(v.Cards), rows)
			v.Cards = append(v.Cards, m.scorecard(u, p, r, rows))
			v.ParentVaries = v.ParentVaries || v.Cards[0].Parent != v.Cards[len(v.Cards)-1].Parent
			v.Level, v.ChildLevel = "", ""
			if lv := m.levelOf(p, r); lv != nil {
				v.Level = lv.Label
			}
			if kids := p.Children(u); len(kids) > 0 {
				if lv := m.levelOf(p, kids[0]); lv != nil {
					v.ChildLevel = lv.Label
				}
			}
		}
	}
	return rows
}

// cardRows holds a unit page's cards and table rows: the bulk of its
// data, taken from pool and handed back once the page is rendered
// (Page.release), as every unit page needs the same.
type cardRows struct {
	pool      *sync.Pool
	periods   int
	cards     []Scorecard
	crits     []CriterionRow
	critCells []CriterionCell
	inds      []IndicatorRow
	indCells  []IndicatorCell
	kids      []ChildRow // grown as pages need, see children
	nextKid   int
}

// newCardRows returns rows for a table of periods columns, every row and
// cell to be filled.
func (m *model) newCardRows(periods int) *cardRows {
	nc, ni := len(m.set.Criteria), len(m.res.Indicators)
	r, _ := m.cardPool.Get().(*cardRows)
	if r == nil || r.periods != periods || len(r.crits) != nc || len(r.inds) != ni {
		var kids []ChildRow
		if r != nil {
			kids = r.kids
		}
		r = &cardRows{pool: &m.cardPool, periods: periods, cards: make([]Scorecard, periods),
			crits: make([]CriterionRow, nc), critCells: make([]CriterionCell, periods*nc),
			inds: make([]IndicatorRow, ni), indCells: make([]IndicatorCell, periods*ni), kids: kids}
	}
	r.nextKid = 0
	return r
}

// children hands out n child rows, to be filled, for one card.
func (r *cardRows) children(n int) []ChildRow {
	if r.nextKid+n > len(r.kids) {
		// Rows handed out before stay in the old array.
		r.kids, r.nextKid = make([]ChildRow, max(n, 2*len(r.kids))), 0
	}
	k := r.kids[r.nextKid : r.nextKid+n : r.nextKid+n]
	r.nextKid += n
	return k
}

// put hands the rows back for another page.
func (r *cardRows) put() { r.pool.Put(r) }

// tableRows fills the rows' labels (targets come with the first column,
// fillCells) and gives each row its cells, one per period, contiguous.
func (m *model) tableRows(rows *cardRows) {
	periods := rows.periods
	for i, c := range m.set.Criteria {
		row := CriterionRow{ID: c.ID, Short: c.Short, Title: c.Title, URL: m.critURLs[i],
			Cells: rows.critCells[i*periods : (i+1)*periods : (i+1)*periods]}
		if lo, hi := m.critInds[i], m.critInds[i+1]; hi > lo {
			row.Indicators = rows.inds[lo:hi:hi]
		}
		rows.crits[i] = row
	}
	for k, ref := range m.res.Indicators {
		s := m.indSlot[k]
		rows.inds[s] = IndicatorRow{Label: ref.Indicator.Label,
			Cells: rows.indCells[s*periods : (s+1)*periods : (s+1)*periods]}
	}
}

// fillCells fills column col of the table with r, the unit's results in
// one period.
func (m *model) fillCells(r *results.UnitResult, col int, rows *cardRows) {
	for i := range m.set.Criteria {
		cr := r.Criteria[i]
		cell := CriterionCell{MetLeaves: cr.MetLeaves, Leaves: cr.Leaves}
		if r.Leaf {
			cell.Status = statusNotMet
			if cr.Met {
				cell.Status = statusMet
			}
		} else {
			cell.Share = m.nums.share(cr.Share)
		}
		rows.crits[i].Cells[col] = cell
	}
	for k, ref := range m.res.Indicators {
		ir := &r.Indicators[k]
		row := &rows.inds[m.indSlot[k]]
		var val, detail string
		switch {
		case ref.Indicator.Sensitive:
			val, detail = m.sensitiveText(ref.Indicator, ir, r.Leaf)
		case r.Leaf || ir.Fraction(): // a larger unit has no total or latest value
			val, detail = m.valueText(ref.Indicator, ir)
		}
		if col == 0 {
			row.Note = sensitiveNote(ref.Indicator, r.Leaf, ir)
			row.Target = m.targetTexts[k]
			if ir.Target != ref.Indicator.Target { // a target set for this unit's district
				row.Target = targetText(ref.Indicator, ir.Target)
			}
		}
		row.Cells[col] = IndicatorCell{Value: val, Detail: detail, Status: statusOf(ir.Status.String()),
			MetLeaves: int(ir.MetLeaves), Leaves: int(ir.Leaves)}
	}
}

// scorecard returns u's standing in p, whose results are r.
func (m *model) scorecard(u *data.Unit, p *results.Period, r *results.UnitResult, rows *cardRows) Scorecard {
	c := Scorecard{Period: periodInfo(p), Current: p == m.current, Score: m.nums.score(r.Score),
		IndicatorsMet: r.IndicatorsMet, Deeds: r.Deeds, AllMet: r.AllMet, Leaves: r.Leaves}
	if r.AllMetShare != nil {
		c.AllMetShare = m.nums.share(r.AllMetShare)
	}
	if r.Parent != nil {
		c.Parent, c.Rank = m.unitName(r.Parent), r.Rank.Siblings
		for _, s := range p.Children(r.Parent) {
			if s.Leaf == r.Leaf {
				c.RankOf++
			}
		}
		c.LevelRank, c.LevelOf = r.Rank.Level, len(p.Level(r.Depth, r.Leaf))
		if lv := m.levelOf(p, r); lv != nil {
			c.BoardURL = m.boardURL(p, lv)
		}
	}
	c.Children = m.childRows(p, u, rows)
	if hasPhaseIn(p, u) {
		c.Bulletin = m.u.Path(urls.Bulletin(p.ID, u))
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
		if k.Leaf {
			_, rows[i].Missing = m.missing(k)
			rows[i].Marks = m.marks(k)
		}
	}
	markTies(len(rows), func(i int) int { return rows[i].Rank }, func(i int) { rows[i].Tie = true })
	return rows
}
