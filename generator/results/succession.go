package results

import (
	"cmp"
	"slices"
)

// succession is a Succession reduced to unit indices and a day key.
type succession struct {
	to  int
	day int // dayKey of the first day the unit no longer exists
}

// merges holds the successions of a run by unit index (BRIEF.md §4 rule 8).
type merges struct {
	of []succession // by unit index; day 0: the unit never ceases
}

// newMerges indexes the successions whose units are both in the layout;
// nil when there is none, so that a site without successions takes the
// path it always took.
func newMerges(l *layout, s []Succession) *merges {
	m := &merges{of: make([]succession, len(l.units))}
	n := 0
	for _, x := range s {
		from, okF := l.unitIndex[x.From]
		to, okT := l.unitIndex[x.To]
		if okF && okT && from != to && m.of[from].day == 0 {
			m.of[from] = succession{to: to, day: dayKey(x.Date)}
			n++
		}
	}
	if n == 0 {
		return nil
	}
	return m
}

// ceased reports whether unit i no longer exists on the day with key r.
func (m *merges) ceased(i, r int) bool { d := m.of[i].day; return d != 0 && d <= r }

// home returns where unit i is on day r: i itself while it exists, else
// the unit it became part of, followed while that one has ceased too.
// The steps are bounded: data.Load refuses cycles, and a cycle that
// slipped through ends the walk rather than the program.
func (m *merges) home(i, r int) int {
	for step := 0; step <= len(m.of) && m.ceased(i, r); step++ {
		i = m.of[i].to
	}
	return i
}

// periodTree is the unit periodTree in force on a period's reference day r =
// min(P.end, asOf) (rule 8): the units that exist and have a team under
// them, each under its parent of units.csv or, while that parent has
// ceased, under where the parent went.
type periodTree struct {
	parent []int  // by unit index; -1 for a root or a unit without a result
	depth  []int  // depth in this periodTree
	absent []bool // the unit has no result in the period
	order  []int  // present units, deepest first
	// preds[i] lists the teams whose rows and deeds live team i counts:
	// those that ceased by r and whose home is i.
	preds map[int][]int
}

// newPeriodTree builds the periodTree of the day with key r.
func newPeriodTree(l *layout, m *merges, r int) *periodTree {
	n := len(l.units)
	t := &periodTree{parent: make([]int, n), depth: make([]int, n), absent: make([]bool, n), preds: map[int][]int{}}
	for i := range n {
		t.absent[i] = m.ceased(i, r)
		t.parent[i] = -1
		if !t.absent[i] {
			t.parent[i] = upTo(l, m, i, r)
		}
	}
	t.setDepths()
	byDepth := make([]int, 0, n)
	for i := range n {
		if !t.absent[i] {
			byDepth = append(byDepth, i)
		}
	}
	slices.SortStableFunc(byDepth, func(a, b int) int { return cmp.Compare(t.depth[b], t.depth[a]) })
	// An aggregate with no live team under it has no result.
	teams := make([]int, n)
	for _, i := range byDepth {
		if l.units[i].IsLeaf() {
			teams[i]++
		}
		if p := t.parent[i]; p >= 0 {
			teams[p] += teams[i]
		}
	}
	for _, i := range byDepth {
		if teams[i] == 0 {
			t.absent[i], t.parent[i] = true, -1
		} else {
			t.order = append(t.order, i)
		}
	}
	for i, u := range l.units {
		if u.IsLeaf() && m.ceased(i, r) {
			if h := m.home(i, r); !t.absent[h] && l.units[h].IsLeaf() {
				t.preds[h] = append(t.preds[h], i)
			}
		}
	}
	return t
}

// upTo returns the parent of unit i on day r: its parent in units.csv, or
// where that one went, repeatedly; a team never becomes a parent (data.Load
// makes a team that receives a unit with children an aggregate), so the
// walk goes on above a team it reaches. -1: a root.
func upTo(l *layout, m *merges, i, r int) int {
	p := l.parent[i]
	for step := 0; p >= 0 && step <= len(l.units); step++ {
		p = m.home(p, r)
		if !l.units[p].IsLeaf() {
			return p
		}
		p = l.parent[p]
	}
	return p
}

// setDepths sets every unit's depth in the periodTree; a unit whose parents
// loop (which data.Load prevents) is put at depth 0 under no parent.
func (t *periodTree) setDepths() {
	const unknown = -1
	for i := range t.depth {
		t.depth[i] = unknown
	}
	var path []int
	for i := range t.depth {
		path = path[:0]
		j := i
		for t.depth[j] == unknown && t.parent[j] >= 0 && len(path) <= len(t.depth) {
			path = append(path, j)
			j = t.parent[j]
		}
		base := t.depth[j]
		if base == unknown {
			if t.parent[j] >= 0 { // a loop
				t.parent[j] = -1
			}
			base, t.depth[j] = 0, 0
		}
		for k := len(path) - 1; k >= 0; k-- {
			if path[k] == j {
				continue
			}
			base++
			t.depth[path[k]] = base
		}
	}
}

// combined returns the rows and deeds of live team u counting its
// predecessors' (rule 8): rows of one month are added field by field,
// except a field read by a latest indicator, where u's own row wins when
// it has the field. own are u's rows, merged, in memory that e.gather
// does not reuse; the result is new memory.
func (e *evaluator) combined(u int, own rows, preds []int) (rows, []deedRef) {
	nf := own.nf
	deeds := slices.Clone(e.x.deedsOf(u))
	theirs := rows{nf: nf}
	for _, p := range preds {
		theirs = theirs.appended(e.gather(p)) // copied out of e's scratch space
		deeds = append(deeds, e.x.deedsOf(p)...)
	}
	slices.SortStableFunc(deeds, func(a, b deedRef) int { return cmp.Compare(a.day, b.day) })
	// The predecessors' rows are added together, then u's own go on top.
	theirs = theirs.merged()
	out := rows{nf: nf}
	i, j := 0, 0
	for i < own.len() || j < theirs.len() {
		switch {
		case j == theirs.len() || i < own.len() && own.month[i] < theirs.month[j]:
			out = out.appended(own.slice(i, i+1))
			i++
		case i == own.len() || theirs.month[j] < own.month[i]:
			out = out.appended(theirs.slice(j, j+1))
			j++
		default: // the same month
			out = out.appended(theirs.slice(j, j+1))
			r := out.len() - 1
			for f := range nf {
				v, ok := own.at(i, f)
				switch {
				case !ok:
				case e.l.latestField[f]:
					out.vals[r*nf+f], out.has[r*nf+f] = v, true
				default:
					out.vals[r*nf+f] += v // 0 where theirs lacks the field
					out.has[r*nf+f] = true
				}
			}
			i++
			j++
		}
	}
	return out, deeds
}

// hasPreds reports whether team i counts a predecessor's rows in one of
// the periods.
func hasPreds(periods []*Period, i int) bool {
	for _, p := range periods {
		if p.tree != nil && len(p.tree.preds[i]) > 0 {
			return true
		}
	}
	return false
}

// place sets ur's parent and depth in the periodTree, and reports whether the
// unit with index i has no result in it (ur is then marked Absent and
// left empty, with a leaf's Criteria all unmet).
func (t *periodTree) place(l *layout, i int, ur *UnitResult) bool {
	ur.Parent, ur.Depth = nil, t.depth[i]
	if p := t.parent[i]; p >= 0 {
		ur.Parent = l.units[p]
	}
	if !t.absent[i] {
		return false
	}
	ur.Absent, ur.Depth = true, l.units[i].Depth
	if ur.Criteria == nil {
		nc := len(l.points)
		ur.Criteria = l.leafCriteria[:nc:nc]
	}
	return true
}

// clone returns a copy of s in new memory.
func (s rows) clone() rows {
	return rows{month: slices.Clone(s.month), vals: slices.Clone(s.vals), has: slices.Clone(s.has), nf: s.nf}
}

// appended returns s with the rows of t after its own (new memory when
// s's has no room).
func (s rows) appended(t rows) rows {
	s.month = append(s.month, t.month...)
	s.vals = append(s.vals, t.vals...)
	s.has = append(s.has, t.has...)
	return s
}
