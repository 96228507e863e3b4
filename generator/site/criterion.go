package site

import (
	"math/big"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// CriterionView is a criterion's page (.Criterion).
type CriterionView struct {
	ID, Title, Short, Description string
	// PlanText is the plan's own wording of the criterion (plan_text in
	// criteria.toml), empty when not given.
	PlanText   string
	Points     string
	Indicators []IndicatorInfo
	// Period is the period the progress is shown for (the current one);
	// nil before the campaign starts.
	Period *PeriodInfo
	// Overall is the whole province's progress; Progress each unit under it.
	Overall  ProgressRow
	Progress []ProgressRow
	// Shares gives the province's share in every started period.
	Shares []PeriodShare
	// Teams lists the teams meeting the criterion, grouped by the unit
	// under the root they belong to. When more than CriterionTeamsInline
	// teams meet it, a group holds no team but a link (ListURL) to its
	// own page of them.
	Teams []TeamGroup
	// Unmet lists the teams that missed it, by commune, with why
	// (standing.go).
	Unmet []UnmetGroup
	// Stories are the newest stories (newestStories of them) about the
	// criterion, of StoriesTotal: a country has thousands.
	Stories      []StoryCard
	StoriesTotal int
}

// IndicatorInfo describes an indicator: what is measured and the target;
// Sensitive marks one whose figures are not published for a team.
type IndicatorInfo struct {
	Label, Target, Kind string
	Sensitive           bool
	// Fields are the report fields the indicator reads (numerator and
	// denominator, or its field), each by its label from [[field]] in
	// criteria.toml; empty when none of them has a label.
	Fields []string
	// Overrides are the targets data/targets.csv sets for part of the
	// tree: "Huyện Krông Nô: ≥ 85%", in file order.
	Overrides []string
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

// TeamGroup is the teams of one unit meeting a criterion: Count of them,
// listed in Teams, or on the page at ListURL instead (Teams then empty).
type TeamGroup struct {
	Name, URL string
	Count     int
	Teams     []Link
	ListURL   string
}

// CriterionTeamsView is the page of the teams of one unit under the root
// meeting a criterion (.CriterionTeams): a criterion's page links to one
// per unit when the teams meeting it are too many to list on it.
type CriterionTeamsView struct {
	// ID and Short name the criterion, URL its page.
	ID, Short, URL string
	Period         PeriodInfo
	// Progress is the unit's: its name and page, teams meeting the
	// criterion out of its teams, and the share.
	Progress ProgressRow
	// Groups are the unit's teams meeting the criterion, by the unit's
	// children (one group, the unit itself, when its children are teams).
	Groups []TeamGroup
}

// CriterionTeamsInline is the most teams meeting a criterion that its page
// lists itself. A country has tens of thousands: listed on one page, they
// weighed 4.5 MB, too much for a phone on mobile data. Above it, the page
// links to a page per unit under the root (a province, in a country), each
// listing that unit's teams. A province (Đắk Nông: about 700 teams) stays
// under it.
var CriterionTeamsInline = 1000

// splitTeams reports whether the page of criterion ci links to a page of
// teams per unit under the root instead of listing them.
func (m *model) splitTeams(ci int) bool {
	return m.current != nil && m.current.Of(m.set.Units.Root).Criteria[ci].MetLeaves > CriterionTeamsInline
}

// teamGroup returns the teams under u meeting criterion ci in the current
// period, named for u.
func (m *model) teamGroup(u *data.Unit, ci int) TeamGroup {
	g := TeamGroup{Name: m.unitName(u), URL: m.unitURL(u)}
	m.eachLeaf(u, func(l *data.Unit) {
		if m.current.Of(l).Criteria[ci].Met {
			g.Teams = append(g.Teams, m.unitLink(l))
		}
	})
	g.Count = len(g.Teams)
	return g
}

// CriterionCard is a criterion in the criteria list.
type CriterionCard struct {
	ID, Title, Short, URL string
	Progress              ProgressRow
}

var indicatorKinds = map[string]string{
	data.KindRatio:   "tỷ lệ trong đợt",
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
	return ProgressRow{Name: name, URL: url, ID: id, MetLeaves: cr.MetLeaves, Leaves: cr.Leaves, Share: vn.PercentRat(share), Width: w, Bar: w * 5 / 2}
}

func (m *model) criterionPage(ci int) *Page {
	c := m.set.Criteria[ci]
	v := &CriterionView{ID: c.ID, Title: c.Title, Short: c.Short, Description: c.Description, PlanText: c.PlanText, Points: vn.FormatD(c.Points, 2)}
	for _, in := range c.Indicators {
		info := IndicatorInfo{Label: in.Label, Target: targetText(in, in.Target), Kind: indicatorKinds[in.Kind],
			Sensitive: in.Sensitive, Fields: fieldLabels(in)}
		for _, tg := range m.set.Targets {
			if u := m.set.Units.ByID[tg.Unit]; u != nil && tg.Indicator == c.ID+"/"+in.ID {
				info.Overrides = append(info.Overrides, m.unitName(u)+": "+targetText(in, tg.Value))
			}
		}
		v.Indicators = append(v.Indicators, info)
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
		split := m.splitTeams(ci)
		for _, k := range m.sortedChildren(root) {
			cr := p.Of(k).Criteria[ci]
			v.Progress = append(v.Progress, progress(m.unitName(k), m.unitURL(k), k.ID, cr))
			switch {
			case cr.MetLeaves == 0:
			case split:
				v.Teams = append(v.Teams, TeamGroup{Name: m.unitName(k), URL: m.unitURL(k), Count: cr.MetLeaves,
					ListURL: m.u.Path(urls.CriterionTeams(c.ID, k.ID))})
			default:
				v.Teams = append(v.Teams, m.teamGroup(k, ci))
			}
		}
	}
	v.Unmet = m.unmetGroups(ci)
	v.Stories, v.StoriesTotal = m.newestCards(m.storiesByCriterion[c.ID]), len(m.storiesByCriterion[c.ID])
	pg := m.page("criterion", urls.Criterion(c.ID), "Nội dung "+c.ID+": "+c.Short, "tieu-chi")
	pg.Crumbs = []Link{{URL: m.u.Path("tieu-chi/"), Text: "Nội dung thi đua"}}
	pg.Description = c.Title
	pg.Criterion = v
	return pg
}

// criterionTeamsPage is the page of the teams under u (a unit under the
// root) meeting criterion ci in the current period.
func (m *model) criterionTeamsPage(ci int, u *data.Unit) *Page {
	c := m.set.Criteria[ci]
	p := m.current
	v := &CriterionTeamsView{ID: c.ID, Short: c.Short, URL: m.u.Path(urls.Criterion(c.ID)), Period: periodInfo(p),
		Progress: progress(m.unitName(u), m.unitURL(u), u.ID, p.Of(u).Criteria[ci])}
	if kids := m.childrenOf(u); len(kids) > 0 && !m.isLeafOf(kids[0]) {
		for _, k := range m.sortedChildren(u) {
			if p.Of(k).Criteria[ci].MetLeaves > 0 {
				v.Groups = append(v.Groups, m.teamGroup(k, ci))
			}
		}
	} else {
		v.Groups = []TeamGroup{m.teamGroup(u, ci)}
	}
	pg := m.page("criterion-teams", urls.CriterionTeams(c.ID, u.ID), "Các tổ đạt nội dung "+c.ID+" ở "+m.unitName(u), "tieu-chi")
	pg.Crumbs = []Link{{URL: m.u.Path("tieu-chi/"), Text: "Nội dung thi đua"}, {URL: v.URL, Text: "Nội dung " + c.ID + ": " + c.Short}}
	pg.Description = "Các tổ của " + m.unitName(u) + " đạt nội dung " + c.ID + " (" + c.Short + "), " + p.Name + "."
	pg.CriterionTeams = v
	return pg
}

func (m *model) criteriaIndex() *Page {
	pg := m.page("criteria", "tieu-chi/", "Bảy nội dung thi đua", "tieu-chi")
	if n := len(m.set.Criteria); n != 7 {
		pg.Title = "Các nội dung thi đua"
	}
	root := m.set.Units.Root
	for ci, c := range m.set.Criteria {
		card := CriterionCard{ID: c.ID, Title: c.Title, Short: c.Short, URL: m.u.Path(urls.Criterion(c.ID))}
		if m.current != nil {
			card.Progress = progress(c.Short, card.URL, c.ID, m.current.Of(root).Criteria[ci])
		}
		pg.Criteria = append(pg.Criteria, card)
	}
	pg.Description = "Các nội dung thi đua và tỷ lệ tổ đạt từng nội dung."
	return pg
}

// fieldLabels lists the labels of the report fields in reads, a field
// without a label by its name; nil when none has a label.
func fieldLabels(in *data.Indicator) []string {
	if len(in.Labels) == 0 {
		return nil
	}
	var out []string
	for _, f := range []string{in.Numerator, in.Denominator, in.Field} {
		if f == "" {
			continue
		}
		if l, ok := in.Labels[f]; ok {
			f = l
		}
		out = append(out, f)
	}
	return out
}
