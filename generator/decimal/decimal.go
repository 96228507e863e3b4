// Package decimal holds exact non-negative-or-signed decimal quantities as
// fixed-point integers, so report figures sum without float rounding.
package decimal

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// Scale is how many units of D make 1: values keep up to 6 decimal places.
const Scale = 1_000_000

// Places is the number of decimal places D keeps.
const Places = 6

// D is an exact decimal number in millionths.
type D int64

// FromInt returns n as a D.
func FromInt(n int64) D { return D(n * Scale) }

// Parse reads a spreadsheet number: digits with at most one "." or "," as
// the decimal mark, no thousands separator, optionally ending in "%" (the
// number itself is kept: "85%" is 85). Negative numbers are rejected.
func Parse(s string) (D, error) {
	if d, ok := parsePlain(s); ok {
		return d, nil
	}
	return parse(s)
}

// parse is Parse for any text: it trims, checks and explains.
func parse(s string) (D, error) {
	t := strings.TrimSpace(s)
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	if t == "" {
		return 0, fmt.Errorf("ô trống, cần một số")
	}
	if strings.HasPrefix(t, "-") {
		return 0, fmt.Errorf("số âm %q không hợp lệ", s)
	}
	t = strings.Replace(t, ",", ".", 1)
	intPart, frac, _ := strings.Cut(t, ".")
	if intPart == "" {
		intPart = "0"
	}
	if !digits(intPart) || !digits(frac) {
		return 0, fmt.Errorf("%q không phải số (chỉ chữ số, tối đa một dấu thập phân, không dấu phân cách hàng nghìn)", s)
	}
	if len(frac) > Places {
		return 0, fmt.Errorf("%q có quá %d chữ số thập phân", s, Places)
	}
	if len(intPart) > 12 {
		return 0, fmt.Errorf("%q quá lớn", s)
	}
	frac += strings.Repeat("0", Places-len(frac))
	i, _ := strconv.ParseInt(intPart, 10, 64)
	f, _ := strconv.ParseInt(frac, 10, 64)
	return D(i*Scale + f), nil
}

// parsePlain reads the common case without allocating: digits with at
// most one "." or "," and an optional "%" at the end, no space, at most 12
// digits before the mark and 6 after. Anything else, valid or not, is left
// to Parse (ok is false), which then decides and words the error.
func parsePlain(s string) (d D, ok bool) {
	if n := len(s); n > 0 && s[n-1] == '%' {
		s = s[:n-1]
	}
	if s == "" {
		return 0, false
	}
	var whole, frac int64
	intDigits, fracDigits, mark := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' && mark:
			frac = frac*10 + int64(c-'0')
			fracDigits++
		case c >= '0' && c <= '9':
			whole = whole*10 + int64(c-'0')
			intDigits++
		case (c == '.' || c == ',') && !mark:
			mark = true
		default:
			return 0, false
		}
	}
	if intDigits > 12 || fracDigits > Places {
		return 0, false
	}
	for i := fracDigits; i < Places; i++ {
		frac *= 10
	}
	return D(whole*Scale + frac), true
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// Rat returns d as an exact rational.
func (d D) Rat() *big.Rat { return big.NewRat(int64(d), Scale) }

// Float returns d as the nearest float64 (for output only, never for comparisons).
func (d D) Float() float64 { return float64(d) / Scale }

// IsInt reports whether d has no fractional part.
func (d D) IsInt() bool { return d%Scale == 0 }

// String formats d with "." as decimal mark and no trailing zeros.
func (d D) String() string {
	neg := d < 0
	if neg {
		d = -d
	}
	s := strconv.FormatInt(int64(d/Scale), 10)
	if f := int64(d % Scale); f != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%06d", f), "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FromFloatText converts a TOML float to D through its shortest decimal
// text, so 0.8 is exactly 8/10 and not the nearest binary fraction.
func FromFloatText(f float64) (D, error) {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	neg := strings.HasPrefix(s, "-")
	d, err := Parse(strings.TrimPrefix(s, "-"))
	if neg {
		d = -d
	}
	return d, err
}
