package site

import (
	"strconv"
	"sync"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
)

// opWords are the comparison operators as printed in targets.
var opWords = map[string]string{">=": "≥", ">": ">", "<=": "≤", "<": "<", "==": "="}

// targetText prints an indicator's target: "≥ 80%" for a ratio, "≥ 1 mỗi
// tháng" for a monthly count, "không có" for a total that must be 0.
func targetText(in *data.Indicator, t decimal.D) string {
	op := opWords[in.Op]
	if in.Op == "==" && t == 0 && in.Kind != data.KindRatio { // "= 0" reads like code
		return "không có"
	}
	switch in.Kind {
	case data.KindRatio:
		return op + " " + vn.Percent(t.Float())
	case data.KindMonthly:
		return op + " " + vn.FormatD(t, 2) + " mỗi tháng"
	}
	return op + " " + vn.FormatD(t, 2)
}

// valueText prints an indicator's value and a detail: a ratio as "80%"
// with "8/10", a monthly one as "11/12 tháng", a total or latest value as
// a number; "–" when there is none.
func (m *model) valueText(in *data.Indicator, r *results.IndicatorResult) (value, detail string) {
	if r.Fraction() {
		if r.Denominator == 0 { // as r.Value: no value
			return "–", ""
		}
		n, d := int64(r.Numerator), int64(r.Denominator)
		if in.Kind == data.KindMonthly {
			return m.nums.text(numMonths, n, d), ""
		}
		return m.nums.ratio(n, d)
	}
	d, ok := r.Decimal()
	if !ok {
		return "–", ""
	}
	return m.nums.decimal(d), ""
}

// withheldText is how a page shows a withheld figure of a sensitive
// indicator (data.Indicator.Withholds): "< 3".
var withheldText = "< " + strconv.Itoa(data.SmallCount)

// Notes beside a sensitive indicator's label, saying why its figures are
// missing: on a team's page, and on a larger unit's.
var (
	sensitiveLeafNote      = "số liệu nhạy cảm: chỉ công bố đạt hay chưa đạt"
	sensitiveAggregateNote = "số liệu nhạy cảm: số 1 và 2 ghi là “" + withheldText + "”"
)

// sensitiveNote returns the note beside in's label on a unit's page: on
// a team's, why its figures are missing; on a larger unit's, how small
// pooled figures read (a total or latest indicator has none there);
// nothing for an indicator not marked sensitive.
func sensitiveNote(in *data.Indicator, leaf bool, r *results.IndicatorResult) string {
	switch {
	case !in.Sensitive:
		return ""
	case leaf:
		return sensitiveLeafNote
	case r.Fraction():
		return sensitiveAggregateNote
	}
	return ""
}

// countText prints d, a pooled figure of in: "< 3" when in withholds it.
func (m *model) countText(in *data.Indicator, d decimal.D) string {
	if in.Withholds(d) {
		return withheldText
	}
	return m.nums.decimal(d)
}

// sensitiveText prints a sensitive indicator's value and detail as
// valueText does, without what must stay unpublished (BRIEF.md §3): a
// team gets none (its status alone is shown), a larger unit's pooled
// numerator or denominator of 1 or 2 reads "< 3", and then its
// percentage, which would give that figure away, is "–".
func (m *model) sensitiveText(in *data.Indicator, r *results.IndicatorResult, leaf bool) (value, detail string) {
	if leaf || !r.Fraction() { // a larger unit has no total or latest value
		return "", ""
	}
	if !in.Withholds(r.Numerator) && !in.Withholds(r.Denominator) {
		return m.valueText(in, r)
	}
	frac := m.countText(in, r.Numerator) + "/" + m.countText(in, r.Denominator)
	if in.Kind == data.KindMonthly {
		return frac + " tháng", ""
	}
	return "–", frac
}

// smallInts are vn.FormatD of the integers 0 to 1023, which most counts
// in a scorecard are.
var smallInts = sync.OnceValue(func() []string {
	out := make([]string, smallIntCount)
	for i := range out {
		out[i] = vn.FormatD(decimal.FromInt(int64(i)), 2)
	}
	return out
})

// smallIntCount is how many integers smallInts holds.
const smallIntCount = 1024

// decimalText is vn.FormatD(d, 2), taken from smallInts when it can.
func decimalText(d decimal.D) string {
	if d >= 0 && d.IsInt() && d/decimal.Scale < smallIntCount {
		return smallInts()[d/decimal.Scale]
	}
	return vn.FormatD(d, 2)
}

// deedKindLabels name the deed kinds of data/deeds.csv.
var deedKindLabels = map[string]string{
	"viec-tot":    "Việc tốt",
	"khen-thuong": "Khen thưởng",
	"bieu-duong":  "Biểu dương",
	"mo-hinh":     "Mô hình",
}

// deedCountNouns are what a count of deeds of one kind counts: "505 lượt
// khen thưởng", not "505 việc tốt".
var deedCountNouns = map[string]string{
	"viec-tot":    "việc tốt",
	"khen-thuong": "lượt khen thưởng",
	"bieu-duong":  "lượt biểu dương",
	"mo-hinh":     "mô hình",
}

// deedsNoun is what a count of deeds of every kind counts.
const deedsNoun = "việc tốt, biểu dương, khen thưởng, mô hình"

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

// statusMet and statusNotMet are a team's criterion statuses.
var statusMet, statusNotMet = statuses["met"], statuses["not-met"]

// statusOf returns the shown form of a status key, nil for "" (aggregates).
func statusOf(key string) *Status {
	switch key {
	case "":
		return nil
	case "met":
		return statusMet
	case "not-met":
		return statusNotMet
	}
	return statuses[key]
}
