package export

import (
	"math/big"
	"strings"

	"phongtrao/generator/decimal"
)

// Places is how many decimals a fraction keeps in the export: those of a
// decimal.D, so a rounded fraction is itself a D.
const Places = decimal.Places

// appendRat appends r rounded to Places decimals, halves away from zero,
// trailing zeros removed: 11/3 → "3.666667", 3/4 → "0.75". It writes what
// big.Rat.FloatString(Places) gives, trimmed, and "0" for a negative value
// that rounds to zero.
func appendRat(b []byte, r *big.Rat) []byte {
	if num, den := r.Num(), r.Denom(); num.IsInt64() && den.IsInt64() {
		if q, ok := decimal.Quo(decimal.D(num.Int64()), decimal.D(den.Int64())); ok {
			return q.Append(b)
		}
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
	if q, ok := decimal.Quo(n, d); ok {
		return q.Append(b)
	}
	return appendRat(b, new(big.Rat).SetFrac(big.NewInt(int64(n)), big.NewInt(int64(d))))
}
