package site

import (
	"slices"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// The site's navigation (breadcrumbs, where a unit is, the directory, the
// units listed on the home and criterion pages) follows the tree in force
// in the current period (BRIEF.md §4 rule 8: data/successions.csv can
// merge units during the campaign); a unit that ceased keeps the place it
// had in the last period it lived through. Without successions this is
// units.csv's tree. Period pages (scorecards, leaderboards, bulletins)
// take each period's own tree from its results instead.

// indexPlaces finds, for every unit, the period whose tree places it
// (m.seen, see seenIn), when the data has successions.
func (m *model) indexPlaces() {
	if len(m.set.Successions) == 0 {
		return
	}
	m.seen = make([]*results.Period, len(m.set.Units.All))
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		for i, u := range m.set.Units.All {
			if r := p.Of(u); r != nil && !r.Absent && m.seen[i] != m.current {
				m.seen[i] = p
			}
		}
	}
}

// seenIn returns the period whose tree places u: the current period where
// u has a result there, else the last one where it has; nil for the tree
// of units.csv.
func (m *model) seenIn(u *data.Unit) *results.Period {
	if m.seen == nil {
		return nil
	}
	if i, all := u.Index(), m.set.Units.All; i < len(all) && all[i] == u {
		return m.seen[i]
	}
	return nil
}

// parentOf returns u's parent in the navigation tree.
func (m *model) parentOf(u *data.Unit) *data.Unit {
	if p := m.seenIn(u); p != nil {
		return p.Of(u).Parent
	}
	return u.Parent
}

// childrenOf returns u's children in the navigation tree, in units.csv
// order. Never modify the result.
func (m *model) childrenOf(u *data.Unit) []*data.Unit {
	p := m.seenIn(u)
	if p == nil {
		return u.Children
	}
	rs := p.Children(u)
	kids := make([]*data.Unit, len(rs))
	for i, r := range rs {
		kids[i] = r.Unit
	}
	slices.SortFunc(kids, func(a, b *data.Unit) int { return a.Index() - b.Index() })
	return kids
}

// isLeafOf reports whether u is a team in the navigation tree.
func (m *model) isLeafOf(u *data.Unit) bool {
	if p := m.seenIn(u); p != nil {
		return p.Of(u).Leaf
	}
	return u.IsLeaf()
}

// isUnder reports whether u is below a in the navigation tree.
func (m *model) isUnder(u, a *data.Unit) bool {
	for p := m.parentOf(u); p != nil; p = m.parentOf(p) {
		if p == a {
			return true
		}
	}
	return false
}

// ancestorsOf returns u's ancestors in the navigation tree, root first.
func (m *model) ancestorsOf(u *data.Unit) []*data.Unit {
	return ancestors(u, m.parentOf)
}

// ancestorsIn returns u's ancestors in p's tree, root first.
func ancestorsIn(p *results.Period, u *data.Unit) []*data.Unit {
	return ancestors(u, func(a *data.Unit) *data.Unit { return parentIn(p, a) })
}

// isCommune reports whether u is directly above teams in the navigation
// tree (for a unit that ceased, in the last period it lived through).
func (m *model) isCommune(u *data.Unit) bool {
	if m.parentOf(u) == nil {
		return false
	}
	for _, c := range m.childrenOf(u) {
		if m.isLeafOf(c) {
			return true
		}
	}
	return false
}

// ancestors walks parent from u up to the root and returns the units
// met, root first.
func ancestors(u *data.Unit, parent func(*data.Unit) *data.Unit) []*data.Unit {
	var out []*data.Unit
	for a := parent(u); a != nil; a = parent(a) {
		out = append(out, a)
	}
	slices.Reverse(out)
	return out
}

// presentIn reports whether u has a result in p: p has started and u
// lived on p's reference day (rule 8).
func presentIn(p *results.Period, u *data.Unit) bool {
	if !p.Started() {
		return false
	}
	r := p.Of(u)
	return r != nil && !r.Absent
}

// eachAbove calls f once for every unit above u in units.csv's tree, the
// navigation tree or a started period's tree: the units whose bulletins
// may count u's deeds.
func (m *model) eachAbove(u *data.Unit, f func(*data.Unit)) {
	if m.seen == nil {
		for a := u.Parent; a != nil; a = a.Parent {
			f(a)
		}
		return
	}
	var done []*data.Unit
	visit := func(parent func(*data.Unit) *data.Unit) {
		for a := parent(u); a != nil; a = parent(a) {
			if !slices.Contains(done, a) {
				done = append(done, a)
				f(a)
			}
		}
	}
	visit(func(a *data.Unit) *data.Unit { return a.Parent })
	visit(m.parentOf)
	for _, p := range m.res.Periods {
		if p.Started() {
			visit(func(a *data.Unit) *data.Unit { return parentIn(p, a) })
		}
	}
}
