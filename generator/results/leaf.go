package results

import (
	"cmp"
	"math/big"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
)

// window is a started period reduced to integer bounds (BRIEF.md §4 rules 1 and 3).
type window struct {
	startDay, endDay     int // dayKeys of P.start and min(P.end, asOf)
	startMonth, endMonth int // months overlapping the window (Month.Index)
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
		startDay: dayKey(start), endDay: dayKey(last),
		startMonth: start.MonthOf().Index(), endMonth: last.MonthOf().Index(),
	}
	w.countFrom, w.countTo = w.startMonth, w.endMonth
	if asOf.Before(end) && !asOf.IsMonthEnd() {
		w.countTo-- // the month holding asOf is not over yet
	}
	return w
}

// evaluator computes leaves' results in one window.
type evaluator struct {
	l      *layout
	x      *index
	w      window
	counts []int // per counted month, reused
}

// leaf fills ur, the result of the leaf with unit index ui (rules 1–4).
func (e *evaluator) leaf(ui int, ur *UnitResult) {
	d := &e.x.leaves[ui]
	rows := e.rowsIn(d.rows)
	for j := range e.l.inds {
		k := &e.l.inds[j]
		r := &ur.Indicators[j]
		if d.targets != nil {
			r.Target = d.targets[j]
		}
		r.Leaves = 1
		switch k.kind {
		case kindRatio:
			ratio(k, rows, r)
		case kindMonthly:
			e.monthly(k, d.deeds, r)
		case kindLatest:
			latest(k, rows, r)
		default:
			e.total(k, rows, d.deeds, r)
		}
		if r.Status.Counts() {
			r.MetLeaves = 1
			ur.IndicatorsMet++
		}
	}
	ur.Leaves, ur.AllMet = 1, 1
	for c := range e.l.points {
		met := true
		for j := e.l.critStart[c]; j < e.l.critStart[c+1]; j++ {
			met = met && ur.Indicators[j].Status.Counts()
		}
		ur.Criteria[c] = CriterionResult{Met: met, Leaves: 1}
		if met {
			ur.Criteria[c].MetLeaves = 1
			ur.ScoreSum += e.l.points[c]
		} else {
			ur.AllMet = 0
		}
	}
	ur.Score = new(big.Rat).SetFrac64(int64(ur.ScoreSum), decimal.Scale)
	for _, dd := range d.deeds {
		if dd.day >= e.w.startDay && dd.day <= e.w.endDay {
			ur.Deeds++
		}
	}
}

// rowsIn returns the rows of months overlapping the window (rows are sorted by month).
func (e *evaluator) rowsIn(s rows) rows {
	lo := 0
	for lo < s.len() && int(s.month[lo]) < e.w.startMonth {
		lo++
	}
	hi := lo
	for hi < s.len() && int(s.month[hi]) <= e.w.endMonth {
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
			r.value, r.hasValue = v, true
			r.Status = status(k.op, cmp.Compare(r.value, r.Target))
			return
		}
	}
	r.Status = NoData
}

// total: Σ of a report field, or the number of deeds dated in the window.
func (e *evaluator) total(k *compiled, s rows, deeds []deedRef, r *IndicatorResult) {
	if k.deeds {
		n := 0
		for _, d := range deeds {
			if d.day >= e.w.startDay && d.day <= e.w.endDay && kindSelected(k.kinds, d.kind) {
				n++
			}
		}
		r.value, r.hasValue = decimal.FromInt(int64(n)), true
	} else {
		for i := range s.len() {
			if v, ok := s.at(i, k.fld); ok {
				r.value += v
				r.hasValue = true
			}
		}
	}
	if !r.hasValue {
		r.Status = NoData
		return
	}
	r.Status = status(k.op, cmp.Compare(r.value, r.Target))
}

// monthly: counted months reaching the target over counted months (rule 3).
// A month reaches the target when its deed count satisfies the indicator's
// operator ("count >= target" in the plan); the indicator is met when every
// counted month reaches it.
func (e *evaluator) monthly(k *compiled, deeds []deedRef, r *IndicatorResult) {
	n := e.w.countTo - e.w.countFrom + 1
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
		if d.month >= e.w.countFrom && d.month <= e.w.countTo && kindSelected(k.kinds, d.kind) {
			counts[d.month-e.w.countFrom]++
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
