package results

import (
	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
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
	var names group
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
	var wg group
	for _, p := range r.Periods {
		p.layout = l
		p.Status = periodStatus(p.Start, p.End, asOf)
		if p.Started() {
			// Periods share only read-only data: compute them in parallel.
			wg.Go(func() { p.compute(l, x, asOf) })
		}
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

// compute fills p.Units for a started period.
func (p *Period) compute(l *layout, x *index, asOf calendar.Date) {
	p.WindowEnd = p.End
	if asOf.Before(p.End) {
		p.WindowEnd = asOf
	}
	n, ni, nc := len(l.units), len(l.inds), len(l.points)
	units := make([]UnitResult, n)
	inds := make([]IndicatorResult, n*ni)
	crits := make([]CriterionResult, n*nc)
	p.Units = make([]*UnitResult, n)
	w := newWindow(p.Start, p.End, asOf)
	// Each unit's result depends only on its own data: fill them on all
	// cores, each chunk with its own evaluator (it keeps scratch space).
	forChunks(n, func(lo, hi int) {
		e := &evaluator{l: l, x: x, w: w}
		for i := lo; i < hi; i++ {
			u, ur := l.units[i], &units[i]
			ur.Unit, ur.Leaf, ur.index, ur.layout = u, u.IsLeaf(), i, l
			ur.Indicators = inds[i*ni : (i+1)*ni : (i+1)*ni]
			ur.Criteria = crits[i*nc : (i+1)*nc : (i+1)*nc]
			for j := range ur.Indicators {
				// kind and file target; Status stays "" until a leaf sets it.
				ur.Indicators[j].kind, ur.Indicators[j].Target = l.inds[j].kind, l.inds[j].target
			}
			p.Units[i] = ur
			if ur.Leaf {
				e.leaf(i, ur)
			}
		}
	})
	aggregate(l, p.Units)
	rank(p, l)
}
