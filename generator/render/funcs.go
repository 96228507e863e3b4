package render

import (
	"fmt"
	"html/template"
	"math/big"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
	"phongtrao/generator/vn"
)

// Funcs returns the functions every template may call, apart from the
// site-specific ones (asset, ...) that Load's caller adds:
//
//	number x        1.234,5 (at most 2 decimals) for int, int64, decimal.D, *big.Rat, float64
//	percent r       a ratio as "80,5%" (*big.Rat, float64, decimal.D)
//	date d          a calendar.Date as dd/mm/yyyy
//	longDate d      "ngày 19 tháng 8 năm 2024"
//	isoDate d       YYYY-MM-DD, for <time datetime>
//	month m         a calendar.Month as "tháng 8/2024"
//	status s        an indicator status as words: "Đạt", "Chưa đạt", "Không phát sinh", "Chưa có số liệu"
//	statusClass s   the CSS class for a status: "st-met", ...
//	periodStatus s  a period status as words: "Sắp diễn ra", "Đang diễn ra", "Đã kết thúc"
//	add a b, sub a b  integer arithmetic
//	join list sep   strings joined
//	breakable s     s escaped, with a line-break opportunity (<wbr>) after each "/",
//	                so "4.322/9.269 tháng" can wrap in a narrow table column
func Funcs() template.FuncMap {
	return template.FuncMap{
		"number":       Number,
		"percent":      Percent,
		"date":         typed("date", vn.Date),
		"longDate":     typed("longDate", vn.LongDate),
		"isoDate":      typed("isoDate", calendar.Date.String),
		"month":        typed("month", vn.MonthName),
		"status":       StatusWord,
		"statusClass":  StatusClass,
		"periodStatus": PeriodStatusWord,
		"add":          func(a, b int) int { return a + b },
		"sub":          func(a, b int) int { return a - b },
		"join":         strings.Join,
		"breakable":    Breakable,
	}
}

// typed gives a formatter of one type the shape of the other functions
// here: it takes any, and a value of another type is an error that names
// both types. The fast executor calls functions of that shape directly
// (a function of a type of its own costs it a reflect call), and a
// layout's author reads the same kind of message from each.
func typed[T any](name string, format func(T) string) func(any) (string, error) {
	return func(x any) (string, error) {
		v, ok := x.(T)
		if !ok {
			return "", fmt.Errorf("%s: cần giá trị kiểu %T, không phải kiểu %T", name, *new(T), x)
		}
		return format(v), nil
	}
}

// Number formats a number the Vietnamese way with at most two decimals:
// 1234.5 gives "1.234,5". It accepts int, int64, decimal.D, *big.Rat and
// float64; anything else is an error that names the type.
func Number(x any) (string, error) {
	switch v := x.(type) {
	case int:
		return vn.FormatInt(int64(v)), nil
	case int64:
		return vn.FormatInt(v), nil
	case decimal.D:
		return vn.FormatD(v, 2), nil
	case *big.Rat:
		return vn.FormatRat(v, 2), nil
	case float64:
		return vn.FormatDecimal(v, 2), nil
	}
	return "", fmt.Errorf("number: không định dạng được giá trị kiểu %T", x)
}

// Percent formats a ratio (0.805) as a percentage ("80,5%"). A nil
// *big.Rat gives "–".
func Percent(x any) (string, error) {
	switch v := x.(type) {
	case *big.Rat:
		return vn.PercentRat(v), nil
	case float64:
		return vn.Percent(v), nil
	case decimal.D:
		return vn.Percent(v.Float()), nil
	case int:
		return vn.Percent(float64(v)), nil
	}
	return "", fmt.Errorf("percent: không định dạng được giá trị kiểu %T", x)
}

var statusWords = map[string]string{
	"met":     "Đạt",
	"not-met": "Chưa đạt",
	"none":    "Không phát sinh",
	"no-data": "Chưa có số liệu",
}

// StatusWord names an indicator status in Vietnamese: met "Đạt", not-met
// "Chưa đạt", none "Không phát sinh", no-data "Chưa có số liệu". It takes
// any string type, or a results.Status (through its String method); an
// unknown status is an error.
func StatusWord(s any) (string, error) {
	k := fmt.Sprint(s)
	if w, ok := statusWords[k]; ok {
		return w, nil
	}
	return "", fmt.Errorf("status: trạng thái %q không có", k)
}

// StatusClass returns the CSS class of a status: "st-" and the status.
func StatusClass(s any) (string, error) {
	k := fmt.Sprint(s)
	if _, ok := statusWords[k]; !ok {
		return "", fmt.Errorf("statusClass: trạng thái %q không có", k)
	}
	return "st-" + k, nil
}

var periodWords = map[string]string{
	"upcoming": "Sắp diễn ra",
	"running":  "Đang diễn ra",
	"done":     "Đã kết thúc",
}

// PeriodStatusWord names a period status: upcoming "Sắp diễn ra", running
// "Đang diễn ra", done "Đã kết thúc".
func PeriodStatusWord(s any) (string, error) {
	k := fmt.Sprint(s)
	if w, ok := periodWords[k]; ok {
		return w, nil
	}
	return "", fmt.Errorf("periodStatus: trạng thái %q không có", k)
}

// Breakable returns s HTML-escaped, with <wbr> (a place the line may
// break, invisible otherwise) after each "/" when s has a word (a run
// without a space) longer than BreakableWord bytes: fractions such as
// "38.239/38.563" are the widest words of a results table, and three
// periods side by side must fit a 360 px screen. A short one ("14/14",
// "2/13 tháng") is left whole: it fits, and a team page has dozens.
func Breakable(s string) template.HTML {
	// Neither call allocates for a string with nothing to escape or replace.
	e := template.HTMLEscapeString(s)
	if !hasLongWord(s) {
		return template.HTML(e)
	}
	return template.HTML(strings.ReplaceAll(e, "/", "/<wbr>"))
}

// BreakableWord is the longest word, in bytes, that Breakable leaves whole:
// "999/1.000" fits the narrowest cell of a results table at 360 px.
const BreakableWord = 9

// hasLongWord reports whether s has a run of more than BreakableWord bytes
// without a space.
func hasLongWord(s string) bool {
	run := 0
	for i := range len(s) {
		if s[i] == ' ' {
			run = 0
			continue
		}
		if run++; run > BreakableWord {
			return true
		}
	}
	return false
}
