package export

import (
	"math/big"
	"strings"

	"phongtrao/generator/decimal"
)

// number is a JSON number kept as its text, so it is written exactly as
// formatted (no exponent, no float noise).
type number string

// MarshalJSON writes the number as is.
func (n number) MarshalJSON() ([]byte, error) { return []byte(n), nil }

// Places is how many decimals a fraction keeps in the export.
const Places = 6

// decNumber formats an exact decimal: "8", "0.8", "5.5".
func decNumber(d decimal.D) number { return number(d.String()) }

// ratNumber formats a fraction rounded to Places decimals (halves away
// from zero), trailing zeros removed: 11/3 → "3.666667", 3/4 → "0.75".
func ratNumber(r *big.Rat) number {
	s := r.FloatString(Places)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return number(s)
}

// fracNumber formats n/d rounded like ratNumber; d must not be 0.
func fracNumber(n, d decimal.D) number {
	return ratNumber(new(big.Rat).SetFrac(big.NewInt(int64(n)), big.NewInt(int64(d))))
}
