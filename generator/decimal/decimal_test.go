package decimal

import (
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		in   string
		want D
		ok   bool
	}{
		{"12", 12_000_000, true},
		{"92,5", 92_500_000, true}, // decimal comma
		{"92.5", 92_500_000, true},
		{" 85% ", 85_000_000, true}, // trailing % keeps the number (0–100)
		{"0,000001", 1, true},
		{",5", 500_000, true},
		{"-1", 0, false},
		{"1.234,5", 0, false}, // thousands separator
		{"1,234,5", 0, false},
		{"abc", 0, false},
		{"", 0, false},
		{"0.0000001", 0, false}, // beyond 6 places
	}
	for _, c := range cases {
		got, err := Parse(c.in)
		if (err == nil) != c.ok || (c.ok && got != c.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

func TestFromFloatTextIsExact(t *testing.T) {
	// 0.8 as a float64 is 0.8000000000000000444…; read through its shortest text it is 8/10 exactly.
	d, err := FromFloatText(0.8)
	if err != nil || d != 800_000 || d.Rat().RatString() != "4/5" {
		t.Errorf("0.8 → %v (%v)", d, err)
	}
	if s := D(92_500_000).String(); s != "92.5" {
		t.Errorf("String = %q", s)
	}
}

// TestAppendAndQuo: String and Append write plain decimals, the int64
// extremes included; Quo rounds halves away from zero, carries into the
// whole part, and refuses a zero divisor and a quotient too big for a D.
func TestAppendAndQuo(t *testing.T) {
	for d, want := range map[D]string{0: "0", 1: "0.000001", 8_000_000: "8", 800_000: "0.8", -5_500_000: "-5.5",
		math.MaxInt64: "9223372036854.775807", math.MinInt64: "-9223372036854.775808"} {
		if got := d.String(); got != want {
			t.Errorf("D(%d).String() = %s, want %s", int64(d), got, want)
		}
		if got := string(d.Append([]byte("x"))); got != "x"+want {
			t.Errorf("D(%d).Append = %s, want x%s", int64(d), got, want)
		}
	}
	for _, c := range []struct {
		n, d D
		want string
		ok   bool
	}{
		{11, 3, "3.666667", true}, {1, 3, "0.333333", true}, {3, 4, "0.75", true}, {1, 2_000_000, "0.000001", true},
		{1, 2_000_001, "0", true}, {-1, 2_000_000, "-0.000001", true}, {-1, 3_000_000, "0", true},
		{19_999_995, 10_000_000, "2", true}, {1, 0, "", false}, {math.MaxInt64, 1, "", false},
	} {
		q, ok := Quo(c.n, c.d)
		if ok != c.ok || ok && q.String() != c.want {
			t.Errorf("Quo(%d, %d) = %s, %v; want %s, %v", c.n, c.d, q, ok, c.want, c.ok)
		}
	}
}
