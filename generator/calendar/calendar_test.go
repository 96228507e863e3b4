package calendar

import (
	"fmt"
	"testing"
	"time"
)

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

// The formats written by hand give what fmt's %0Nd gives, for every
// width used and values with fewer, as many and more digits than width.
func TestFormatsMatchFmt(t *testing.T) {
	for _, y := range []int{0, 7, 99, 999, 2025, 9999, 12345, -5} {
		for _, mo := range []time.Month{0, 1, 9, 10, 12, 123} {
			for _, d := range []int{0, 1, 9, 10, 31, 100} {
				date := Date{Year: y, Month: mo, Day: d}
				if got, want := date.String(), fmt.Sprintf("%04d-%02d-%02d", y, int(mo), d); got != want {
					t.Errorf("Date.String %v = %q, want %q", date, got, want)
				}
				if got, want := date.VN(), fmt.Sprintf("%02d/%02d/%04d", d, int(mo), y); got != want {
					t.Errorf("Date.VN = %q, want %q", got, want)
				}
			}
			m := Month{Year: y, Month: mo}
			if got, want := m.String(), fmt.Sprintf("%04d-%02d", y, int(mo)); got != want {
				t.Errorf("Month.String = %q, want %q", got, want)
			}
			if got, want := m.VN(), fmt.Sprintf("%02d/%04d", int(mo), y); got != want {
				t.Errorf("Month.VN = %q, want %q", got, want)
			}
		}
	}
}
