package site

import (
	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
)

// An honour board (bảng vàng) is a commune's roll of honour: in each
// period it lived through as the unit right above teams, its teams that
// met every criterion and its commendations, collectives and people.

// HonourView is a commune's honour board (.Honour), or with Unit empty
// the index of the honour boards.
type HonourView struct {
	Unit    Link
	Context string
	Periods []HonourPeriod
	// Current and Ceased list the honour boards on the index: the
	// communes of the current tree, and those that ceased (rule 8), each
	// in name order.
	Current, Ceased []Link
}

// HonourPeriod is a commune's honour board in one period.
type HonourPeriod struct {
	Period PeriodInfo
	// Teams met every criterion, of TeamsTotal teams under the commune.
	Teams      []Link
	TeamsTotal int
	// Collective and Individual are the commendations of its teams dated
	// in the period, newest first.
	Collective, Individual []DeedView
}

// hasHonourBoard reports whether u is right above teams in some started
// period's tree (not the root): it has an honour board.
func (m *model) hasHonourBoard(u *data.Unit) bool {
	if u.Parent == nil && m.parentOf(u) == nil {
		return false
	}
	for _, p := range m.res.Periods {
		if honourIn(p, u) {
			return true
		}
	}
	return false
}

// honourIn reports whether u is right above teams in p's tree.
func honourIn(p *results.Period, u *data.Unit) bool {
	if !presentIn(p, u) || p.Of(u).Parent == nil {
		return false
	}
	for _, k := range p.Children(u) {
		if k.Leaf {
			return true
		}
	}
	return false
}

func (m *model) honourPage(u *data.Unit) *Page {
	in := m.unitOf(u)
	v := &HonourView{Unit: Link{URL: in.url, Text: in.name}, Context: in.context}
	for _, p := range m.res.Periods {
		if !honourIn(p, u) {
			continue
		}
		hp := HonourPeriod{Period: periodInfo(p)}
		var teams []*data.Unit
		for _, k := range p.Children(u) {
			if !k.Leaf {
				continue
			}
			hp.TeamsTotal++
			teams = append(teams, k.Unit)
			if k.AllMet == 1 {
				hp.Teams = append(hp.Teams, m.unitLink(k.Unit))
			}
		}
		var deeds []*shownDeed
		for _, t := range teams {
			deeds = insertByDate(deeds, m.deedsByLeaf[t.ID])
		}
		for _, d := range deeds {
			if !isCommendation(d) || !inPeriod(d, p) {
				continue
			}
			dv := m.deedView(d)
			if collective(d) {
				hp.Collective = append(hp.Collective, dv)
			} else {
				hp.Individual = append(hp.Individual, dv)
			}
		}
		v.Periods = append(v.Periods, hp)
	}
	pg := m.page("honour", urls.HonourBoard(u), "Bảng vàng – "+in.name, "viec-tot")
	pg.Crumbs = []Link{{URL: m.u.Path(urls.HonourBoards), Text: "Bảng vàng"}}
	pg.Description = "Bảng vàng của " + in.name + ": các tổ đạt mọi nội dung thi đua và các tập thể, cá nhân được khen thưởng trong từng đợt."
	pg.Honour = v
	return pg
}

// insertByDate merges deeds (newest first) into list (newest first),
// stable: on the same day, list's deeds come first.
func insertByDate(list, deeds []*shownDeed) []*shownDeed {
	out := make([]*shownDeed, 0, len(list)+len(deeds))
	i, j := 0, 0
	for i < len(list) && j < len(deeds) {
		if deedBefore(deeds[j], list[i]) {
			out = append(out, deeds[j])
			j++
		} else {
			out = append(out, list[i])
			i++
		}
	}
	return append(append(out, list[i:]...), deeds[j:]...)
}

func (m *model) honourIndex() *Page {
	v := &HonourView{}
	current, ceased := m.honourUnits()
	for _, u := range m.sortUnits(current) {
		v.Current = append(v.Current, Link{URL: m.u.Path(urls.HonourBoard(u)), Text: m.unitName(u)})
	}
	for _, u := range m.sortUnits(ceased) {
		v.Ceased = append(v.Ceased, Link{URL: m.u.Path(urls.HonourBoard(u)), Text: m.unitName(u)})
	}
	pg := m.page("honour", urls.HonourBoards, "Bảng vàng", "viec-tot")
	pg.Description = "Bảng vàng của từng " + m.info.Kinds.Communes + ": các tổ đạt mọi nội dung thi đua và các tập thể, cá nhân được khen thưởng."
	pg.Honour = v
	return pg
}

// honourUnits returns the units with an honour board: those in the
// current tree and those that ceased, in units.csv order.
func (m *model) honourUnits() (current, ceased []*data.Unit) {
	for _, u := range m.set.Units.All {
		if !m.hasHonourBoard(u) {
			continue
		}
		if m.current == nil || presentIn(m.current, u) {
			current = append(current, u)
		} else {
			ceased = append(ceased, u)
		}
	}
	return current, ceased
}

// honourJobs lists the index and every commune's honour board.
func (m *model) honourJobs() []job {
	js := []job{{rel: urls.HonourBoards, layout: "honour.html", make: m.honourIndex}}
	current, ceased := m.honourUnits()
	for _, u := range append(current, ceased...) {
		js = append(js, job{rel: urls.HonourBoard(u), layout: "honour.html", make: func() *Page { return m.honourPage(u) }, pos: u.Pos})
	}
	return js
}
