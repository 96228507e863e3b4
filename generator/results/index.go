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

// row is one report row reduced to the fields indicators use.
type row struct {
	month int // calendar.Month.Index
	vals  []decimal.D
	has   []bool
}

// deedRef is one deed reduced to what counting needs.
type deedRef struct {
	day   int // dayKey
	month int // calendar.Month.Index
	kind  string
}

// leafData is one leaf's rows (by month) and deeds (by date), indexed once.
type leafData struct {
	rows    []row
	deeds   []deedRef
	targets []decimal.D // by indicator; nil: the criteria file's targets
}

// index holds every leaf's data, by unit index (empty for aggregates).
type index struct {
	leaves []leafData
}

func buildIndex(l *layout, set *data.Set, asOf calendar.Date, o *options) *index {
	x := &index{leaves: make([]leafData, len(l.units))}
	rm := newRemapper(l, o.successions)
	lastMonth := asOf.MonthOf().Index()
	nf := len(l.fieldNames)
	vals := make([]decimal.D, len(set.Reports)*nf) // one slab for every row
	has := make([]bool, len(set.Reports)*nf)
	for i := range set.Reports {
		r := &set.Reports[i]
		m := r.Month.Index()
		if m > lastMonth {
			continue // rule 2: report months after asOf's month are ignored
		}
		u, ok := l.leaf(rm.unit(r.Unit, r.Month.First(), true))
		if !ok {
			continue
		}
		w := row{month: m, vals: vals[i*nf : (i+1)*nf : (i+1)*nf], has: has[i*nf : (i+1)*nf : (i+1)*nf]}
		for f, name := range l.fieldNames {
			w.vals[f], w.has[f] = r.Value(name)
		}
		x.leaves[u].rows = append(x.leaves[u].rows, w)
	}
	x.addDeeds(l, set.Deeds, asOf, rm)
	for i := range x.leaves {
		x.leaves[i].rows = mergeRows(x.leaves[i].rows)
		slices.SortStableFunc(x.leaves[i].deeds, func(a, b deedRef) int { return cmp.Compare(a.day, b.day) })
	}
	if o.targets != nil {
		x.resolveTargets(l, set, o.targets)
	}
	return x
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

// mergeRows sorts rows by month and adds up rows of the same month (only
// successions can produce them).
func mergeRows(rows []row) []row {
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(a.month, b.month) })
	out := rows[:0]
	for _, r := range rows {
		if n := len(out); n > 0 && out[n-1].month == r.month {
			for f := range r.vals {
				if r.has[f] {
					out[n-1].vals[f] += r.vals[f]
					out[n-1].has[f] = true
				}
			}
			continue
		}
		out = append(out, r)
	}
	return out
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
