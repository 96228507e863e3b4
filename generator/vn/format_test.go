package vn

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
)

func TestFormatInt(t *testing.T) {
	cases := []struct {
		in   int64
		want string
	}{
		{0, "0"}, {7, "7"}, {999, "999"}, {1000, "1.000"}, {1234, "1.234"},
		{12345, "12.345"}, {123456, "123.456"}, {1234567, "1.234.567"},
		{-1234, "-1.234"}, {-9223372036854775808, "-9.223.372.036.854.775.808"},
	}
	p := message.NewPrinter(language.Vietnamese)
	for _, c := range cases {
		if got := FormatInt(c.in); got != c.want {
			t.Errorf("FormatInt(%d) = %q, want %q", c.in, got, c.want)
		}
		// Cross-check against CLDR's Vietnamese digits.
		if c.in > -1e15 {
			if cl := p.Sprintf("%d", c.in); cl != c.want {
				t.Errorf("x/text gives %q for %d, we expect %q", cl, c.in, c.want)
			}
		}
	}
}

func TestFormatDecimal(t *testing.T) {
	cases := []struct {
		x    float64
		dec  int
		want string
	}{
		{1234.5, 1, "1.234,5"},
		{1234, 1, "1.234"},      // no trailing ",0"
		{1234.04, 1, "1.234"},   // rounds down, then trims
		{1234.05, 1, "1.234,1"}, // half away from zero on the decimal text
		{0.125, 2, "0,13"},
		{999.96, 1, "1.000"}, // carry through the integer part
		{-0.04, 1, "0"},      // no "-0"
		{-1234.5, 0, "-1.235"},
		{0.5, 0, "1"},
		{1234567.891, 2, "1.234.567,89"},
		{2.5, -3, "3"}, // negative places act as 0
	}
	for _, c := range cases {
		if got := FormatDecimal(c.x, c.dec); got != c.want {
			t.Errorf("FormatDecimal(%v, %d) = %q, want %q", c.x, c.dec, got, c.want)
		}
	}
}

func TestFormatD(t *testing.T) {
	d, _ := decimal.Parse("1234,56")
	if got := FormatD(d, 1); got != "1.234,6" {
		t.Errorf("FormatD(1234.56, 1) = %q", got)
	}
	if got := FormatD(decimal.FromInt(5000), 2); got != "5.000" {
		t.Errorf("FormatD(5000, 2) = %q", got)
	}
}

func TestPercent(t *testing.T) {
	const s = "%" // right after the number, as administrative documents write it
	cases := []struct {
		in   float64
		want string
	}{
		{0.805, "80,5" + s},
		{1, "100" + s},
		{0, "0" + s},
		{0.8, "80" + s},
		{2.0 / 3, "66,7" + s},
		{0.12345, "12,3" + s},
		{0.9996, "99,9" + s}, // would round to 100 but is not 100
		{0.0001, "0,1" + s},  // would round to 0 but is not 0
		{1.5, "150" + s},
	}
	for _, c := range cases {
		if got := Percent(c.in); got != c.want {
			t.Errorf("Percent(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDates(t *testing.T) {
	d := calendar.Date{Year: 2024, Month: time.August, Day: 9}
	if got := Date(d); got != "09/08/2024" {
		t.Errorf("Date = %q", got)
	}
	if got := LongDate(d); got != "ngày 9 tháng 8 năm 2024" {
		t.Errorf("LongDate = %q", got)
	}
	// A document's date: a leading 0 for days below 10 and months 1 and 2
	// only (Nghị định 30/2020, Phụ lục I).
	for _, tc := range []struct {
		d    calendar.Date
		want string
	}{
		{d, "ngày 09 tháng 8 năm 2024"},
		{calendar.Date{Year: 2025, Month: time.February, Day: 5}, "ngày 05 tháng 02 năm 2025"},
		{calendar.Date{Year: 2025, Month: time.January, Day: 31}, "ngày 31 tháng 01 năm 2025"},
		{calendar.Date{Year: 2025, Month: time.March, Day: 10}, "ngày 10 tháng 3 năm 2025"},
		{calendar.Date{Year: 2025, Month: time.December, Day: 19}, "ngày 19 tháng 12 năm 2025"},
	} {
		if got := DocumentDate(tc.d); got != tc.want {
			t.Errorf("DocumentDate(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if got := MonthName(calendar.Month{Year: 2024, Month: time.August}); got != "tháng 8/2024" {
		t.Errorf("MonthName = %q", got)
	}
	if got := MonthName(calendar.Month{Year: 2025, Month: time.December}); got != "tháng 12/2025" {
		t.Errorf("MonthName = %q", got)
	}
}

// TestQuoFloat64MatchesBigRat: the float division shortcut must give the
// float big.Rat gives, or a percentage could print one digit off. The
// pairs include odd quotients (1/3, 2/3 round differently), values near
// 2^53 where float64 stops holding every integer, and random pairs.
func TestQuoFloat64MatchesBigRat(t *testing.T) {
	pairs := [][2]int64{{0, 1}, {1, 3}, {2, 3}, {8, 10}, {-7, 9}, {805, 1000}, {1, 7},
		{exactInt - 1, 3}, {exactInt, 3}, {exactInt + 1, 3}, {3, exactInt + 1}, {-exactInt - 1, 7},
		{1<<62 + 1, 1<<61 + 3}, {5, -3}}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		d := r.Int64N(1<<54) + 1
		pairs = append(pairs, [2]int64{r.Int64N(1<<55) - 1<<54, d}, [2]int64{r.Int64N(100_000_000), r.Int64N(100_000_000) + 1})
	}
	for _, p := range pairs {
		want, _ := new(big.Rat).SetFrac(big.NewInt(p[0]), big.NewInt(p[1])).Float64()
		if got := quoFloat64(decimal.D(p[0]), decimal.D(p[1])); got != want {
			t.Fatalf("quoFloat64(%d, %d) = %v, big.Rat gives %v", p[0], p[1], got, want)
		}
		if got := ratFloat64(big.NewRat(p[0], p[1])); got != want {
			t.Fatalf("ratFloat64(%d/%d) = %v, big.Rat gives %v", p[0], p[1], got, want)
		}
	}
}

// TestFractions: exact fractions print as their decimals would, nil as "–".
func TestFractions(t *testing.T) {
	one := decimal.D(decimal.Scale)
	for _, tc := range []struct{ got, want string }{
		{FormatRat(big.NewRat(7, 2), 2), "3,5"},
		{FormatRat(big.NewRat(1, 8), 2), "0,13"},
		{FormatRat(big.NewRat(2469, 2), 1), "1.234,5"},
		{FormatRat(nil, 2), "–"},
		{FormatQuo(2, 3, 2), "0,67"},
		{PercentRat(big.NewRat(161, 200)), "80,5%"},
		{PercentRat(big.NewRat(9995, 10000)), "99,9%"},
		{PercentRat(nil), "–"},
		{PercentQuo(8*one, 10*one), "80%"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestFixed: a score column reads alike. Each want is the input with
// zeros added after a "," (added when missing) up to two decimals; a text
// with two already, a dash, and places 0 stay as they are.
func TestFixed(t *testing.T) {
	for _, tc := range []struct {
		in     string
		places int
		want   string
	}{
		{"5", 2, "5,00"},
		{"5,3", 2, "5,30"},
		{"5,15", 2, "5,15"},
		{"1.234", 2, "1.234,00"},
		{"-0,5", 2, "-0,50"},
		{"–", 2, "–"},
		{"5,3", 0, "5,3"},
		{FormatRat(big.NewRat(7, 2), 2), 2, "3,50"},
		{FormatQuo(2, 3, 2), 2, "0,67"},
	} {
		if got := Fixed(tc.in, tc.places); got != tc.want {
			t.Errorf("Fixed(%q, %d) = %q, want %q", tc.in, tc.places, got, tc.want)
		}
	}
}
