// Package calendar holds civil dates and calendar months, free of clocks and
// time zones, and parses them in the forms spreadsheets use.
package calendar

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a civil date (no time, no zone). The zero Date is invalid.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// Of returns the civil date of t in t's own location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	return cmp.Or(cmp.Compare(d.Year, e.Year), cmp.Compare(d.Month, e.Month), cmp.Compare(d.Day, e.Day))
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// MonthOf returns the calendar month holding d.
func (d Date) MonthOf() Month { return Month{d.Year, d.Month} }

// IsMonthEnd reports whether d is the last day of its month.
func (d Date) IsMonthEnd() bool { return d.Day == d.MonthOf().Days() }

// AddDays returns d moved by n days.
func (d Date) AddDays(n int) Date { return Of(d.Time().AddDate(0, 0, n)) }

// String formats d as ISO 8601, YYYY-MM-DD.
func (d Date) String() string {
	if d.Year < 0 || d.Month < 0 || d.Day < 0 {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	b := make([]byte, 0, 10)
	b = zeroPad(b, d.Year, 4)
	b = zeroPad(append(b, '-'), int(d.Month), 2)
	return string(zeroPad(append(b, '-'), d.Day, 2))
}

// VN formats d the Vietnamese way, DD/MM/YYYY.
func (d Date) VN() string {
	if d.Year < 0 || d.Month < 0 || d.Day < 0 {
		return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
	}
	b := make([]byte, 0, 10)
	b = zeroPad(b, d.Day, 2)
	b = zeroPad(append(b, '/'), int(d.Month), 2)
	return string(zeroPad(append(b, '/'), d.Year, 4))
}

// zeroPad appends n (not negative) in decimal, with leading zeros to
// width digits, as fmt's %0*d does: dates are printed on every page, and
// fmt.Sprintf was 4% of a unit page's render time.
func zeroPad(b []byte, n, width int) []byte {
	var digits [20]byte
	i := len(digits)
	for n > 0 || len(digits)-i < max(width, 1) {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, digits[i:]...)
}

// MarshalText writes d as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Month is a calendar month.
type Month struct {
	Year  int
	Month time.Month
}

// Index is a month count usable for arithmetic and ordering (year*12 + month-1).
func (m Month) Index() int { return m.Year*12 + int(m.Month) - 1 }

// FromIndex is the inverse of Index.
func FromIndex(i int) Month { return Month{i / 12, time.Month(i%12 + 1)} }

// Next returns the month after m.
func (m Month) Next() Month { return FromIndex(m.Index() + 1) }

// First returns the first day of m.
func (m Month) First() Date { return Date{m.Year, m.Month, 1} }

// Last returns the last day of m.
func (m Month) Last() Date { return Date{m.Year, m.Month, m.Days()} }

// Days returns how many days m has.
func (m Month) Days() int {
	return time.Date(m.Year, m.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String formats m as YYYY-MM.
func (m Month) String() string {
	if m.Year < 0 || m.Month < 0 {
		return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month))
	}
	return string(zeroPad(append(zeroPad(make([]byte, 0, 7), m.Year, 4), '-'), int(m.Month), 2))
}

// VN formats m the Vietnamese way, MM/YYYY.
func (m Month) VN() string {
	if m.Year < 0 || m.Month < 0 {
		return fmt.Sprintf("%02d/%04d", int(m.Month), m.Year)
	}
	return string(zeroPad(append(zeroPad(make([]byte, 0, 7), int(m.Month), 2), '/'), m.Year, 4))
}

// ParseDate reads YYYY-MM-DD or DD/MM/YYYY (one-digit day and month allowed in
// the latter) and rejects impossible dates such as 31/02/2025.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	var y, m, d int
	var err error
	switch {
	case strings.Count(s, "-") == 2:
		y, m, d, err = three(strings.Split(s, "-"), 0, 1, 2)
	case strings.Count(s, "/") == 2:
		y, m, d, err = three(strings.Split(s, "/"), 2, 1, 0)
	default:
		err = fmt.Errorf("ngày %q không đúng dạng DD/MM/YYYY hoặc YYYY-MM-DD", s)
	}
	if err != nil {
		return Date{}, err
	}
	if y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > (Month{y, time.Month(m)}).Days() {
		return Date{}, fmt.Errorf("ngày %q không tồn tại", s)
	}
	return Date{y, time.Month(m), d}, nil
}

// ParseMonth reads YYYY-MM or MM/YYYY and rejects impossible months such as 13/2024.
func ParseMonth(s string) (Month, error) {
	s = strings.TrimSpace(s)
	var y, m int
	var err error
	switch {
	case strings.Count(s, "-") == 1:
		p := strings.Split(s, "-")
		y, m, _, err = three(append(p, "1"), 0, 1, 2)
	case strings.Count(s, "/") == 1:
		p := strings.Split(s, "/")
		y, m, _, err = three(append(p, "1"), 1, 0, 2)
	default:
		err = fmt.Errorf("tháng %q không đúng dạng MM/YYYY hoặc YYYY-MM", s)
	}
	if err != nil {
		return Month{}, err
	}
	if y < 1000 || y > 9999 || m < 1 || m > 12 {
		return Month{}, fmt.Errorf("tháng %q không tồn tại", s)
	}
	return Month{y, time.Month(m)}, nil
}

func three(parts []string, yi, mi, di int) (y, m, d int, err error) {
	vals := make([]int, 3)
	for i, p := range parts {
		if p == "" || len(p) > 4 {
			return 0, 0, 0, fmt.Errorf("%q không phải ngày hoặc tháng hợp lệ", strings.Join(parts, "?"))
		}
		n, e := strconv.Atoi(p)
		if e != nil || n < 0 {
			return 0, 0, 0, fmt.Errorf("%q không phải số", p)
		}
		vals[i] = n
	}
	return vals[yi], vals[mi], vals[di], nil
}
