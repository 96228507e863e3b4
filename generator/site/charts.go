package site

import (
	"html/template"
	"math/big"
	"strconv"

	"phongtrao/generator/chart"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

// Chart is a chart drawn at build time (package chart): the SVG, and its
// figures as a table for screen readers (hidden on screen, class "vh"),
// empty where the page shows them in a table of its own.
type Chart struct {
	SVG, Table template.HTML
}

// criteriaBars are the share of u's teams meeting each criterion in p:
// "47,3% (44/93)".
func (m *model) criteriaBars(p *results.Period, u *data.Unit) []chart.Bar {
	r := p.Of(u)
	bars := make([]chart.Bar, len(m.set.Criteria))
	for ci, c := range m.set.Criteria {
		cr := r.Criteria[ci]
		share := cr.Share
		if share == nil && cr.Leaves > 0 { // a team: 1 or 0 of 1
			share = big.NewRat(int64(cr.MetLeaves), int64(cr.Leaves))
		}
		bars[ci] = chart.Bar{Label: c.ID + ". " + c.Short, Fill: chart.Fill(int64(cr.MetLeaves), int64(cr.Leaves)),
			Text: m.nums.share(share) + " (" + strconv.Itoa(cr.MetLeaves) + "/" + strconv.Itoa(cr.Leaves) + ")"}
	}
	return bars
}

// criteriaChart draws criteriaBars with the figures' table when withTable.
func (m *model) criteriaChart(id string, p *results.Period, u *data.Unit, withTable bool) Chart {
	bars := m.criteriaBars(p, u)
	name := m.unitName(u)
	title := "Tỷ lệ tổ đạt từng nội dung thi đua, " + name + ", " + p.Name
	c := Chart{SVG: template.HTML(chart.Bars(id, title, "Mỗi thanh là tỷ lệ Tổ bảo vệ an ninh, trật tự đạt một nội dung thi đua; con số ghi bên phải thanh.", bars))}
	if withTable {
		// Hidden in a block: a table does not shrink to a visually hidden size.
		c.Table = template.HTML(`<div class="vh">` + chart.Table("Số liệu của biểu đồ: "+title, "Nội dung", "Tỷ lệ (tổ đạt/số tổ)", bars) + `</div>`)
	}
	return c
}

// childrenChart draws the score of each unit under u in p, in rank order,
// as a share of the highest score; zero when u's children are teams (a
// commune's fifteen teams are a table's job). The page's ranking table,
// beside it, gives its figures.
func (m *model) childrenChart(id string, p *results.Period, u *data.Unit) Chart {
	kids := p.Children(u)
	if len(kids) == 0 || kids[0].Leaf {
		return Chart{}
	}
	var maxPoints decimal.D
	for _, c := range m.set.Criteria {
		maxPoints += c.Points
	}
	maxRat := maxPoints.Rat()
	bars := make([]chart.Bar, len(kids))
	for i, k := range kids {
		b := chart.Bar{Label: m.unitName(k.Unit), Text: m.nums.score(k.Score) + "/" + m.maxScoreTxt}
		if k.Score != nil && maxRat.Sign() > 0 {
			q := new(big.Rat).Quo(k.Score, maxRat)
			if q.Num().IsInt64() && q.Denom().IsInt64() {
				b.Fill = chart.Fill(q.Num().Int64(), q.Denom().Int64())
			}
		}
		bars[i] = b
	}
	title := "Điểm bình quân các tổ của các đơn vị trực thuộc " + m.unitName(u) + ", " + p.Name
	return Chart{SVG: template.HTML(chart.Bars(id, title, "Mỗi thanh là điểm bình quân các tổ của một đơn vị, theo thứ hạng, trên điểm tối đa "+m.maxScoreTxt+"; con số ghi bên phải thanh.", bars))}
}

// unitChart sets a larger unit's chart of the current period, where the
// unit has a result in it.
func (m *model) unitChart(u *data.Unit, v *UnitView) {
	p := m.current
	if p == nil || v.Leaf {
		return
	}
	if !presentIn(p, u) || p.Of(u).Leaf {
		return
	}
	v.Chart, v.ChartPeriod = m.criteriaChart("bd-tieu-chi", p, u, true), p.Name
	if len(m.set.Units.All) <= monthChartUnits {
		v.MonthChart = m.monthChart("bd-theo-thang", u)
	}
}

// monthChartUnits bounds the sites that get month-by-month charts: their
// results hold every unit once per campaign month (13 periods besides the
// 3 of the pages), 12 MB more peak memory on the demo's 821 units
// (bench/ab.sh), which a country's 90,000 units could not afford.
const monthChartUnits = 20000

// monthlyResults assesses every campaign month as a period of its own
// (BRIEF.md §4 with P = the month's part of the campaign), with the
// build's successions and targets, for the month-by-month chart.
func (m *model) monthlyResults() *results.Results {
	s := *m.site
	c := s.Campaign
	s.Campaign.Phases = nil
	for mo := c.Start.MonthOf(); mo.Index() <= c.End.MonthOf().Index(); mo = mo.Next() {
		ph := config.Phase{ID: mo.String(), Name: monthName(mo), Start: mo.First(), End: mo.Last()}
		if ph.Start.Before(c.Start) {
			ph.Start = c.Start
		}
		if ph.End.After(c.End) {
			ph.End = c.End
		}
		s.Campaign.Phases = append(s.Campaign.Phases, ph)
	}
	return results.Compute(&s, m.set, m.res.AsOf, results.FromData(m.set)...)
}

// monthChart draws, per criterion, the share of u's teams meeting it in
// each started month; zero before a month has started.
func (m *model) monthChart(id string, u *data.Unit) Chart {
	var months []*results.Period
	for _, p := range m.monthly().Periods {
		if p.Phase != nil && p.Started() {
			months = append(months, p)
		}
	}
	if len(months) == 0 {
		return Chart{}
	}
	// The chart names each column by its month's number; the table by
	// month and year.
	heads, full := make([]string, len(months)), make([]string, len(months))
	for i, p := range months {
		heads[i] = strconv.Itoa(int(p.Start.Month))
		full[i] = strconv.Itoa(int(p.Start.Month)) + "/" + strconv.Itoa(p.Start.Year)
	}
	rows := make([]chart.Series, len(m.set.Criteria))
	for ci, c := range m.set.Criteria {
		rows[ci].Label = c.ID + ". " + c.Short
		for _, p := range months {
			bar := chart.Bar{Text: "–"}
			if presentIn(p, u) && !p.Of(u).Leaf {
				cr := p.Of(u).Criteria[ci]
				bar = chart.Bar{Fill: chart.Fill(int64(cr.MetLeaves), int64(cr.Leaves)), Text: strconv.Itoa(cr.MetLeaves) + "/" + strconv.Itoa(cr.Leaves)}
			}
			rows[ci].Bars = append(rows[ci].Bars, bar)
		}
	}
	title := "Tỷ lệ tổ đạt từng nội dung theo tháng, " + m.unitName(u)
	desc := "Mỗi nội dung thi đua một hàng, mỗi tháng một cột, từ tháng " + full[0] + " đến tháng " + full[len(full)-1] +
		"; cột càng cao, càng nhiều tổ đạt nội dung đó trong tháng đó (tính riêng từng tháng). Số liệu trong bảng đi kèm."
	return Chart{SVG: template.HTML(chart.Strips(id, title, desc, heads, rows)),
		Table: template.HTML(`<div class="vh">` + chart.Grid("Số tổ đạt từng nội dung thi đua theo tháng (tổ đạt/số tổ), "+m.unitName(u), "Nội dung", full, rows) + `</div>`)}
}
