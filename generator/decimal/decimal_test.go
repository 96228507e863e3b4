package decimal

import "testing"

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
