package results

import (
	"math"
	"testing"
)

// TestCmpProd: a·b against c·d, beyond int64 and with signs.
func TestCmpProd(t *testing.T) {
	tests := []struct {
		a, b, c, d int64
		want       int
	}{
		{2, 3, 3, 2, 0},
		{2, 3, 1, 7, -1},
		// 2^62·4 = 2^64 overflows int64; 2^63−1 · 2 = 2^64 − 2 is smaller.
		{1 << 62, 4, math.MaxInt64, 2, 1},
		{math.MaxInt64, math.MaxInt64, math.MaxInt64, math.MaxInt64 - 1, 1},
		{-2, 3, 1, 1, -1}, // −6 < 1
		{-2, -3, 5, 1, 1}, // 6 > 5
	}
	for _, tc := range tests {
		if got := cmpProd(tc.a, tc.b, tc.c, tc.d); got != tc.want {
			t.Errorf("cmpProd(%d, %d, %d, %d) = %d, want %d", tc.a, tc.b, tc.c, tc.d, got, tc.want)
		}
	}
}
