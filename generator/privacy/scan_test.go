package privacy

import (
	"strings"
	"testing"
)

// naiveNext is what nextDigit (plus false) and nextDigitOrPlus (plus true)
// must return, one byte at a time.
func naiveNext(s string, i int, plus bool) int {
	for ; i < len(s); i++ {
		if isDigit(s[i]) || plus && s[i] == '+' {
			return i
		}
	}
	return len(s)
}

// checkScans compares the word-at-a-time scans with naiveNext on s, from
// every start.
func checkScans(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := nextDigit(s, i), naiveNext(s, i, false); got != want {
			t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
		}
		if got, want := nextDigitOrPlus(s, i), naiveNext(s, i, true); got != want {
			t.Fatalf("nextDigitOrPlus(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
	if got, want := MayHold(s), strings.IndexAny(s, "0123456789") >= 0; got != want {
		t.Fatalf("MayHold(%q) = %v, want %v", s, got, want)
	}
}

// TestScans puts every byte value at every place of strings up to 19 bytes
// long, filled with bytes next to the sought ones ('*' and ',' around '+',
// '/' and ':' around the digits, and high bytes), then tries random
// Vietnamese-like strings.
func TestScans(t *testing.T) {
	for _, fill := range []byte{'*', ',', '/', ':', 0x80, 0xAA, 0xFF, 'a'} {
		for n := 0; n < 20; n++ {
			b := []byte(strings.Repeat(string(fill), n))
			for k := 0; k < n; k++ {
				for c := 0; c < 256; c++ {
					b[k] = byte(c)
					checkScans(t, string(b))
				}
				b[k] = fill
			}
		}
	}
	for _, s := range randomLines(5000, 5) {
		checkScans(t, s)
	}
	// Hand-worked: "số 12" holds its first digit at byte 5 ("s", three
	// bytes of "ố", a blank); "a+b" its plus at byte 1.
	if nextDigit("số 12", 0) != 5 || nextDigitOrPlus("a+b", 0) != 1 || MayHold("không có số") {
		t.Error("hand-worked scans are wrong")
	}
}
