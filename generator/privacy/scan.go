package privacy

import "math/bits"

// Finding a digit is most of the work on the many lines that hold none or
// few: the scans below test eight bytes at a time, with exact per-byte
// arithmetic (no carry crosses a byte, so no byte is reported that is not
// one sought).

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load8 reads s[i:i+8] as a little-endian word (one load once compiled).
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// digitMask sets the high bit of each byte of x that is an ASCII digit.
// For a byte b below 0x80, b+0x50 reaches 0x80 when b >= '0' and b+0x46
// when b > '9', and neither sum leaves its byte.
func digitMask(x uint64) uint64 {
	t := x &^ highs
	return (t + 0x50*ones) &^ (t + 0x46*ones) &^ x & highs
}

// plusMask sets the high bit of each byte of x that is '+': y is zero
// exactly there, and the low seven bits of a byte plus 0x7f reach 0x80
// unless they are all zero.
func plusMask(x uint64) uint64 {
	y := x ^ '+'*ones
	return ^((y&^highs + 0x7f*ones) | y) & highs
}

// nextDigit returns the index of the first ASCII digit in s at or after
// i, or len(s).
func nextDigit(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if m := digitMask(load8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s) && !isDigit(s[i]); i++ {
	}
	return i
}

// nextDigitOrPlus returns the index of the first ASCII digit or '+' in s
// at or after i, or len(s).
func nextDigitOrPlus(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		if m := digitMask(x) | plusMask(x); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s) && !isDigit(s[i]) && s[i] != '+'; i++ {
	}
	return i
}
