package site

import (
	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/site/urls"
)

// HomeView is the home page (.Home).
type HomeView struct {
	// Period is the period whose results are shown (nil before the campaign starts).
	Period   *PeriodInfo
	Timeline Timeline
	// Progress is each criterion's province-wide share of teams meeting it.
	Progress []ProgressRow
	// ChartHeight is the progress chart's height in SVG units.
	ChartHeight int
	// Chart draws Progress (charts.go); the page's table gives its figures.
	Chart Chart
	// Leaders are the top five of every level, deepest (teams) first.
	Leaders []Leaders
	Stories []StoryCard
	News    []StoryCard
	Deeds   []DeedView
	// Districts are the units under the root, to find one's village.
	Districts []Link
	Teams     int
	DeedTotal int
	// NoData is true while no team has reported a month and no deed is
	// recorded (a site fresh from `generator new`): every team then ties
	// at 0, so the page says "chưa có số liệu" instead of ranking them.
	NoData bool
}

// Leaders is the top of one level's leaderboard.
type Leaders struct {
	Level    string
	BoardURL string
	Leaf     bool
	Rows     []BoardRow
}

// Timeline places the phases and the reference date on a 0–1000 scale.
type Timeline struct {
	Phases []TimelinePhase
	// Milestones are site.toml's dated events, placed on the same scale.
	Milestones []TimelineMilestone
	// AsOf is the reference date's position; Before and After say it lies
	// outside the campaign.
	AsOf          int
	Before, After bool
}

// TimelineMilestone is one milestone on the timeline: X is its place,
// clamped to the campaign.
type TimelineMilestone struct {
	config.Milestone
	X int
}

// TimelinePhase is one phase on the timeline.
type TimelinePhase struct {
	PeriodInfo
	X, W int
}

func (m *model) homePage() *Page {
	v := &HomeView{Timeline: m.timeline(), DeedTotal: len(m.deeds), NoData: len(m.set.Reports) == 0 && len(m.deeds) == 0}
	root := m.set.Units.Root
	v.Teams = m.unitOf(root).leaves
	if p := m.current; p != nil {
		pi := periodInfo(p)
		v.Period = &pi
		r := p.Of(root)
		for ci, c := range m.set.Criteria {
			row := progress(c.ID+". "+c.Short, m.u.Path(urls.Criterion(c.ID)), c.ID, r.Criteria[ci])
			row.Y, row.Short = ci*chartRow, c.Short
			v.Progress = append(v.Progress, row)
		}
		v.ChartHeight = len(v.Progress) * chartRow
		v.Chart = m.criteriaChart("bd-tieu-chi", p, root, false)
		lvs := m.levelsIn(p)
		for i := len(lvs) - 1; i >= 0; i-- {
			lv := lvs[i]
			ld := Leaders{Level: lv.Label, BoardURL: m.boardURL(p, lv), Leaf: lv.Leaf}
			for j, r := range p.Level(lv.Depth, lv.Leaf) {
				if j == 5 {
					break
				}
				in := m.unitOf(r.Unit)
				row := BoardRow{Rank: r.Rank.Level, Name: in.name, URL: in.url,
					Context: in.context, Score: m.nums.score(r.Score), IndicatorsMet: r.IndicatorsMet, Deeds: r.Deeds}
				if r.AllMetShare != nil {
					row.AllMetShare = m.nums.share(r.AllMetShare)
				}
				ld.Rows = append(ld.Rows, row)
			}
			v.Leaders = append(v.Leaders, ld)
		}
	}
	for i := 0; i < len(m.stories) && i < 4; i++ {
		v.Stories = append(v.Stories, m.storyCard(m.stories[i]))
	}
	for i := 0; i < len(m.news) && i < 3; i++ {
		v.News = append(v.News, m.storyCard(m.news[i]))
	}
	for i := 0; i < len(m.deeds) && i < 6; i++ {
		v.Deeds = append(v.Deeds, m.deedView(m.deeds[i]))
	}
	for _, k := range m.sortedChildren(root) {
		v.Districts = append(v.Districts, m.unitLink(k))
	}
	pg := m.page("home", "", m.site.Campaign.Name, "")
	pg.Description = m.site.Description
	pg.Home = v
	return pg
}

// days counts the days from a to b.
func days(a, b calendar.Date) int { return int(b.Time().Sub(a.Time()).Hours() / 24) }

// timeline scales the campaign to 0–1000 and places phases and asOf.
func (m *model) timeline() Timeline {
	c := m.site.Campaign
	total := max(1, days(c.Start, c.End))
	pos := func(d calendar.Date) int { return min(1000, max(0, days(c.Start, d)*1000/total)) }
	t := Timeline{AsOf: pos(m.res.AsOf), Before: m.res.AsOf.Before(c.Start), After: m.res.AsOf.After(c.End)}
	for _, p := range m.res.Periods {
		if p.Phase == nil {
			continue
		}
		x := pos(p.Start)
		t.Phases = append(t.Phases, TimelinePhase{PeriodInfo: periodInfo(p), X: x, W: max(1, pos(p.End)-x)})
	}
	for _, ms := range c.Milestones {
		t.Milestones = append(t.Milestones, TimelineMilestone{Milestone: ms, X: pos(ms.Date)})
	}
	return t
}

// chartRow is the height of one criterion in the home chart, in SVG units:
// its name on one line, its bar and share on the next, so that long names
// are never cut off on a narrow phone.
const chartRow = 64
