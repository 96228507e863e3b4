package site

import (
	"html/template"
	"strings"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
)

// A resident opening a team's page asks first "how are we doing, and what
// did we miss?": the page opens with the team's standing in the current
// period, each criterion it missed with the reason in words. A larger
// unit's page opens with its units ranked, each with the criteria it
// missed.

// Standing is a team's first screen (.Unit.Standing).
type Standing struct {
	Period PeriodInfo
	// Score of MaxScore; Rank of RankOf among the teams under Parent.
	Score, MaxScore string
	Rank, RankOf    int
	Tie             bool
	Parent          string
	// Unmet are the criteria the team missed, each with why.
	Unmet []Unmet
}

// Unmet is one missed criterion: "4.7" and its reasons ("chỉ 11/13 tháng
// có việc tốt, yêu cầu tháng nào cũng có").
type Unmet struct {
	ID, Short, URL string
	Reasons        []string
}

// standing returns team u's standing in the current period (else in the
// last period where it has a result), nil when it has none.
func (m *model) standing(u *data.Unit, cards []Scorecard) *Standing {
	p := m.current
	if p == nil || !presentIn(p, u) {
		p = nil
		for _, q := range m.res.Periods {
			if presentIn(q, u) {
				p = q
			}
		}
	}
	if p == nil {
		return nil
	}
	r := p.Of(u)
	st := &Standing{Period: periodInfo(p), Score: m.nums.score(r.Score), MaxScore: m.maxScoreTxt}
	for _, c := range cards {
		if c.Period.ID == p.ID {
			st.Rank, st.RankOf, st.Parent = c.Rank, c.RankOf, c.Parent
		}
	}
	if r.Parent != nil {
		for _, s := range p.Children(r.Parent) {
			st.Tie = st.Tie || (s != r && s.Leaf && s.Rank.Siblings == r.Rank.Siblings)
		}
	}
	for ci, c := range m.set.Criteria {
		if r.Criteria[ci].Met {
			continue
		}
		un := Unmet{ID: c.ID, Short: c.Short, URL: m.critURLs[ci]}
		for k, ref := range m.res.Indicators {
			if ref.CriterionIndex == ci && !r.Indicators[k].Status.Counts() {
				un.Reasons = append(un.Reasons, m.reason(ref.Indicator, &r.Indicators[k]))
			}
		}
		st.Unmet = append(st.Unmet, un)
	}
	return st
}

// reason says in words why a team's indicator is not met: its figure and
// what was asked ("tỷ lệ … 75% (3/4), yêu cầu ≥ 80%"; "chỉ 11/13 tháng
// đạt, yêu cầu ≥ 1 mỗi tháng"; "chưa có số liệu").
func (m *model) reason(in *data.Indicator, r *results.IndicatorResult) string {
	label := lowerFirst(in.Label)
	target := targetText(in, r.Target)
	switch {
	case r.Status == results.NoData:
		return label + ": chưa có số liệu"
	case in.Sensitive:
		return label + ": chưa đạt, yêu cầu " + target
	case in.Kind == data.KindMonthly:
		return "chỉ " + vn.FormatInt(int64(r.Numerator.Float())) + "/" + vn.FormatInt(int64(r.Denominator.Float())) +
			" tháng đạt " + target + ", yêu cầu tháng nào cũng đạt"
	}
	val, detail := m.valueText(in, r)
	if detail != "" {
		val += " (" + detail + ")"
	}
	return label + ": " + val + ", yêu cầu " + target
}

// missingTexts bounds the criteria for which the lists of missed criteria
// of every combination are made once: 2^10 texts.
const missingTexts = 10

// missed returns how many criteria team result k meets and, when there
// are at most missingTexts criteria (ok), the set it misses: bit ci for
// criterion ci, the index of m.missingIDs and m.markTexts.
func (m *model) missed(k *results.UnitResult) (met, mask int, ok bool) {
	ok = len(m.set.Criteria) <= missingTexts
	for ci := range m.set.Criteria {
		if k.Criteria[ci].Met {
			met++
		} else if ok {
			mask |= 1 << ci
		}
	}
	return met, mask, ok
}

// missing returns how many criteria team result k meets and the ids of
// those it misses, joined by ", ", taken from m.missingIDs when the
// criteria are few enough.
func (m *model) missing(k *results.UnitResult) (met int, ids string) {
	met, mask, ok := m.missed(k)
	if ok {
		return met, m.missingIDs()[mask]
	}
	return met, idsOf(m.set.Criteria, func(ci int) bool { return !k.Criteria[ci].Met })
}

// marks returns the ✓ and ✗ of the criteria team result k meets and
// misses, in order: one of m.markTexts when the criteria are few enough,
// shared by every team with the same results.
func (m *model) marks(k *results.UnitResult) template.HTML {
	if _, mask, ok := m.missed(k); ok {
		return m.markTexts()[mask]
	}
	return marksOf(len(m.set.Criteria), func(ci int) bool { return !k.Criteria[ci].Met })
}

// missingTextsOf lists, for each set of missed criteria (bit i: criterion
// i), their ids joined by ", ".
func (m *model) missingTextsOf() []string {
	crits := m.set.Criteria[:min(len(m.set.Criteria), missingTexts)]
	out := make([]string, 1<<len(crits))
	for mask := range out {
		out[mask] = idsOf(crits, func(ci int) bool { return mask&(1<<ci) != 0 })
	}
	return out
}

// markTextsOf lists, for each set of missed criteria (bit i: criterion
// i), their marks.
func (m *model) markTextsOf() []template.HTML {
	n := min(len(m.set.Criteria), missingTexts)
	out := make([]template.HTML, 1<<n)
	for mask := range out {
		out[mask] = marksOf(n, func(ci int) bool { return mask&(1<<ci) != 0 })
	}
	return out
}

// idsOf joins with ", " the ids of the criteria missed says were missed.
func idsOf(crits []*data.Criterion, missed func(ci int) bool) string {
	var ids []string
	for ci, c := range crits {
		if missed(ci) {
			ids = append(ids, c.ID)
		}
	}
	return strings.Join(ids, ", ")
}

// marksOf writes, for each of n criteria, ✓ when met and a ✗ marked for
// colour and weight when missed: nothing else, so the text needs no
// escaping.
func marksOf(n int, missed func(ci int) bool) template.HTML {
	var b strings.Builder
	for ci := range n {
		if missed(ci) {
			b.WriteString(`<b class="no">✗</b>`)
		} else {
			b.WriteString("✓")
		}
	}
	return template.HTML(b.String())
}

// UnmetGroup is one commune's teams that missed a criterion, each with
// why (.Criterion.Unmet). Teams is empty when the page lists counts only
// (more than CriterionTeamsInline teams missed it).
type UnmetGroup struct {
	Name, URL string
	Count     int
	Teams     []UnmetTeam
}

// UnmetTeam is a team that missed a criterion, and why, in short
// ("75% (3/4)", "11/13 tháng", "chưa có số liệu").
type UnmetTeam struct {
	Link
	Reason string
}

// unmetGroups lists, in the current period, the teams that missed
// criterion ci, grouped by the unit right above them in the navigation
// tree, units in name order, teams in units.csv order.
func (m *model) unmetGroups(ci int) []UnmetGroup {
	p := m.current
	if p == nil {
		return nil
	}
	c := m.set.Criteria[ci]
	var order []*data.Unit
	groups := map[*data.Unit]*UnmetGroup{}
	total := 0
	m.eachLeaf(m.set.Units.Root, func(t *data.Unit) {
		r := p.Of(t)
		if r == nil || r.Absent || r.Criteria[ci].Met {
			return
		}
		up := m.parentOf(t)
		g := groups[up]
		if g == nil {
			g = &UnmetGroup{Name: m.unitName(up), URL: m.unitURL(up)}
			groups[up] = g
			order = append(order, up)
		}
		g.Count++
		total++
		if total > CriterionTeamsInline {
			return
		}
		var why []string
		for k, ref := range m.res.Indicators {
			ir := &r.Indicators[k]
			if ref.CriterionIndex != ci || ir.Status.Counts() {
				continue
			}
			s := m.shortReason(ref.Indicator, ir)
			if len(c.Indicators) > 1 {
				s = lowerFirst(ref.Indicator.Label) + ": " + s
			}
			why = append(why, s)
		}
		g.Teams = append(g.Teams, UnmetTeam{Link: m.unitLink(t), Reason: strings.Join(why, "; ")})
	})
	out := make([]UnmetGroup, 0, len(order))
	for _, u := range m.sortUnits(order) {
		g := groups[u]
		if total > CriterionTeamsInline {
			g.Teams = nil
		}
		out = append(out, *g)
	}
	return out
}

// shortReason is an unmet indicator's figure in short, the requirement
// being on the page already.
func (m *model) shortReason(in *data.Indicator, r *results.IndicatorResult) string {
	switch {
	case r.Status == results.NoData:
		return "chưa có số liệu"
	case in.Sensitive:
		return "chưa đạt"
	}
	val, detail := m.valueText(in, r)
	if detail != "" {
		val += " (" + detail + ")"
	}
	return val
}
