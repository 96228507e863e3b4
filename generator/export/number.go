package export

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"phongtrao/generator/decimal"
)

// Places is how many decimals a fraction keeps in the export.
const Places = 6

// pow10Places is 10^Places: a fraction is written in these units.
var pow10Places = pow10(Places)

func pow10(n int) uint64 {
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p
}

// appendDec appends an exact decimal as decimal.D.String writes it: "8",
// "0.8", "5.5".
func appendDec(b []byte, d decimal.D) []byte {
	if d == math.MinInt64 { // -d would overflow: let String handle it
		return append(b, d.String()...)
	}
	if d < 0 {
		b = append(b, '-')
		d = -d
	}
	b = strconv.AppendInt(b, int64(d/decimal.Scale), 10)
	return appendFraction(b, uint64(d%decimal.Scale), decimal.Places)
}

// appendFraction appends "." and f (f < 10^places) written on places
// digits, trailing zeros removed; nothing when f is 0.
func appendFraction(b []byte, f uint64, places int) []byte {
	if f == 0 {
		return b
	}
	var digits [20]byte
	for i := places - 1; i >= 0; i-- {
		digits[i] = byte('0' + f%10)
		f /= 10
	}
	n := places
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// appendRat appends r rounded to Places decimals, halves away from zero,
// trailing zeros removed: 11/3 → "3.666667", 3/4 → "0.75". It writes what
// big.Rat.FloatString(Places) gives, trimmed, and "0" for a negative value
// that rounds to zero.
func appendRat(b []byte, r *big.Rat) []byte {
	if num, den := r.Num(), r.Denom(); num.IsInt64() && den.IsInt64() {
		return appendQuotient(b, num.Int64(), den.Int64())
	}
	s := r.FloatString(Places)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return append(b, s...)
}

// appendFrac appends n/d rounded like appendRat; d must not be 0.
func appendFrac(b []byte, n, d decimal.D) []byte {
	return appendQuotient(b, int64(n), int64(d))
}

// appendQuotient appends n/d (d ≠ 0) rounded to Places decimals, halves
// away from zero, trailing zeros removed, in integer arithmetic: the
// remainder times 10^Places is a 128-bit product.
func appendQuotient(b []byte, n, d int64) []byte {
	neg := (n < 0) != (d < 0)
	un, ud := abs(n), abs(d)
	q, r := un/ud, un%ud
	hi, lo := bits.Mul64(r, pow10Places)
	f, rem := bits.Div64(hi, lo, ud) // r < ud, so f < 10^Places: no overflow
	if rem >= ud-rem {               // 2·rem ≥ ud: round the half away from zero
		f++
		if f == pow10Places {
			f, q = 0, q+1
		}
	}
	if neg && (q != 0 || f != 0) {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, q, 10)
	return appendFraction(b, f, Places)
}

// abs returns |x|, exact for math.MinInt64 too.
func abs(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}
