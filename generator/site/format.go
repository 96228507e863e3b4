package site

import (
	"math/big"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
)

// opWords are the comparison operators as printed in targets.
var opWords = map[string]string{">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}

// ratText formats an exact fraction with at most two decimals.
func ratText(r *big.Rat) string {
	if r == nil {
		return "–"
	}
	f, _ := r.Float64()
	return vn.FormatDecimal(f, 2)
}

// ratPercent formats an exact ratio as a percentage ("80,5 %").
func ratPercent(r *big.Rat) string {
	if r == nil {
		return "–"
	}
	f, _ := r.Float64()
	return vn.Percent(f)
}

// ratFloat is r as a float for drawing only (bar widths), never compared.
func ratFloat(r *big.Rat) float64 {
	if r == nil {
		return 0
	}
	f, _ := r.Float64()
	return f
}

// targetText prints an indicator's target: "≥ 80 %" for a ratio, "≥ 1 mỗi
// tháng" for a monthly count, "= 0" for a total.
func targetText(in *data.Indicator, t decimal.D) string {
	op := opWords[in.Op]
	switch in.Kind {
	case data.KindRatio:
		return op + " " + vn.Percent(t.Float())
	case data.KindMonthly:
		return op + " " + vn.FormatD(t, 2) + " mỗi tháng"
	}
	return op + " " + vn.FormatD(t, 2)
}

// valueText prints an indicator's value and a detail: a ratio as "80 %"
// with "8/10", a monthly one as "11/12 tháng", a total or latest value as
// a number; "–" when there is none.
func valueText(in *data.Indicator, r *results.IndicatorResult) (value, detail string) {
	if r.Fraction() {
		v, ok := r.Value()
		if !ok {
			return "–", ""
		}
		frac := vn.FormatD(r.Numerator, 2) + "/" + vn.FormatD(r.Denominator, 2)
		if in.Kind == data.KindMonthly {
			return frac + " tháng", ""
		}
		return ratPercent(v), frac
	}
	d, ok := r.Decimal()
	if !ok {
		return "–", ""
	}
	return vn.FormatD(d, 2), ""
}

// deedKindLabels name the deed kinds of data/deeds.csv.
var deedKindLabels = map[string]string{
	"viec-tot":    "Việc tốt",
	"khen-thuong": "Khen thưởng",
	"bieu-duong":  "Biểu dương",
	"mo-hinh":     "Mô hình",
}

func deedKindLabel(k string) string {
	if l, ok := deedKindLabels[k]; ok {
		return l
	}
	return k
}

// Status is an indicator or criterion status ready to show: in words, with
// an icon and a CSS class, so that it never relies on colour alone.
type Status struct {
	// Key is "met", "not-met", "none" or "no-data".
	Key   string
	Word  string // "Đạt", "Chưa đạt", "Không phát sinh", "Chưa có số liệu"
	Class string // "st-met", ...
	Icon  string // ✓ ✗ ○ ?
}

// statuses are the four statuses, shared by every page (read-only).
var statuses = map[string]*Status{
	"met":     {Key: "met", Word: "Đạt", Class: "st-met", Icon: "✓"},
	"not-met": {Key: "not-met", Word: "Chưa đạt", Class: "st-not-met", Icon: "✗"},
	"none":    {Key: "none", Word: "Không phát sinh", Class: "st-none", Icon: "○"},
	"no-data": {Key: "no-data", Word: "Chưa có số liệu", Class: "st-no-data", Icon: "?"},
}

// statusOf returns the shown form of a status key, nil for "" (aggregates).
func statusOf(key string) *Status { return statuses[key] }
