package site

import (
	"cmp"
	"slices"
	"strings"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
)

// sortByName sorts units by bare name, then by where they are (commune,
// district), then by id, in Vietnamese order: by the ranks of their bare
// names and contexts in names and wheres (vn.Ranks of them all).
// Ids are unique, so the order is total.
func (m *model) sortByName(us []*data.Unit, names, wheres map[string]int32) {
	type keyed struct {
		u           *data.Unit
		name, where int32
	}
	ks := make([]keyed, len(us))
	for i, u := range us {
		in := m.unitOf(u)
		ks[i] = keyed{u, names[in.bare], wheres[in.context]}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.where, b.where), strings.Compare(a.u.ID, b.u.ID))
	})
	for i := range ks {
		us[i] = ks[i].u
	}
}

// sortedChildren returns u's children by Vietnamese collation of their
// full names (vn.Compare), then by id: by the ranks of their names among
// every unit's (nameRanks), or, for a child outside the tree, comparing
// names.
func (m *model) sortedChildren(u *data.Unit) []*data.Unit {
	return m.sortUnits(append([]*data.Unit(nil), m.childrenOf(u)...))
}

// kidsIn returns u's children in p's tree (BRIEF.md §4 rule 8), sorted as
// sortedChildren does.
func (m *model) kidsIn(p *results.Period, u *data.Unit) []*data.Unit {
	rs := p.Children(u)
	kids := make([]*data.Unit, len(rs))
	for i, r := range rs {
		kids[i] = r.Unit
	}
	return m.sortUnits(kids)
}

// sortUnits sorts kids in place as sortedChildren does and returns them.
func (m *model) sortUnits(kids []*data.Unit) []*data.Unit {
	if len(kids) < 2 {
		return kids
	}
	type ranked struct {
		u    *data.Unit
		rank int32
	}
	ranks := m.nameRanks()
	rs := make([]ranked, len(kids))
	for i, k := range kids {
		r, ok := ranks[m.unitName(k)]
		if !ok {
			return m.compareChildren(kids)
		}
		rs[i] = ranked{k, r}
	}
	slices.SortFunc(rs, func(a, b ranked) int { // ids are unique: a total order
		return cmp.Or(cmp.Compare(a.rank, b.rank), strings.Compare(a.u.ID, b.u.ID))
	})
	for i := range rs {
		kids[i] = rs[i].u
	}
	return kids
}

// compareChildren sorts kids as sortedChildren does, comparing names.
func (m *model) compareChildren(kids []*data.Unit) []*data.Unit {
	type named struct {
		u    *data.Unit
		name string
	}
	ns := make([]named, len(kids))
	for i, k := range kids {
		ns[i] = named{k, m.unitName(k)}
	}
	slices.SortStableFunc(ns, func(a, b named) int {
		return cmp.Or(vn.Compare(a.name, b.name), strings.Compare(a.u.ID, b.u.ID))
	})
	for i := range ns {
		kids[i] = ns[i].u
	}
	return kids
}

// allNameRanks is vn.Ranks of the full names of every unit.
func (m *model) allNameRanks() map[string]int32 {
	names := make([]string, len(m.set.Units.All))
	for i, u := range m.set.Units.All {
		names[i] = m.unitName(u)
	}
	return vn.Ranks(names)
}
