package results

import (
	"cmp"
	"slices"
	"sort"

	"phongtrao/generator/data"
	"phongtrao/generator/parallel"
)

// levelKey groups units for level rankings: the same depth, and leaves
// apart from aggregates.
type levelKey struct {
	depth int
	leaf  bool
}

// rank sets Rank.Siblings and Rank.Level of every result in p and keeps
// the ordered lists (BRIEF.md §4 rule 6). Level rankings are computed
// while sibling rankings are: each writes its own field of the results and
// sorts its own lists, and both only read the rest. Each kind of list
// lives in one array, counted before it is filled.
func rank(p *Period, l *layout) {
	var levels parallel.Group
	levels.Go(func() { rankLevels(p, l) })
	key := make([]int32, len(p.Units)) // each unit's parent, -1 for a root
	parent := l.parent
	if p.tree != nil {
		parent = p.tree.parent
	}
	var roots []*UnitResult
	for i, u := range p.Units {
		key[i] = int32(parent[i])
		if key[i] < 0 && !u.Absent {
			roots = append(roots, u)
		}
	}
	p.childStart, p.children = grouped(p.Units, key, len(p.Units))
	rankSiblings(roots, l)
	for i := range p.Units {
		if ch := p.childrenAt(i); ch != nil {
			rankSiblings(ch, l)
			slices.SortFunc(ch, func(a, b *UnitResult) int { return childCmp(a, b, l) })
		}
	}
	levels.Wait()
}

// grouped returns the units grouped by key (0 ≤ key < n, -1 for none),
// each group in the units' order: the group of key k is
// units[start[k]:start[k+1]].
func grouped(units []*UnitResult, key []int32, n int) (start []int32, byKey []*UnitResult) {
	start, order := bucket(key, n)
	byKey = make([]*UnitResult, len(order))
	for j, i := range order {
		byKey[j] = units[i]
	}
	return start, byKey
}

// childrenAt returns the children of the unit with index i, nil for none.
func (p *Period) childrenAt(i int) []*UnitResult {
	lo, hi := p.childStart[i], p.childStart[i+1]
	if hi == lo {
		return nil
	}
	return p.children[lo:hi:hi]
}

// rankSiblings sets Rank.Siblings in g, the units of one parent: the
// aggregates among themselves, the leaves among themselves. It reorders g.
func rankSiblings(g []*UnitResult, l *layout) {
	aggs := 0 // g[:aggs] are aggregates
	for i, u := range g {
		if !u.Leaf {
			g[aggs], g[i] = g[i], g[aggs]
			aggs++
		}
	}
	set := func(u *UnitResult, r int) { u.Rank.Siblings = r }
	order(g[:aggs], l, set)
	order(g[aggs:], l, set)
}

// rankLevels sets Rank.Level and fills p.levels.
func rankLevels(p *Period, l *layout) {
	// Units are grouped by depth*2 + (1 for a leaf).
	maxDepth := 0
	for _, u := range p.Units {
		maxDepth = max(maxDepth, u.Depth)
	}
	key := make([]int32, len(p.Units))
	for i, u := range p.Units {
		key[i] = int32(u.Depth * 2)
		if u.Leaf {
			key[i]++
		}
		if u.Absent {
			key[i] = -1
		}
	}
	p.levels = make(map[levelKey][]*UnitResult)
	start, byKey := grouped(p.Units, key, 2*(maxDepth+1))
	for k := range 2 * (maxDepth + 1) {
		if lo, hi := start[k], start[k+1]; hi > lo {
			g := byKey[lo:hi:hi]
			p.levels[levelKey{k / 2, k%2 == 1}] = g
			order(g, l, func(u *UnitResult, r int) { u.Rank.Level = r })
		}
	}
}

// order sorts g best first, ties in Vietnamese name order then id, and
// gives competition ranks (1, 2, 2, 4) through set.
func order(g []*UnitResult, l *layout, set func(*UnitResult, int)) {
	slices.SortFunc(g, func(a, b *UnitResult) int {
		if c := compare(a, b); c != 0 {
			return c
		}
		return cmp.Compare(l.nameOrder[a.index], l.nameOrder[b.index])
	})
	r := 0
	for i, u := range g {
		if i == 0 || compare(g[i-1], u) != 0 {
			r = i + 1
		}
		set(u, r)
	}
}

// compare returns a negative number when a ranks before b, 0 on a tie.
// Leaves: score, then indicators met, then deeds, all descending.
// Aggregates: mean score, then share of leaves meeting every criterion,
// both descending and compared as exact fractions.
func compare(a, b *UnitResult) int {
	if a.Leaf {
		if c := cmp.Compare(b.ScoreSum, a.ScoreSum); c != 0 {
			return c
		}
		if c := cmp.Compare(b.IndicatorsMet, a.IndicatorsMet); c != 0 {
			return c
		}
		return cmp.Compare(b.Deeds, a.Deeds)
	}
	// a.sum/a.n against b.sum/b.n, descending.
	if c := cmpProd(int64(b.ScoreSum), int64(a.Leaves), int64(a.ScoreSum), int64(b.Leaves)); c != 0 {
		return c
	}
	return cmpProd(int64(b.AllMet), int64(a.Leaves), int64(a.AllMet), int64(b.Leaves))
}

// childCmp orders a unit's children: by sibling rank, aggregates before
// leaves on equal rank, then by Vietnamese name order.
func childCmp(a, b *UnitResult, l *layout) int {
	if a.Rank.Siblings != b.Rank.Siblings {
		return cmp.Compare(a.Rank.Siblings, b.Rank.Siblings)
	}
	if a.Leaf != b.Leaf {
		if a.Leaf {
			return 1
		}
		return -1
	}
	return cmp.Compare(l.nameOrder[a.index], l.nameOrder[b.index])
}

// Children returns the results of u's children in rank order (ties in
// Vietnamese name order); nil for a leaf or an upcoming period.
func (p *Period) Children(u *data.Unit) []*UnitResult {
	i, ok := p.layout.indexOf(u)
	if !ok || p.childStart == nil {
		return nil
	}
	return p.childrenAt(i)
}

// Level returns the results of all leaves (leaves true) or all aggregates
// at depth, in level rank order (ties in Vietnamese name order); nil when
// there are none or the period is upcoming.
func (p *Period) Level(depth int, leaves bool) []*UnitResult {
	return p.levels[levelKey{depth, leaves}]
}

// Depths returns the depths that hold leaves (leaves true) or aggregates,
// in increasing order.
func (p *Period) Depths(leaves bool) []int {
	var out []int
	for k := range p.levels {
		if k.leaf == leaves {
			out = append(out, k.depth)
		}
	}
	sort.Ints(out)
	return out
}
