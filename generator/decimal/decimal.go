// Package decimal holds exact non-negative-or-signed decimal quantities as
// fixed-point integers, so report figures sum without float rounding.
package decimal

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
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

// String formats d with "." as decimal mark and no trailing zeros: "8",
// "0.8", "-5.5".
func (d D) String() string {
	var a [24]byte // "-9223372036854.775808" and a margin
	return string(d.Append(a[:0]))
}

// Append appends d as String writes it, without allocating, for writers
// of large machine-readable files (the export).
func (d D) Append(b []byte) []byte {
	u := uint64(d)
	if d < 0 {
		b = append(b, '-')
		u = -u // exact for math.MinInt64 too
	}
	b = strconv.AppendUint(b, u/Scale, 10)
	f := u % Scale
	if f == 0 {
		return b
	}
	var digits [Places]byte
	for i := Places - 1; i >= 0; i-- {
		digits[i] = byte('0' + f%10)
		f /= 10
	}
	n := Places
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// Quo returns n/d rounded to Places decimals, halves away from zero:
// Quo(11, 3) is 3.666667. ok is false when d is 0 or the quotient does
// not fit a D. The remainder times 10^Places is a 128-bit product, so no
// input overflows on the way.
func Quo(n, d D) (q D, ok bool) {
	if d == 0 {
		return 0, false
	}
	neg := (n < 0) != (d < 0)
	un, ud := abs(n), abs(d)
	whole, r := un/ud, un%ud
	hi, lo := bits.Mul64(r, Scale)
	f, rem := bits.Div64(hi, lo, ud) // r < ud, so f < Scale: no overflow
	if rem >= ud-rem {               // 2·rem ≥ ud: round the half away from zero
		f++
	}
	if whole > (math.MaxInt64-f)/Scale {
		return 0, false
	}
	q = D(whole*Scale + f)
	if neg {
		q = -q
	}
	return q, true
}

// abs returns |x|, exact for math.MinInt64 too.
func abs(x D) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
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
