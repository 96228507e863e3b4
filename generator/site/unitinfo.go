package site

import (
	"phongtrao/generator/data"
	"phongtrao/generator/site/urls"
)

// unitInfo is what pages print about a unit, worked out once per build:
// a unit's name, URL and place appear on its own page, its parent's,
// the leaderboards, the directory, every deed and story about it.
type unitInfo struct {
	name    string // fullName
	bare    string // bareName
	url     string // site path of its page
	context string // context: where it is
	leaves  int    // leaves under it (1 for a leaf)
	// crumbs is the breadcrumb of a page about one of its children: from
	// the root down to the unit itself (nil for a leaf). Pages share it,
	// read-only, with its capacity at its length so that an append copies.
	crumbs []Link
	// deeds sums up the deeds under a larger unit (nil for a leaf).
	deeds *deedSummary
}

// indexUnits fills m.byAll, m.unitIdx and m.unitInfos, walking the
// navigation tree (tree.go) from the root so that a parent's context and
// crumbs are ready for its children, then the units off it (those that
// ceased during the campaign), each after its parent.
func (m *model) indexUnits() {
	all := m.set.Units.All
	m.byAll = make([]int32, len(all))
	for i := range m.byAll {
		m.byAll[i] = -1
	}
	m.unitIdx = map[*data.Unit]int32{}
	m.unitInfos = make([]unitInfo, 0, len(all))
	if root := m.set.Units.Root; root != nil {
		m.indexUnit(root, nil)
	}
	if m.seen != nil {
		for _, u := range all {
			m.indexOff(u)
		}
	}
}

// indexOff indexes u, off the walk from the root, after its parent, and
// returns its place in m.unitInfos.
func (m *model) indexOff(u *data.Unit) int32 {
	if i, seen := m.infoIndex(u); seen {
		return i
	}
	var parent *unitInfo
	if p := m.parentOf(u); p != nil {
		parent = &m.unitInfos[m.indexOff(p)]
	}
	m.indexUnit(u, parent)
	i, _ := m.infoIndex(u)
	return i
}

// indexUnit adds u and the units under it, from the entry of u's parent
// (nil for the root). It returns the number of leaves under u.
func (m *model) indexUnit(u *data.Unit, parent *unitInfo) int {
	if i, seen := m.infoIndex(u); seen {
		return m.unitInfos[i].leaves
	}
	info := unitInfo{name: fullName(u), bare: bareName(u), url: m.u.Path(urls.Unit(u.ID))}
	up := m.parentOf(u)
	switch {
	case parent == nil || up == nil || m.parentOf(up) == nil:
		// The root and the units right under it are nowhere: no context.
	case m.parentOf(m.parentOf(up)) == nil:
		info.context = parent.name
	default:
		info.context = parent.name + ", " + parent.context
	}
	if !m.isLeafOf(u) {
		var crumbs []Link
		if parent != nil {
			crumbs = parent.crumbs
		}
		info.crumbs = make([]Link, len(crumbs), len(crumbs)+1)
		copy(info.crumbs, crumbs)
		info.crumbs = append(info.crumbs, Link{URL: info.url, Text: info.name})
	}
	i := int32(len(m.unitInfos))
	if all := m.set.Units.All; u.Index() < len(all) && all[u.Index()] == u {
		m.byAll[u.Index()] = i
	} else {
		m.unitIdx[u] = i
	}
	m.unitInfos = append(m.unitInfos, info)
	n := 0
	for _, c := range m.childrenOf(u) {
		if m.parentOf(c) != u { // not u's child as its Parent says: unitOf works it out
			n += len(c.Leaves())
			continue
		}
		n += m.indexUnit(c, &info)
	}
	m.unitInfos[i].leaves = max(n, 1)
	return m.unitInfos[i].leaves
}

// summarizeAllDeeds gives every larger unit in the tree its deedSummary.
func (m *model) summarizeAllDeeds() {
	root := m.set.Units.Root
	if root == nil || root.IsLeaf() {
		return
	}
	m.summarizeDeeds(root, func(u *data.Unit, s *deedSummary) {
		if i, ok := m.infoIndex(u); ok {
			m.unitInfos[i].deeds = s
		}
	})
}

// infoIndex returns where u's entry is in m.unitInfos, and false when u
// has none: by its place in Units.All (data.Unit.Index) when it is
// there, without hashing, else from unitIdx.
func (m *model) infoIndex(u *data.Unit) (int32, bool) {
	if i, all := u.Index(), m.set.Units.All; i < len(all) && all[i] == u {
		j := m.byAll[i]
		return j, j >= 0
	}
	j, ok := m.unitIdx[u]
	return j, ok
}

// unitOf returns u's entry, computing one for a unit outside the tree.
func (m *model) unitOf(u *data.Unit) *unitInfo {
	if i, ok := m.infoIndex(u); ok {
		return &m.unitInfos[i]
	}
	info := &unitInfo{name: fullName(u), bare: bareName(u), url: m.u.Path(urls.Unit(u.ID)), context: context(u), leaves: len(u.Leaves())}
	if !u.IsLeaf() {
		for _, a := range u.Ancestors() {
			info.crumbs = append(info.crumbs, Link{URL: m.u.Path(urls.Unit(a.ID)), Text: fullName(a)})
		}
		info.crumbs = append(info.crumbs, Link{URL: info.url, Text: info.name})
		info.crumbs = info.crumbs[:len(info.crumbs):len(info.crumbs)]
	}
	return info
}

// unitName is fullName(u), unitURL the site path of u's page, unitContext
// context(u) and unitLink a link to u's page named by its full name.
func (m *model) unitName(u *data.Unit) string    { return m.unitOf(u).name }
func (m *model) unitURL(u *data.Unit) string     { return m.unitOf(u).url }
func (m *model) unitContext(u *data.Unit) string { return m.unitOf(u).context }
func (m *model) unitLink(u *data.Unit) Link {
	in := m.unitOf(u)
	return Link{URL: in.url, Text: in.name}
}

// unitCrumbs is the breadcrumb of u's page: links to its ancestors from the
// root down (nil for the root). It is shared: never modify its elements.
func (m *model) unitCrumbs(u *data.Unit) []Link {
	p := m.parentOf(u)
	if p == nil {
		return nil
	}
	return m.unitOf(p).crumbs
}
