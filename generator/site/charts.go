package site

import (
	"html/template"
	"math/big"
	"strconv"

	"phongtrao/generator/chart"
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
// "47,3 % (44/93)".
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
	title := "Tỉ lệ Tổ đạt từng tiêu chí, " + name + ", " + p.Name
	c := Chart{SVG: template.HTML(chart.Bars(id, title, "Mỗi thanh là tỉ lệ Tổ bảo vệ an ninh, trật tự đạt một tiêu chí; con số ghi bên phải thanh.", bars))}
	if withTable {
		// Hidden in a block: a table does not shrink to a visually hidden size.
		c.Table = template.HTML(`<div class="vh">` + chart.Table("Số liệu của biểu đồ: "+title, "Tiêu chí", "Tỉ lệ (Tổ đạt/số Tổ)", bars) + `</div>`)
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
	title := "Điểm bình quân các Tổ của các đơn vị trực thuộc " + m.unitName(u) + ", " + p.Name
	return Chart{SVG: template.HTML(chart.Bars(id, title, "Mỗi thanh là điểm bình quân các Tổ của một đơn vị, theo thứ hạng, trên điểm tối đa "+m.maxScoreTxt+"; con số ghi bên phải thanh.", bars))}
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
}
