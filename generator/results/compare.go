package results

import (
	"cmp"
	"math/big"
	"math/bits"
)

// cmpProd compares a·b with c·d exactly, without overflow: it is how
// fractions are compared (x/y against z/w is x·w against z·y for positive
// y and w) without allocating a big.Rat in the common case.
func cmpProd(a, b, c, d int64) int {
	if a >= 0 && b >= 0 && c >= 0 && d >= 0 {
		h1, l1 := bits.Mul64(uint64(a), uint64(b))
		h2, l2 := bits.Mul64(uint64(c), uint64(d))
		if h1 != h2 {
			return cmp.Compare(h1, h2)
		}
		return cmp.Compare(l1, l2)
	}
	x := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	y := new(big.Int).Mul(big.NewInt(c), big.NewInt(d))
	return x.Cmp(y)
}
