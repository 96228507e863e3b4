package decimal

import (
	"strings"
	"testing"
)

// plainCases mix what parsePlain takes with what it must leave to parse:
// spaces, two marks, a sign, too many digits, a "%" alone.
var plainCases = []string{
	"0", "7", "12", "007", "92,5", "92.5", ".", ",", ".5", "5.", "85%", "85,5%", "%", "%%", "5%%",
	"0,000001", "0.0000001", "999999999999", "1000000000000", "999999999999.999999",
	" 5", "5 ", "5 %", "-1", "+1", "1.2.3", "1,2,3", "1.234,5", "1e3", "١٢", "",
}

func TestParsePlainAgreesWithParse(t *testing.T) {
	taken := 0
	for _, s := range plainCases {
		checkPlain(t, s)
		if _, ok := parsePlain(s); ok {
			taken++
		}
	}
	// 0 7 12 007 92,5 92.5 . , .5 5. 85% 85,5% 0,000001 999999999999
	// 999999999999.999999: 15 of the cases are plain.
	if taken != 15 {
		t.Errorf("parsePlain took %d cases, want 15", taken)
	}
}

// FuzzParsePlain: go test -fuzz FuzzParsePlain ./generator/decimal
func FuzzParsePlain(f *testing.F) {
	for _, s := range plainCases {
		f.Add(s)
	}
	f.Fuzz(checkPlain)
}

// checkPlain fails when parsePlain accepts s with another value than parse,
// or accepts what parse rejects.
func checkPlain(t *testing.T, s string) {
	d, ok := parsePlain(s)
	if !ok {
		return
	}
	want, err := parse(s)
	if err != nil || d != want {
		t.Errorf("parsePlain(%q) = %v, parse gives %v, %v", s, d, want, err)
	}
}

// BenchmarkParse reads a row of report figures.
func BenchmarkParse(b *testing.B) {
	row := strings.Split("3,3,0,0,1,1,0,85.6,0,0,4,4,0,92,5%", ",")
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range row {
			if _, err := Parse(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}
