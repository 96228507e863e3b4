package sheet

import (
	"testing"

	"phongtrao/generator/diag"
)

// TestSerialDate checks Excel's day numbers: 1 is 1/1/1900, 59 is
// 28/2/1900, 61 is 1/3/1900 (Excel's 60 is a 29/2/1900 that never was),
// 45568 is 3/10/2024 (45292, 1/1/2024, + 276 days of January to
// September + 2); in the 1904 system 0 is 1/1/1904. The time of day is dropped.
func TestSerialDate(t *testing.T) {
	for _, c := range []struct {
		serial float64
		d1904  bool
		want   string
	}{{1, false, "1900-01-01"}, {59, false, "1900-02-28"}, {61, false, "1900-03-01"},
		{45568, false, "2024-10-03"}, {45568.75, false, "2024-10-03"}, {0, true, "1904-01-01"}} {
		if got := serialDate(c.serial, c.d1904); got != c.want {
			t.Errorf("serialDate(%v, %v) = %s, want %s", c.serial, c.d1904, got, c.want)
		}
	}
}

// TestNumberFormats checks how a stored number becomes text: rounded to
// the 15 digits Excel shows, without an exponent; and which format codes
// make a percentage or a date (a quoted text or a [locale] is not read).
func TestNumberFormats(t *testing.T) {
	for f, want := range map[float64]string{0.1 + 0.2: "0.3", 1e-7: "0.0000001", 0.8512 * 100: "85.12", 12: "12", 1e15: "1000000000000000"} {
		if got := string(number(nil, f)); got != want {
			t.Errorf("number(%v) = %s, want %s", f, got, want)
		}
	}
	for code, want := range map[string]cellFormat{"0.0%": percent, "dd/mm/yyyy": date, `"Tháng "0`: plainNumber,
		"#,##0": plainNumber, "[$-42A]dd/mm/yyyy": date, "General": plainNumber, `0" %"`: plainNumber, "0%;[Red]-0%": percent} {
		if got := formatOf(code); got != want {
			t.Errorf("formatOf(%q) = %d, want %d", code, got, want)
		}
	}
	for s, want := range map[string]bool{"12": true, "88.8": true, "1.2E-3": false, "123456789012345": true,
		"1234567890123456": false, "0.29999999999999999": false, "": false} {
		if got := plainDecimal([]byte(s)); got != want {
			t.Errorf("plainDecimal(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestCellAttrs reads a cell's attributes in any order and quoting.
func TestCellAttrs(t *testing.T) {
	ref, style, kind := cellAttrs([]byte(` t='s' s="12" r="AB7"`))
	if string(ref) != "AB7" || style != 12 || string(kind) != "s" {
		t.Errorf("got %s %d %s", ref, style, kind)
	}
	if row, col := splitRef("AB7"); row != 7 || col != 28 { // A=1 → AA = 26+1, AB = 28
		t.Errorf("AB7 = row %d, col %d", row, col)
	}
}

// TestNotAWorkbook checks that a file named .xlsx that is not one is an
// error naming the file, and an empty sheet one naming its first row.
func TestNotAWorkbook(t *testing.T) {
	tb, errs := Open("data/units.xlsx", []byte("id,name\n"))
	if tb != nil || errs.Len() != 1 || errs.Items()[0].Pos != (diag.Pos{File: "data/units.xlsx"}) {
		t.Errorf("got %v, %v", tb, errs.Err())
	}
}
