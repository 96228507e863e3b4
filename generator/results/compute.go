package results

import (
	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/parallel"
)

// Compute derives every period's results from validated data on the
// reference date asOf (BRIEF.md §4). It is a pure function: no I/O, no clock.
func Compute(site *config.Site, set *data.Set, asOf calendar.Date, opts ...Option) *Results {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	l, refs := newLayout(set)
	l.campStart, l.campEnd = dayKey(site.Campaign.Start), dayKey(site.Campaign.End)
	// The name order is only needed for ranking: find it while the index is built.
	var names parallel.Group
	names.Go(func() { l.nameOrder = collationOrder(l.units) })
	x := buildIndex(l, set, asOf, &o)
	names.Wait()
	r := &Results{AsOf: asOf, Site: site, Set: set, Indicators: refs, layout: l}
	for i := range site.Campaign.Phases {
		ph := &site.Campaign.Phases[i]
		r.Periods = append(r.Periods, &Period{ID: ph.ID, Name: ph.Name, Title: ph.Title, Start: ph.Start, End: ph.End, Phase: ph})
	}
	c := site.Campaign
	r.Periods = append(r.Periods, &Period{ID: config.AllPeriodID, Name: AllPeriodName, Title: c.Name, Start: c.Start, End: c.End})
	var started []*Period
	m := newMerges(l, o.successions)
	r.merges = m
	for _, p := range r.Periods {
		p.layout = l
		p.Status = periodStatus(p.Start, p.End, asOf)
		if p.Started() {
			p.prepare(l, asOf, c.Start)
			if m != nil { // rule 8: the tree in force on min(P.end, asOf)
				p.tree = newPeriodTree(l, m, dayKey(p.WindowEnd))
			}
			started = append(started, p)
		}
	}
	fill(l, x, started)
	// Periods share only read-only data: finish them in parallel.
	var wg parallel.Group
	for _, p := range started {
		wg.Go(func() {
			aggregate(l, p)
			rank(p, l)
		})
	}
	wg.Wait()
	return r
}

// periodStatus applies rule 7.
func periodStatus(start, end, asOf calendar.Date) PeriodStatus {
	switch {
	case asOf.Before(start):
		return Upcoming
	case !asOf.Before(end):
		return Done
	}
	return Running
}

// Period returns the period with the given id, nil when unknown.
func (r *Results) Period(id string) *Period {
	for _, p := range r.Periods {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// prepare sets the window of a started period and makes room for its
// results, all in four allocations.
func (p *Period) prepare(l *layout, asOf, campStart calendar.Date) {
	p.WindowEnd = p.End
	if asOf.Before(p.End) {
		p.WindowEnd = asOf
	}
	p.window = newWindow(p.Start, p.End, asOf)
	p.campWindow = newWindow(campStart, p.End, asOf)
	n, ni, nc := len(l.units), len(l.inds), len(l.points)
	p.results = make([]UnitResult, n)
	p.indicators = make([]IndicatorResult, n*ni)
	p.criteria = make([]CriterionResult, l.critSlots*nc)
	p.Units = make([]*UnitResult, n)
}

// fill sets up every unit's result in the started periods and evaluates
// the leaves. Each unit's results depend only on its own data: they are
// filled on all cores, each chunk with its own evaluator, and a leaf's
// rows are gathered once for every period.
func fill(l *layout, x *index, periods []*Period) {
	n, ni, nc := len(l.units), len(l.inds), len(l.points)
	forChunks(n, func(lo, hi int) {
		e := &evaluator{l: l, x: x}
		for i := lo; i < hi; i++ {
			u := l.units[i]
			leaf := u.IsLeaf()
			var s rows
			var deeds []deedRef
			if leaf {
				s, deeds = e.gather(i), x.deedsOf(i)
				if hasPreds(periods, i) {
					s = s.clone() // e.combined gathers the predecessors' rows
				}
			}
			for _, p := range periods {
				ur := &p.results[i]
				ur.Unit, ur.Leaf, ur.index, ur.layout = u, leaf, int32(i), l
				ur.Parent, ur.Depth = u.Parent, u.Depth
				ur.Indicators = p.indicators[i*ni : (i+1)*ni : (i+1)*ni]
				if c := int(l.critSlot[i]); c >= 0 {
					ur.Criteria = p.criteria[c*nc : (c+1)*nc : (c+1)*nc]
				}
				for j := range ur.Indicators {
					// Status stays "" until a leaf sets it.
					ur.Indicators[j].Target, ur.Indicators[j].value = l.inds[j].target, l.inds[j].blank
				}
				p.Units[i] = ur
				if t := p.tree; t != nil && t.place(l, i, ur) {
					continue
				}
				switch {
				case !leaf:
				case p.tree != nil && len(p.tree.preds[i]) > 0:
					rs, ds := e.combined(i, s, p.tree.preds[i])
					e.leaf(i, p, rs, ds, ur)
				default:
					e.leaf(i, p, s, deeds, ur)
				}
			}
		}
	})
}
