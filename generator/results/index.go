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

// rows is a run of report rows reduced to the fields indicators use, sorted
// by month: row r is in month[r] and its used field f is vals[r*nf+f],
// reported when has[r*nf+f]. Every leaf's rows are one run of a slab shared
// by all leaves, so that a million rows are three allocations, not a
// million, and hold no pointer for the garbage collector to scan.
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
	day   int // dayKey
	month int // calendar.Month.Index
	kind  string
}

// leafData is one leaf's rows (by month) and deeds (by date), indexed once.
type leafData struct {
	rows    rows
	deeds   []deedRef
	targets []decimal.D // by indicator; nil: the criteria file's targets
}

// index holds every leaf's data, by unit index (empty for aggregates).
type index struct {
	leaves []leafData
}

// buildIndex gives every leaf its report rows and deeds. Rows are placed
// by a counting sort on the leaf, so each leaf's rows keep the order of
// set.Reports before they are sorted by month; the costly parts (finding
// each row's leaf, reading its fields) run on all cores, each row written
// to its own slot.
func buildIndex(l *layout, set *data.Set, asOf calendar.Date, o *options) *index {
	x := &index{leaves: make([]leafData, len(l.units))}
	rm := newRemapper(l, o.successions)
	slot := leafOfRows(l, set.Reports, asOf, rm)
	// start[u]..start[u+1] are leaf u's slots; slot[i] becomes row i's slot.
	start := make([]int32, len(l.units)+1)
	for _, u := range slot {
		if u >= 0 {
			start[u+1]++
		}
	}
	for u := range l.units {
		start[u+1] += start[u]
	}
	next := slices.Clone(start[:len(l.units)])
	for i, u := range slot {
		if u >= 0 {
			slot[i] = next[u]
			next[u]++
		}
	}
	nf, total := len(l.fieldNames), int(start[len(l.units)])
	all := rows{month: make([]int32, total), vals: make([]decimal.D, total*nf), has: make([]bool, total*nf), nf: nf}
	forChunks(len(set.Reports), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if slot[i] < 0 {
				continue
			}
			r, s := &set.Reports[i], int(slot[i])
			all.month[s] = int32(r.Month.Index())
			for f, name := range l.fieldNames {
				all.vals[s*nf+f], all.has[s*nf+f] = r.Value(name)
			}
		}
	})
	x.addDeeds(l, set.Deeds, asOf, rm)
	forChunks(len(l.units), func(lo, hi int) {
		for u := lo; u < hi; u++ {
			d := &x.leaves[u]
			d.rows = all.slice(int(start[u]), int(start[u+1])).merged()
			slices.SortStableFunc(d.deeds, func(a, b deedRef) int { return cmp.Compare(a.day, b.day) })
		}
	})
	if o.targets != nil {
		x.resolveTargets(l, set, o.targets)
	}
	return x
}

// leafOfRows returns, for each report row, the unit index of the leaf it is
// credited to, or -1 when it counts for none (a month after asOf's, rule 2;
// a unit that is not a leaf).
func leafOfRows(l *layout, reports []data.Report, asOf calendar.Date, rm *remapper) []int32 {
	lastMonth := asOf.MonthOf().Index()
	out := make([]int32, len(reports))
	forChunks(len(reports), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = -1
			r := &reports[i]
			if r.Month.Index() > lastMonth {
				continue
			}
			if u, ok := l.leaf(rm.unit(r.Unit, r.Month.First(), true)); ok {
				out[i] = int32(u)
			}
		}
	})
	return out
}

func (x *index) addDeeds(l *layout, deeds []data.Deed, asOf calendar.Date, rm *remapper) {
	last := dayKey(asOf)
	for i := range deeds {
		d := &deeds[i]
		k := dayKey(d.Date)
		if k > last || k < l.campStart || k > l.campEnd {
			continue // after asOf, or outside the campaign
		}
		u, ok := l.leaf(rm.unit(d.Unit, d.Date, false))
		if !ok {
			continue
		}
		x.leaves[u].deeds = append(x.leaves[u].deeds, deedRef{day: k, month: d.Date.MonthOf().Index(), kind: d.Kind})
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
	for ui, u := range l.units {
		if !u.IsLeaf() {
			continue
		}
		t := make([]decimal.D, len(l.inds))
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
		x.leaves[ui].targets = t
	}
}

// remapper applies successions (unit merges) to the unit of a row or deed.
type remapper struct {
	l    *layout
	from map[string][]Succession
	max  int
}

func newRemapper(l *layout, s []Succession) *remapper {
	rm := &remapper{l: l, from: make(map[string][]Succession), max: len(s)}
	for _, x := range s {
		rm.from[x.From] = append(rm.from[x.From], x)
	}
	return rm
}

// unit returns the unit a row (month starting on day) or a deed (on day)
// is credited to.
func (rm *remapper) unit(id string, day calendar.Date, report bool) string {
	for step := 0; step < rm.max; step++ {
		next, ok := rm.successor(id, day, report)
		if !ok {
			return id
		}
		id = next
	}
	return id
}

func (rm *remapper) successor(id string, day calendar.Date, report bool) (string, bool) {
	_, isLeaf := rm.l.leaf(id)
	for _, s := range rm.from[id] {
		after := !day.Before(s.Date)
		if report {
			after = day.MonthOf().Index() >= s.Date.MonthOf().Index()
		}
		if !isLeaf || after {
			return s.To, true
		}
	}
	return "", false
}
