package results

import (
	"cmp"
	"slices"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
)

// dayKey turns a date into an ordered integer (YYYYMMDD).
func dayKey(d calendar.Date) int { return d.Year*10000 + int(d.Month)*100 + d.Day }

// rows is a leaf's report rows reduced to the fields indicators use,
// sorted by month: row r is in month[r] and its used field f is
// vals[r*nf+f], reported when has[r*nf+f]. They live in an evaluator's
// scratch space, filled anew for each leaf (see evaluator.gather), so that
// a million rows are never copied all at once.
type rows struct {
	month []int32 // calendar.Month.Index
	vals  []decimal.D
	has   []bool
	nf    int
}

// len is the number of rows.
func (s rows) len() int { return len(s.month) }

// slice returns rows lo..hi-1.
func (s rows) slice(lo, hi int) rows {
	return rows{month: s.month[lo:hi], vals: s.vals[lo*s.nf : hi*s.nf], has: s.has[lo*s.nf : hi*s.nf], nf: s.nf}
}

// at returns row r's value of used field f and whether the row reports it.
func (s rows) at(r, f int) (decimal.D, bool) {
	i := r*s.nf + f
	return s.vals[i], s.has[i]
}

// deedRef is one deed reduced to what counting needs.
type deedRef struct {
	day   int32 // dayKey
	month int32 // calendar.Month.Index
	kind  string
}

// index says where each leaf's report rows and deeds are, found once for
// every period. Both are grouped by leaf with a counting sort, so each
// leaf's rows keep their order in set.Reports (merged sorts them by month)
// and its deeds are sorted by date; an aggregate has none.
type index struct {
	reports  []data.Report
	rowStart []int32 // leaf u's rows are rowOrder[rowStart[u]:rowStart[u+1]]
	rowOrder []int32 // indices into reports
	deedAt   []int32 // leaf u's deeds are deeds[deedAt[u]:deedAt[u+1]]
	deeds    []deedRef
	targets  []decimal.D // by unit and indicator (unit*len(inds) + j); nil: the file's targets
}

// rows returns the indices in x.reports of leaf u's rows.
func (x *index) rowsOf(u int) []int32 { return x.rowOrder[x.rowStart[u]:x.rowStart[u+1]] }

// deedsOf returns leaf u's deeds, by date.
func (x *index) deedsOf(u int) []deedRef { return x.deeds[x.deedAt[u]:x.deedAt[u+1]] }

// targetsOf returns leaf u's targets by indicator, nil for the file's.
func (x *index) targetsOf(u, n int) []decimal.D {
	if x.targets == nil {
		return nil
	}
	return x.targets[u*n : (u+1)*n]
}

// buildIndex finds every leaf's report rows and deeds. Finding each row's
// leaf runs on all cores, each row written to its own slot.
func buildIndex(l *layout, set *data.Set, asOf calendar.Date, o *options) *index {
	x := &index{reports: set.Reports}
	x.rowStart, x.rowOrder = bucket(leafOfRows(l, set.Reports, asOf), len(l.units))
	x.addDeeds(l, set.Deeds, asOf)
	if o.targets != nil {
		x.resolveTargets(l, set, o.targets)
	}
	return x
}

// bucket groups the items 0..len(key)-1 by key (0 ≤ key < n; -1 for none),
// keeping their order within a key: the items of key k are
// order[start[k]:start[k+1]].
func bucket(key []int32, n int) (start, order []int32) {
	start = make([]int32, n+1)
	for _, k := range key {
		if k >= 0 {
			start[k+1]++
		}
	}
	for k := range n {
		start[k+1] += start[k]
	}
	next := slices.Clone(start[:n])
	order = make([]int32, start[n])
	for i, k := range key {
		if k >= 0 {
			order[next[k]] = int32(i)
			next[k]++
		}
	}
	return start, order
}

// leafOfRows returns, for each report row, the unit index of the leaf it is
// credited to, or -1 when it counts for none (a month after asOf's, rule 2;
// a unit that is not a leaf). Report files list their units mostly in the
// order of units.csv, so the unit after the last row's is tried before the
// map of every unit.
func leafOfRows(l *layout, reports []data.Report, asOf calendar.Date) []int32 {
	lastMonth := asOf.MonthOf().Index()
	out := make([]int32, len(reports))
	forChunks(len(reports), func(lo, hi int) {
		guess := 0
		for i := lo; i < hi; i++ {
			out[i] = -1
			r := &reports[i]
			if r.Month.Index() > lastMonth {
				continue
			}
			id := r.Unit
			u, ok := guess, guess < len(l.units) && l.units[guess].ID == id
			if !ok {
				u, ok = l.unitIndex[id]
			}
			if ok && l.units[u].IsLeaf() {
				out[i], guess = int32(u), u+1
			}
		}
	})
	return out
}

// addDeeds gives every leaf the deeds credited to it, sorted by date (a
// stable sort: deeds of one day keep their order in set.Deeds).
func (x *index) addDeeds(l *layout, deeds []data.Deed, asOf calendar.Date) {
	last := dayKey(asOf)
	key := make([]int32, len(deeds))
	for i := range deeds {
		d := &deeds[i]
		key[i] = -1
		k := dayKey(d.Date)
		if k > last || k < l.campStart || k > l.campEnd {
			continue // after asOf, or outside the campaign
		}
		if u, ok := l.leaf(d.Unit); ok {
			key[i] = int32(u)
		}
	}
	var order []int32
	x.deedAt, order = bucket(key, len(l.units))
	x.deeds = make([]deedRef, len(order))
	for j, i := range order {
		d := &deeds[i]
		x.deeds[j] = deedRef{day: int32(dayKey(d.Date)), month: int32(d.Date.MonthOf().Index()), kind: d.Kind}
	}
	for u := range l.units {
		slices.SortStableFunc(x.deedsOf(u), func(a, b deedRef) int { return cmp.Compare(a.day, b.day) })
	}
}

// leaf returns the unit index of id when it is a leaf.
func (l *layout) leaf(id string) (int, bool) {
	i, ok := l.unitIndex[id]
	if !ok || !l.units[i].IsLeaf() {
		return 0, false
	}
	return i, true
}

// merged sorts rows by month (stable) and adds up rows of the same month
// field by field (only successions can produce them), in place. Rows are
// usually sorted already (report files come month by month).
func (s rows) merged() rows {
	n, nf := s.len(), s.nf
	sorted := true
	for r := 1; r < n && sorted; r++ {
		sorted = s.month[r] > s.month[r-1]
	}
	if sorted {
		return s
	}
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	slices.SortStableFunc(perm, func(a, b int) int { return cmp.Compare(s.month[a], s.month[b]) })
	in := rows{month: make([]int32, n), vals: make([]decimal.D, n*nf), has: make([]bool, n*nf), nf: nf}
	for j, i := range perm {
		in.month[j] = s.month[i]
		copy(in.vals[j*nf:(j+1)*nf], s.vals[i*nf:(i+1)*nf])
		copy(in.has[j*nf:(j+1)*nf], s.has[i*nf:(i+1)*nf])
	}
	out := 0
	for r := range n {
		if out > 0 && s.month[out-1] == in.month[r] {
			for f := range nf {
				if in.has[r*nf+f] {
					s.vals[(out-1)*nf+f] += in.vals[r*nf+f]
					s.has[(out-1)*nf+f] = true
				}
			}
			continue
		}
		s.month[out] = in.month[r]
		copy(s.vals[out*nf:(out+1)*nf], in.vals[r*nf:(r+1)*nf])
		copy(s.has[out*nf:(out+1)*nf], in.has[r*nf:(r+1)*nf])
		out++
	}
	return s.slice(0, out)
}

func (x *index) resolveTargets(l *layout, set *data.Set, f TargetFunc) {
	n := len(l.inds)
	x.targets = make([]decimal.D, len(l.units)*n)
	for ui, u := range l.units {
		if !u.IsLeaf() {
			continue
		}
		t := x.targets[ui*n : (ui+1)*n]
		j := 0
		for _, c := range set.Criteria {
			for _, in := range c.Indicators {
				t[j] = in.Target
				if v, ok := f(u, c, in); ok {
					t[j] = v
				}
				j++
			}
		}
	}
}
