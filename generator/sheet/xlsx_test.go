package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

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

// TestStreamLikeCSV reads 5,000 report rows from a workbook whose sheet
// (about 2 MB of XML) is eight times the 256 KB window it is scanned
// through, and from the same rows as CSV: every row, line and cell must
// be the same, so no row is lost or cut where the window moves on.
func TestStreamLikeCSV(t *testing.T) {
	csvText, book := benchRows(t, 5000)
	if size := xmlSize(t, book); size < 8*windowSize {
		t.Fatalf("the sheet is %d bytes, not past eight windows", size)
	}
	want := readAll(t, "r.csv", csvText)
	got := readAll(t, "r.xlsx", book)
	if len(got) != 5000 || len(want) != 5000 {
		t.Fatalf("%d rows from the workbook and %d from CSV, want 5000", len(got), len(want))
	}
	for i := range want {
		if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
			t.Fatalf("row %d: workbook %q, CSV %q", i+2, got[i], want[i])
		}
	}
}

// TestLongRow reads a row longer than the window (a 300,000-character
// cell): the window grows to hold it, the cell is refused at its place
// (C2, over MaxCellChars) and emptied, and the row after it is read whole.
func TestLongRow(t *testing.T) {
	long := strings.Repeat("a", 300_000)
	f := excelize.NewFile()
	defer f.Close()
	for cell, v := range map[string]string{"A1": "unit", "B1": "month", "C1": "title",
		"A2": "t1", "B2": "2025-01", "C2": long, "A3": "t2", "B3": "2025-02", "C3": "ngắn"} {
		if err := f.SetCellStr("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	tab, errs := Open("data/r.xlsx", buf.Bytes())
	var rows []string
	for {
		r, ok := tab.Next(errs)
		if !ok {
			break
		}
		rows = append(rows, fmt.Sprintf("%d:%s/%s/%d", r.Line, r.Cell(0), r.Cell(1), len(r.Cell(2))))
	}
	// "ngắn" is 6 bytes: ắ takes 3.
	if got, want := strings.Join(rows, " "), "2:t1/2025-01/0 3:t2/2025-02/6"; got != want {
		t.Errorf("rows %s, want %s", got, want)
	}
	if errs.Len() != 1 || !strings.Contains(errs.Err().Error(), "data/r.xlsx:2:3") {
		t.Errorf("errors %v, want one at data/r.xlsx:2:3", errs.Err())
	}
}

// readAll reads every row of a file through Open and Next.
func readAll(t *testing.T, name string, src []byte) [][]string {
	t.Helper()
	tab, errs := Open(name, src)
	var out [][]string
	for {
		r, ok := tab.Next(errs)
		if !ok {
			break
		}
		row := make([]string, len(tab.Header))
		for i := range row {
			row[i] = r.Cell(i)
		}
		out = append(out, append(row, fmt.Sprint(r.Line)))
	}
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	return out
}

// xmlSize returns the unzipped size of a workbook's first sheet.
func xmlSize(t *testing.T, book []byte) uint64 {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			return f.UncompressedSize64
		}
	}
	t.Fatal("no sheet1.xml")
	return 0
}

// TestBrokenSheet damages a workbook's sheet in the middle of its
// compressed bytes, past the first window: the rows before the damage may
// be read, then the file is reported once, at its name, as a broken
// workbook, and the table is marked failed so that a loader drops its rows.
func TestBrokenSheet(t *testing.T) {
	_, book := benchRows(t, 5000)
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var at int64
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			off, err := f.DataOffset()
			if err != nil {
				t.Fatal(err)
			}
			at = off + int64(f.CompressedSize64)*3/4
		}
	}
	broken := bytes.Clone(book)
	for i := at; i < at+64; i++ {
		broken[i] ^= 0xff
	}
	tab, errs := Open("data/reports/r.xlsx", broken)
	if errs.Len() != 0 {
		t.Fatalf("the damage is past the first window, yet Open says %v", errs.Err())
	}
	n := 0
	for {
		if _, ok := tab.Next(errs); !ok {
			break
		}
		n++
	}
	if !tab.Failed() || errs.Len() != 1 || !strings.Contains(errs.Err().Error(), "data/reports/r.xlsx: không đọc được tệp Excel") {
		t.Errorf("after %d rows: failed %v, errors %v; want one error at the file", n, tab.Failed(), errs.Err())
	}
	if n >= 5000 {
		t.Errorf("read all %d rows of a damaged sheet", n)
	}
}
