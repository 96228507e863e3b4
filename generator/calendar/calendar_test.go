package calendar

import "testing"

func TestParseDate(t *testing.T) {
	cases := []struct {
		in, want string
	}{
		{"2025-08-19", "2025-08-19"},
		{"19/08/2025", "2025-08-19"},
		{"3/2/2025", "2025-02-03"},
		{"29/02/2024", "2024-02-29"}, // leap year
		{"29/02/2025", ""},
		{"31/02/2025", ""},
		{"2025-13-01", ""},
		{"19.08.2025", ""},
		{"", ""},
	}
	for _, c := range cases {
		d, err := ParseDate(c.in)
		got := ""
		if err == nil {
			got = d.String()
		}
		if got != c.want {
			t.Errorf("ParseDate(%q) = %q (%v), want %q", c.in, got, err, c.want)
		}
	}
}

func TestParseMonth(t *testing.T) {
	for in, want := range map[string]string{"2024-08": "2024-08", "08/2024": "2024-08", "8/2024": "2024-08", "13/2024": "", "2024-00": "", "2024": ""} {
		m, err := ParseMonth(in)
		got := ""
		if err == nil {
			got = m.String()
		}
		if got != want {
			t.Errorf("ParseMonth(%q) = %q (%v), want %q", in, got, err, want)
		}
	}
}

func TestMonthArithmetic(t *testing.T) {
	feb := Month{2024, 2}
	if feb.Days() != 29 || !(Date{2024, 2, 29}).IsMonthEnd() || (Date{2024, 2, 28}).IsMonthEnd() {
		t.Error("February 2024 has 29 days")
	}
	if (Month{2024, 12}).Next() != (Month{2025, 1}) || FromIndex(feb.Index()) != feb {
		t.Error("month index arithmetic")
	}
	if (Date{2025, 2, 3}).VN() != "03/02/2025" || !(Date{2025, 2, 3}).Before(Date{2025, 2, 4}) {
		t.Error("formatting or order")
	}
}
