package results

import (
	"cmp"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
)

// window is a started period reduced to integer bounds (BRIEF.md §4 rules 1 and 3).
type window struct {
	startDay, endDay     int32 // dayKeys of P.start and min(P.end, asOf)
	startMonth, endMonth int   // months overlapping the window (Month.Index)
	// countFrom..countTo are the months a monthly indicator counts; empty
	// when countTo < countFrom.
	countFrom, countTo int
}

func newWindow(start, end, asOf calendar.Date) window {
	last := end
	if asOf.Before(end) {
		last = asOf
	}
	w := window{
		startDay: int32(dayKey(start)), endDay: int32(dayKey(last)),
		startMonth: start.MonthOf().Index(), endMonth: last.MonthOf().Index(),
	}
	w.countFrom, w.countTo = w.startMonth, w.endMonth
	if asOf.Before(end) && !asOf.IsMonthEnd() {
		w.countTo-- // the month holding asOf is not over yet
	}
	return w
}

// holds reports whether the day with dayKey k is in the window.
func (w *window) holds(k int32) bool { return k >= w.startDay && k <= w.endDay }

// evaluator computes leaves' results. Each goroutine has its own: it
// keeps scratch space.
type evaluator struct {
	l      *layout
	x      *index
	counts []int // per counted month, reused
	rows   rows  // the rows of the leaf at hand
	fields fieldCache
}

// gather returns the used fields of leaf u's rows, merged by month, in
// e's scratch space.
func (e *evaluator) gather(u int) rows {
	ids := e.x.rowsOf(u)
	n, nf := len(ids), len(e.l.fieldNames)
	s := &e.rows
	if cap(s.month) < n {
		s.month, s.vals, s.has = make([]int32, n, 2*n), make([]decimal.D, n*nf, 2*n*nf), make([]bool, n*nf, 2*n*nf)
	}
	s.month, s.vals, s.has, s.nf = s.month[:n], s.vals[:n*nf], s.has[:n*nf], nf
	for j, ri := range ids {
		r := &e.x.reports[ri]
		s.month[j] = int32(r.Month.Index())
		at := e.fields.of(r.Columns(), e.l.fieldNames)
		vals, has := s.vals[j*nf:(j+1)*nf], s.has[j*nf:(j+1)*nf]
		for f, c := range at {
			vals[f], has[f] = 0, c >= 0
			if c >= 0 {
				vals[f] = r.At(c)
			}
		}
	}
	return s.merged()
}

// fieldCache maps the columns of report files to the places of the used
// fields among them (-1 when absent). A site has a few report files, each
// with one data.Columns shared by its rows.
type fieldCache struct {
	last   *data.Columns
	lastAt []int
	at     map[*data.Columns][]int
	arena  []int
}

// of returns, for each of names, its place in c (-1 when absent).
func (fc *fieldCache) of(c *data.Columns, names []string) []int {
	if c == fc.last && fc.lastAt != nil {
		return fc.lastAt
	}
	at, ok := fc.at[c]
	if !ok {
		if fc.at == nil || len(fc.at) >= 1024 { // rows made one by one (tests) each have their own
			fc.at, fc.arena = make(map[*data.Columns][]int), nil
		}
		if cap(fc.arena)-len(fc.arena) < len(names) {
			fc.arena = make([]int, 0, 64*len(names)+1)
		}
		at = fc.arena[len(fc.arena) : len(fc.arena)+len(names) : len(fc.arena)+len(names)]
		fc.arena = fc.arena[:len(fc.arena)+len(names)]
		for f, name := range names {
			at[f] = -1
			if c != nil {
				at[f] = c.Index(name)
			}
		}
		fc.at[c] = at
	}
	fc.last, fc.lastAt = c, at
	return at
}

// leaf fills ur, the result of the leaf with unit index ui in period p,
// from its rows s (merged) and deeds (rules 1–4); an indicator with
// window = "campaign" counts from the campaign's start (rule 10).
func (e *evaluator) leaf(ui int, p *Period, s rows, deeds []deedRef, ur *UnitResult) {
	pw, cw := &p.window, &p.campWindow
	periodRows := s.in(pw)
	var campRows rows
	if e.l.campaign {
		campRows = s.in(cw)
	}
	targets := e.x.targetsOf(ui, len(e.l.inds))
	for j := range e.l.inds {
		k := &e.l.inds[j]
		r := &ur.Indicators[j]
		w, rows := pw, periodRows
		if k.campaign {
			w, rows = cw, campRows
		}
		if targets != nil {
			r.Target = targets[j]
		}
		r.Leaves = 1
		switch k.kind {
		case kindRatio:
			ratio(k, rows, r)
		case kindMonthly:
			e.monthly(k, w, deeds, r)
		case kindLatest:
			latest(k, rows, r)
		default:
			total(k, w, rows, deeds, r)
		}
		if r.Status.Counts() {
			r.MetLeaves = 1
			ur.IndicatorsMet++
		}
	}
	ur.Leaves, ur.AllMet = 1, 1
	mask := 0 // the criteria met, when leaves share their Criteria
	for c := range e.l.points {
		met := true
		for j := e.l.critStart[c]; j < e.l.critStart[c+1]; j++ {
			met = met && ur.Indicators[j].Status.Counts()
		}
		if ur.Criteria != nil { // its own
			ur.Criteria[c] = CriterionResult{Met: met, Leaves: 1}
		}
		if met {
			mask |= 1 << c
			ur.ScoreSum += e.l.points[c]
			if ur.Criteria != nil {
				ur.Criteria[c].MetLeaves = 1
			}
		} else {
			ur.AllMet = 0
		}
	}
	if ur.Criteria == nil {
		nc := len(e.l.points)
		ur.Criteria = e.l.leafCriteria[mask*nc : (mask+1)*nc : (mask+1)*nc]
	}
	for _, dd := range deeds {
		if pw.holds(dd.day) {
			ur.Deeds++
		}
	}
}

// in returns the rows of months overlapping w (rows are sorted by month).
func (s rows) in(w *window) rows {
	lo := 0
	for lo < s.len() && int(s.month[lo]) < w.startMonth {
		lo++
	}
	hi := lo
	for hi < s.len() && int(s.month[hi]) <= w.endMonth {
		hi++
	}
	return s.slice(lo, hi)
}

func status(o op, c int) Status {
	if o.holds(c) {
		return Met
	}
	return NotMet
}

// ratio: Σ numerator / Σ denominator; none when Σ denominator = 0.
func ratio(k *compiled, s rows, r *IndicatorResult) {
	found := false
	for i := range s.len() {
		num, okNum := s.at(i, k.num)
		den, okDen := s.at(i, k.den)
		if okNum && okDen {
			r.Numerator += num
			r.Denominator += den
			found = true
		}
	}
	switch {
	case !found:
		r.Status = NoData
	case r.Denominator == 0:
		r.Status = None
	default:
		// num/den op target/Scale  ⇔  num·Scale op target·den (den > 0).
		r.Status = status(k.op, cmpProd(int64(r.Numerator), decimal.Scale, int64(r.Target), int64(r.Denominator)))
	}
}

// latest: the field's value in the latest month of the window that reports it.
func latest(k *compiled, s rows, r *IndicatorResult) {
	for i := s.len() - 1; i >= 0; i-- {
		if v, ok := s.at(i, k.fld); ok {
			r.value = packValue(v)
			r.Status = status(k.op, cmp.Compare(v, r.Target))
			return
		}
	}
	r.Status = NoData
}

// total: Σ of a report field, or the number of deeds dated in the window.
func total(k *compiled, w *window, s rows, deeds []deedRef, r *IndicatorResult) {
	var v decimal.D
	has := k.deeds
	if k.deeds {
		n := 0
		for _, d := range deeds {
			if w.holds(d.day) && kindSelected(k.kinds, d.kind) {
				n++
			}
		}
		v = decimal.FromInt(int64(n))
	} else {
		for i := range s.len() {
			if x, ok := s.at(i, k.fld); ok {
				v += x
				has = true
			}
		}
	}
	if !has {
		r.Status = NoData
		return
	}
	r.value = packValue(v)
	r.Status = status(k.op, cmp.Compare(v, r.Target))
}

// monthly: counted months reaching the target over counted months (rule 3).
// A month reaches the target when its deed count satisfies the indicator's
// operator ("count >= target" in the plan); the indicator is met when every
// counted month reaches it.
func (e *evaluator) monthly(k *compiled, w *window, deeds []deedRef, r *IndicatorResult) {
	n := w.countTo - w.countFrom + 1
	if n <= 0 {
		r.Status = None
		return
	}
	if cap(e.counts) < n {
		e.counts = make([]int, n)
	}
	counts := e.counts[:n]
	clear(counts)
	for _, d := range deeds {
		if m := int(d.month); m >= w.countFrom && m <= w.countTo && kindSelected(k.kinds, d.kind) {
			counts[m-w.countFrom]++
		}
	}
	reached := 0
	for _, c := range counts {
		if k.op.holds(cmp.Compare(decimal.FromInt(int64(c)), r.Target)) {
			reached++
		}
	}
	r.Numerator, r.Denominator = decimal.FromInt(int64(reached)), decimal.FromInt(int64(n))
	r.Status = NotMet
	if reached == n {
		r.Status = Met
	}
}
