package export

import (
	"bytes"
	"encoding/csv"
	"math/big"
	"strconv"
	"strings"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// referenceCSV writes the wide CSV the plain way, as the reference for
// WriteCSV: each row a []string built through the results' lookups by id
// (UnitResult.Criterion, UnitResult.Indicator) and the criteria file's own
// lists, every number through big.Rat (IndicatorResult.Value,
// UnitResult.Score) and FloatString, and encoding/csv for quoting.
func referenceCSV(r *results.Results) []byte {
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	_ = w.Write(referenceHeader(r.Set.Criteria))
	for _, p := range r.Periods {
		for _, u := range p.Units {
			_ = w.Write(referenceRow(r.Set.Criteria, p, u))
		}
	}
	w.Flush()
	return b.Bytes()
}

// referenceHeader names the columns: the unit's, then per criterion its
// three and its indicators' (numerator and denominator for ratio and
// monthly only).
func referenceHeader(criteria []*data.Criterion) []string {
	h := strings.Split("period,period_name,unit,unit_name,kind,level,parent,"+
		"leaf,score,rank_siblings,rank_level,indicators_met,deeds,leaves,all_met_share", ",")
	for _, c := range criteria {
		for _, col := range []string{"met", "share", "met_leaves"} {
			h = append(h, referenceText(c.ID+":"+col))
		}
		for _, in := range c.Indicators {
			cols := []string{"value", "status", "met_leaves"}
			if referenceFraction(in) {
				cols = append([]string{"numerator", "denominator"}, cols...)
			}
			for _, col := range cols {
				h = append(h, referenceText(c.ID+"/"+in.ID+":"+col))
			}
		}
	}
	return h
}

func referenceFraction(in *data.Indicator) bool {
	return in.Kind == data.KindRatio || in.Kind == data.KindMonthly
}

// referenceRow is one unit's row in one period; a cell the JSON would
// omit for this unit is "".
func referenceRow(criteria []*data.Criterion, p *results.Period, u *results.UnitResult) []string {
	leaf := func(s string) string { return pick(u.Leaf, s, "") }
	agg := func(s string) string { return pick(!u.Leaf, s, "") }
	parent := ""
	if u.Unit.Parent != nil {
		parent = u.Unit.Parent.ID
	}
	allMet := ""
	if !u.Leaf {
		allMet = referenceRat(u.AllMetShare)
	}
	row := []string{
		p.ID, referenceText(p.Name), u.Unit.ID, referenceText(u.Unit.Name), referenceText(u.Unit.Kind), strconv.Itoa(u.Unit.Depth), parent,
		pick(u.Leaf, "1", "0"), referenceRat(u.Score), strconv.Itoa(u.Rank.Siblings), strconv.Itoa(u.Rank.Level),
		leaf(strconv.Itoa(u.IndicatorsMet)), strconv.Itoa(u.Deeds), agg(strconv.Itoa(u.Leaves)), allMet,
	}
	for _, c := range criteria {
		cr := u.Criterion(c.ID)
		share := ""
		if !u.Leaf {
			share = referenceRat(cr.Share)
		}
		row = append(row, leaf(pick(cr.Met, "1", "0")), share, agg(strconv.Itoa(cr.MetLeaves)))
		for _, in := range c.Indicators {
			ir := u.Indicator(c.ID + "/" + in.ID)
			if referenceFraction(in) {
				row = append(row, referenceRat(ir.Numerator.Rat()), referenceRat(ir.Denominator.Rat()))
			}
			value := ""
			if v, ok := ir.Value(); ok {
				value = referenceRat(v)
			}
			row = append(row, value, leaf(ir.Status.String()), agg(strconv.Itoa(int(ir.MetLeaves))))
		}
	}
	return row
}

// referenceRat writes r with 6 decimals, then trims trailing zeros.
func referenceRat(r *big.Rat) string { return string(legacyRatNumber(r)) }

func pick(cond bool, yes, no string) string {
	if cond {
		return yes
	}
	return no
}

func referenceText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
