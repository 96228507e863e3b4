package site

import (
	"sort"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

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
	// Chart draws the children's scores when they are not teams (charts.go).
	Chart Chart
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

func (b *bulletins) phasePage(p *results.Period, u *data.Unit) *Page {
	rel := urls.Bulletin(p.ID, u)
	v := b.view("phase", rel, u)
	v.Label, v.Title, v.Start, v.End, v.Until, v.Status = p.Name, p.Title, p.Start, p.End, p.WindowEnd, string(p.Status)
	if p.Phase == nil {
		v.Title = ""
	}
	v.Phase = b.phase(p, u)
	v.Doc = b.m.document(docBulletin, u, docSlot{period: p}, p, v.Until, "Kết quả phong trào thi đua "+p.Name+" (từ "+vn.Date(p.Start)+" đến "+vn.Date(p.End)+")")
	v.Others = b.phaseOthers(p, u)
	v.Teams = p.Of(u).Leaves // in p's tree
	title := "Bản tin " + p.Name + " – " + b.m.unitName(u)
	return b.page(v, rel, title, ancestorsIn(p, u), func(a *data.Unit) (string, bool) { return urls.Bulletin(p.ID, a), true })
}

// phase fills the phase bulletin of u in p from the results.
func (b *bulletins) phase(p *results.Period, u *data.Unit) *PhaseBulletin {
	m := b.m
	r := p.Of(u)
	v := &PhaseBulletin{Score: m.nums.score(r.Score), MaxScore: m.maxScoreTxt, AllMet: r.AllMet, Deeds: r.Deeds,
		AllMetShare: m.nums.share(r.AllMetShare), CriteriaTotal: len(m.set.Criteria)}
	if r.Parent != nil {
		b.rank(p, r, v)
	}
	for ci, c := range m.set.Criteria {
		cr := r.Criteria[ci]
		v.Criteria = append(v.Criteria, BulletinCriterion{ID: c.ID, Short: c.Short, Met: cr.MetLeaves, Leaves: cr.Leaves, Share: m.nums.share(cr.Share)})
	}
	if kids := p.Children(u); len(kids) > 0 {
		if lv := m.levelOf(p, kids[0]); lv != nil {
			v.ChildLevel, v.ChildLeaf = lv.Label, lv.Leaf
		}
	}
	v.Children = b.children(p, u)
	v.Chart = m.childrenChart("bd-don-vi", p, u)
	deeds := b.deedsUnder(u, p.Start, p.WindowEnd)
	v.DeedTotal, v.TopDeeds = len(deeds), b.topDeeds(deeds, bulletinDeeds, u, func(a *data.Unit) *data.Unit { return parentIn(p, a) })
	stories := b.storiesIn(u, p.Start, p.WindowEnd)
	v.StoriesTotal = len(stories)
	for i := 0; i < len(stories) && i < bulletinStories; i++ {
		v.Stories = append(v.Stories, m.storyCard(stories[i]))
	}
	return v
}

// rank fills the rank of r, a unit's result in p, among its siblings and
// in its level, with ties.
func (b *bulletins) rank(p *results.Period, r *results.UnitResult, v *PhaseBulletin) {
	m := b.m
	v.Rank, v.Parent = r.Rank.Siblings, m.unitName(r.Parent)
	for _, s := range p.Children(r.Parent) {
		if s.Leaf == r.Leaf {
			v.RankOf++
			v.RankTie = v.RankTie || (s != r && s.Rank.Siblings == r.Rank.Siblings)
		}
	}
	level := p.Level(r.Depth, r.Leaf)
	v.LevelRank, v.LevelOf = r.Rank.Level, len(level)
	// The level is in rank order: the units ranked like r come together,
	// from the first whose rank is not better than r's.
	lo := sort.Search(len(level), func(i int) bool { return level[i].Rank.Level >= r.Rank.Level })
	for i := lo; i < min(lo+2, len(level)) && level[i].Rank.Level == r.Rank.Level; i++ {
		v.LevelTie = v.LevelTie || level[i] != r
	}
	if lv := m.levelOf(p, r); lv != nil {
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
		row := BulletinChild{Rank: k.Rank.Siblings, Name: m.unitName(k.Unit), Score: m.nums.score(k.Score),
			AllMet: k.AllMet, Leaves: k.Leaves, Deeds: k.Deeds}
		if k.Leaf {
			row.URL = m.unitURL(k.Unit)
			row.CriteriaMet, row.Missing = m.missing(k)
		} else {
			row.URL = m.u.Path(urls.Bulletin(p.ID, k.Unit))
			row.AllMetShare = m.nums.share(k.AllMetShare)
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
		if hasPhaseIn(q, u) {
			periods.Links = append(periods.Links, Link{URL: m.u.Path(urls.Bulletin(q.ID, u)), Text: q.Name, Current: q == p})
		}
	}
	out = append(out, periods)
	if hasPhaseIn(p, u) { // report.go
		out = append(out, BulletinLinks{Title: "Báo cáo", Links: []Link{{URL: m.u.Path(urls.Report(p.ID, u)), Text: "Báo cáo " + reportKind(p) + " " + p.Name}}})
	}
	if months := b.monthLinks(u, calendar.Month{}); len(months.Links) > 0 {
		out = append(out, months)
	}
	under := BulletinLinks{Title: "Bản tin " + p.Name + " của các đơn vị trực thuộc"}
	for _, c := range m.kidsIn(p, u) {
		if hasPhaseIn(p, c) {
			under.Links = append(under.Links, Link{URL: m.u.Path(urls.Bulletin(p.ID, c)), Text: m.unitName(c)})
		}
	}
	if len(under.Links) > 0 {
		out = append(out, under)
	}
	return out
}
