package site

import (
	"math/big"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
)

// CriterionView is a criterion's page (.Criterion).
type CriterionView struct {
	ID, Title, Short, Description string
	Points                        string
	Indicators                    []IndicatorInfo
	// Period is the period the progress is shown for (the current one);
	// nil before the campaign starts.
	Period *PeriodInfo
	// Overall is the whole province's progress; Progress each unit under it.
	Overall  ProgressRow
	Progress []ProgressRow
	// Shares gives the province's share in every started period.
	Shares []PeriodShare
	// Teams lists the teams meeting the criterion, grouped by the unit
	// under the root they belong to.
	Teams   []TeamGroup
	Stories []StoryCard
}

// IndicatorInfo describes an indicator: what is measured and the target.
type IndicatorInfo struct {
	Label, Target, Kind string
}

// ProgressRow is one unit's progress on a criterion: MetLeaves of Leaves
// teams meet it, Share as a percentage, Width a bar length out of 100.
type ProgressRow struct {
	Name, URL         string
	ID                string
	MetLeaves, Leaves int
	Share             string
	Width             int
	// Bar is the bar length in the home chart (0–250, drawn twice as long);
	// Y the row position.
	Bar, Y int
	// Short is the criterion's short name (home chart).
	Short string
}

// PeriodShare is a criterion's province-wide share in one period.
type PeriodShare struct {
	Period            PeriodInfo
	Share             string
	MetLeaves, Leaves int
}

// TeamGroup is the teams of one unit meeting a criterion.
type TeamGroup struct {
	Name, URL string
	Teams     []Link
}

// CriterionCard is a criterion in the criteria list.
type CriterionCard struct {
	ID, Title, Short, URL string
	Progress              ProgressRow
}

var indicatorKinds = map[string]string{
	data.KindRatio:   "tỉ lệ trong đợt",
	data.KindTotal:   "tổng trong đợt",
	data.KindLatest:  "số liệu tháng gần nhất",
	data.KindMonthly: "mỗi tháng",
}

func progress(name, url, id string, cr results.CriterionResult) ProgressRow {
	share := cr.Share
	if share == nil && cr.Leaves > 0 {
		share = big.NewRat(int64(cr.MetLeaves), int64(cr.Leaves))
	}
	w := 0
	if cr.Leaves > 0 {
		w = cr.MetLeaves * 100 / cr.Leaves
	}
	return ProgressRow{Name: name, URL: url, ID: id, MetLeaves: cr.MetLeaves, Leaves: cr.Leaves, Share: ratPercent(share), Width: w, Bar: w * 5 / 2}
}

func (m *model) criterionPage(ci int) *Page {
	c := m.set.Criteria[ci]
	v := &CriterionView{ID: c.ID, Title: c.Title, Short: c.Short, Description: c.Description, Points: vn.FormatD(c.Points, 2)}
	for _, in := range c.Indicators {
		v.Indicators = append(v.Indicators, IndicatorInfo{Label: in.Label, Target: targetText(in, in.Target), Kind: indicatorKinds[in.Kind]})
	}
	root := m.set.Units.Root
	for _, p := range m.res.Periods {
		if p.Started() {
			cr := p.Of(root).Criteria[ci]
			v.Shares = append(v.Shares, PeriodShare{Period: periodInfo(p), Share: progress("", "", "", cr).Share, MetLeaves: cr.MetLeaves, Leaves: cr.Leaves})
		}
	}
	if p := m.current; p != nil {
		pi := periodInfo(p)
		v.Period = &pi
		v.Overall = progress(m.unitName(root), m.unitURL(root), root.ID, p.Of(root).Criteria[ci])
		for _, k := range m.sortedChildren(root) {
			v.Progress = append(v.Progress, progress(m.unitName(k), m.unitURL(k), k.ID, p.Of(k).Criteria[ci]))
			g := TeamGroup{Name: m.unitName(k), URL: m.unitURL(k)}
			m.eachLeaf(k, func(l *data.Unit) {
				if p.Of(l).Criteria[ci].Met {
					g.Teams = append(g.Teams, m.unitLink(l))
				}
			})
			if len(g.Teams) > 0 {
				v.Teams = append(v.Teams, g)
			}
		}
	}
	for _, s := range m.storiesByCriterion[c.ID] {
		v.Stories = append(v.Stories, m.storyCard(s))
	}
	pg := m.page("criterion", criterionRel(c.ID), "Tiêu chí "+c.ID+": "+c.Short, "tieu-chi")
	pg.Crumbs = []Link{{URL: m.u.path("tieu-chi/"), Text: "Tiêu chí"}}
	pg.Description = c.Title
	pg.Criterion = v
	return pg
}

func (m *model) criteriaIndex() *Page {
	pg := m.page("criteria", "tieu-chi/", "Bảy nội dung thi đua", "tieu-chi")
	if n := len(m.set.Criteria); n != 7 {
		pg.Title = "Các tiêu chí thi đua"
	}
	root := m.set.Units.Root
	for ci, c := range m.set.Criteria {
		card := CriterionCard{ID: c.ID, Title: c.Title, Short: c.Short, URL: m.u.path(criterionRel(c.ID))}
		if m.current != nil {
			card.Progress = progress(c.Short, card.URL, c.ID, m.current.Of(root).Criteria[ci])
		}
		pg.Criteria = append(pg.Criteria, card)
	}
	pg.Description = "Các tiêu chí thi đua và tỉ lệ Tổ đạt từng tiêu chí."
	return pg
}
