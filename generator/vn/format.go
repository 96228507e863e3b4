package vn

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
)

// Vietnamese number forms use "." between thousands and "," before decimals
// ("1.234,5"), and a percent sign right after the number ("80,5%").
//
// They are written here rather than with golang.org/x/text/message: that
// package gives the same digits for plain numbers (the tests cross-check
// FormatInt against it) but its Vietnamese percent form has no decimal
// ("81%"), it cannot format the exact decimal.D without a float
// detour, and these few lines keep the output independent of CLDR updates.

// NBSP is the no-break space placed between a number and "%".
const NBSP = "\u00a0"

// FormatInt formats n with "." as thousands separator: 1234567 gives
// "1.234.567", -1234 gives "-1.234".
func FormatInt(n int64) string {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = -u
	}
	s := group(strconv.FormatUint(u, 10))
	if neg {
		return "-" + s
	}
	return s
}

// group inserts "." every three digits from the right of a digit string.
func group(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(digits[:head])
	for i := head; i < len(digits); i += 3 {
		b.WriteByte('.')
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// FormatDecimal formats x rounded to at most maxDecimals decimal places
// (halves away from zero on the decimal text), trailing zeros and a bare
// "," dropped: FormatDecimal(1234.5, 1) is "1.234,5", FormatDecimal(1234, 2)
// is "1.234", FormatDecimal(0.125, 2) is "0,13". NaN and infinities give
// "–".
func FormatDecimal(x float64, maxDecimals int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	if maxDecimals < 0 {
		maxDecimals = 0
	}
	// The shortest text of x is the decimal the user meant (0.125, not
	// 0.12499999...), so rounding happens on that text, not on the float.
	return formatText(strconv.FormatFloat(x, 'f', -1, 64), maxDecimals)
}

// FormatD formats an exact decimal like FormatDecimal.
func FormatD(d decimal.D, maxDecimals int) string {
	return formatText(d.String(), max(maxDecimals, 0))
}

// FormatRat formats an exact fraction like FormatDecimal; nil gives "–".
// It rounds r's nearest float64 through that float's shortest text,
// which is r's own digits for a fraction with a short decimal expansion
// (8/10, 1/8): a figure prints as the report gives it.
func FormatRat(r *big.Rat, maxDecimals int) string {
	if r == nil {
		return "–"
	}
	return FormatDecimal(ratFloat64(r), maxDecimals)
}

// FormatQuo formats n/d (d > 0) like FormatRat.
func FormatQuo(n, d decimal.D, maxDecimals int) string {
	return FormatDecimal(quoFloat64(n, d), maxDecimals)
}

// Fixed pads a number text of FormatDecimal, FormatD, FormatRat or
// FormatQuo, made with at most places decimals, to exactly places
// decimals, so that a column of figures reads alike: Fixed("5", 2) is
// "5,00", Fixed("5,3", 2) is "5,30", Fixed("1.234,56", 2) is unchanged.
// A text without a digit ("–") is returned as it is.
func Fixed(text string, places int) string {
	if places <= 0 || strings.IndexAny(text, "0123456789") < 0 {
		return text
	}
	have := 0
	if _, fp, ok := strings.Cut(text, ","); ok {
		have = len(fp)
	} else {
		text += ","
	}
	if have >= places {
		return text
	}
	return text + strings.Repeat("0", places-have)
}

// PercentRat formats an exact ratio like Percent; nil gives "–".
func PercentRat(r *big.Rat) string {
	if r == nil {
		return "–"
	}
	return Percent(ratFloat64(r))
}

// PercentQuo formats the ratio n/d (d > 0) like Percent.
func PercentQuo(n, d decimal.D) string { return Percent(quoFloat64(n, d)) }

// exactInt bounds the integers a float64 holds exactly: 2^53.
const exactInt = 1 << 53

// ratFloat64 is the float64 nearest to r, as r.Float64 gives it. When the
// numerator and denominator are below 2^53 they are exact floats, and one
// IEEE division rounds their quotient to the nearest float64 (ties to
// even, like big.Rat): the same value without big arithmetic, which
// matters on pages that print thousands of shares.
func ratFloat64(r *big.Rat) float64 {
	a, b := r.Num(), r.Denom()
	if a.IsInt64() && b.IsInt64() {
		if n, d := a.Int64(), b.Int64(); n > -exactInt && n < exactInt && d < exactInt {
			return float64(n) / float64(d) // d > 0: a Rat's denominator
		}
	}
	f, _ := r.Float64()
	return f
}

// quoFloat64 is the float64 nearest to n/d (d > 0), as
// new(big.Rat).SetFrac(n, d).Float64() gives it (see ratFloat64).
func quoFloat64(n, d decimal.D) float64 {
	if d > 0 && n > -exactInt && n < exactInt && d < exactInt {
		return float64(n) / float64(d)
	}
	f, _ := new(big.Rat).SetFrac(big.NewInt(int64(n)), big.NewInt(int64(d))).Float64()
	return f
}

// formatText rounds a plain decimal text ("-1234.5678") to at most places
// decimals, half away from zero, and writes it the Vietnamese way.
func formatText(s string, places int) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, _ := strings.Cut(s, ".")
	if len(fp) > places {
		roundUp := fp[places] >= '5'
		digits := []byte(ip + fp[:places])
		if roundUp {
			digits = increment(digits)
		}
		ip, fp = string(digits[:len(digits)-places]), string(digits[len(digits)-places:])
	}
	fp = strings.TrimRight(fp, "0")
	out := group(ip)
	if fp != "" {
		out += "," + fp
	}
	if neg && strings.Trim(ip+fp, "0") != "" {
		out = "-" + out
	}
	return out
}

// increment adds one to a digit string, growing it on overflow ("99" → "100").
func increment(d []byte) []byte {
	for i := len(d) - 1; i >= 0; i-- {
		if d[i] < '9' {
			d[i]++
			return d
		}
		d[i] = '0'
	}
	return append([]byte{'1'}, d...)
}

// Percent formats a ratio as a percentage with at most one decimal and "%"
// right after the number, as Vietnamese administrative documents write it:
// 0.805 gives "80,5%", 1 gives "100%", 0 gives "0%". A ratio strictly
// between 0 and 1 never shows as "0%" or "100%" (0.9996 gives "99,9%",
// 0.0001 gives "0,1%"), so a figure that misses a 100% target never reads
// as if it met it. NaN and infinities give "–".
func Percent(ratio float64) string {
	if math.IsNaN(ratio) || math.IsInf(ratio, 0) {
		return "–"
	}
	// Scale the shortest decimal text by 100 by moving the point, so 0.805
	// stays 80.5 exactly instead of 80.50000000000001.
	p := percentText(strconv.FormatFloat(ratio, 'f', -1, 64))
	s := formatText(p, 1)
	switch {
	case ratio > 0 && ratio < 1 && s == "100":
		s = "99,9"
	case ratio > 0 && s == "0":
		s = "0,1"
	}
	return s + "%"
}

// percentText multiplies a plain decimal text by 100 by moving its point.
func percentText(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	ip, fp, _ := strings.Cut(s, ".")
	fp += "00"
	ip = strings.TrimLeft(ip+fp[:2], "0")
	if ip == "" {
		ip = "0"
	}
	out := ip
	if rest := fp[2:]; rest != "" {
		out += "." + rest
	}
	if neg {
		out = "-" + out
	}
	return out
}

// Date formats d as dd/mm/yyyy: 2024-08-19 gives "19/08/2024".
func Date(d calendar.Date) string { return d.VN() }

// LongDate formats d as running text: "ngày 19 tháng 8 năm 2024".
func LongDate(d calendar.Date) string {
	return "ngày " + strconv.Itoa(d.Day) + " tháng " + strconv.Itoa(int(d.Month)) +
		" năm " + strconv.Itoa(d.Year)
}

// DocumentDate formats d as an administrative document's date line does
// (Nghị định 30/2020/NĐ-CP, Phụ lục I): days below 10 and months 1 and 2
// take a leading 0, "ngày 05 tháng 02 năm 2025", "ngày 19 tháng 8 năm 2025".
func DocumentDate(d calendar.Date) string {
	day, month := strconv.Itoa(d.Day), strconv.Itoa(int(d.Month))
	if d.Day < 10 {
		day = "0" + day
	}
	if d.Month < 3 {
		month = "0" + month
	}
	return "ngày " + day + " tháng " + month + " năm " + strconv.Itoa(d.Year)
}

// MonthName names a calendar month as in headings: "tháng 8/2024".
func MonthName(m calendar.Month) string {
	return "tháng " + strconv.Itoa(int(m.Month)) + "/" + strconv.Itoa(m.Year)
}
