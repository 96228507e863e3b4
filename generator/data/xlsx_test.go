package data

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/xuri/excelize/v2"
)

// xlsxOf writes the rows of a CSV text to a workbook as an officer's
// spreadsheet holds them: a cell that reads as a number is a number, the
// rest text. edit, when not nil, changes the sheet before it is saved.
func xlsxOf(t testing.TB, text string, edit func(f *excelize.File, sheet string)) []byte {
	t.Helper()
	r := csv.NewReader(strings.NewReader(text))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "Sheet1"
	for i, rec := range recs {
		for j, s := range rec {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			var v any = s
			if n, err := strconv.ParseFloat(s, 64); err == nil {
				v = n
			}
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	if edit != nil {
		edit(f, sheet)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// asXLSX returns the files of fsWith(changes) with every CSV file under
// data/ turned into a workbook of the same stem.
func asXLSX(t *testing.T, changes map[string]string) fstest.MapFS {
	fsys := fsWith(changes)
	for name, f := range fsys {
		if strings.HasSuffix(name, ".csv") {
			delete(fsys, name)
			fsys[xlsxName(name)] = &fstest.MapFile{Data: xlsxOf(t, string(f.Data), nil)}
		}
	}
	return fsys
}

// dump writes what a set holds, with each row's line, so that two sets
// read from different files can be compared.
func dump(s *Set) string {
	var b strings.Builder
	for _, u := range s.Units.All {
		parent := ""
		if u.Parent != nil {
			parent = u.Parent.ID
		}
		fmt.Fprintf(&b, "unit %s %q %s %s line %d\n", u.ID, u.Name, u.Kind, parent, u.Pos.Line)
	}
	for _, r := range s.Reports {
		fmt.Fprintf(&b, "report %s %s line %d:", r.Unit, r.Month, r.Pos.Line)
		for i, name := range r.Columns().names {
			fmt.Fprintf(&b, " %s=%s", name, r.At(i))
		}
		b.WriteByte('\n')
	}
	for _, d := range s.Deeds {
		fmt.Fprintf(&b, "deed %s %s %s %q %q line %d\n", d.Date, d.Unit, d.Kind, d.Title, d.People, d.Pos.Line)
	}
	return b.String()
}

// TestXLSXLikeCSV reads the test site with every data file a workbook:
// the set must be the one read from CSV, row for row and line for line
// (a workbook's row numbers are the CSV file's line numbers, the header
// being row 1 in both).
func TestXLSXLikeCSV(t *testing.T) {
	want, errs := Load(fsWith(nil), testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	got, errs := Load(asXLSX(t, nil), testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	if dump(got) != dump(want) {
		t.Errorf("from workbooks:\n%s\nfrom CSV:\n%s", dump(got), dump(want))
	}
	if p := got.Reports[0].Pos.File; p != "data/reports/2024-09.xlsx" {
		t.Errorf("a report row is at %s, want the workbook", p)
	}
}

// TestXLSXCells checks what a workbook holds that a CSV file cannot: a
// percentage stored as 0.915 is read as "91.5%", i.e. 91.5 as in CSV; a
// date cell (serial 45568 = 45292 for 1/1/2024 + 276 days of January to
// September 2024 + 2) is 03/10/2024; a formula gives its cached value; a
// title above the header (merged over the columns in the report, a plain
// cell in the deeds), a blank row and styled empty columns after the last
// are passed over; a header may be a field's label, without case or
// diacritics.
func TestXLSXCells(t *testing.T) {
	crit := baseFiles[CriteriaFile] + "\n[[field]]\nid = \"household_pct\"\nlabel = \"Tỷ lệ hộ khẩu\"\n"
	report := xlsxOf(t, "Báo cáo tháng 10/2024\nunit,month,tips_total,tips_via_force,TY LE HO KHAU\nt1,2024-10,10,8,0.915\n,,,,\nt2,2024-10,5,5,0.9\n",
		func(f *excelize.File, sheet string) {
			pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10}) // 0.00%
			_ = f.SetCellStyle(sheet, "E3", "E5", pct)
			_ = f.MergeCell(sheet, "A1", "E1")
			_ = f.SetCellFormula(sheet, "C5", "=2+3")
			_ = f.SetCellStyle(sheet, "F1", "H5", pct) // empty cells with a style
		})
	// excelize does not compute: give C5 the cached value a spreadsheet saves.
	report = cacheValue(t, report, "C5", "5")
	deeds := xlsxOf(t, "Việc tốt tháng 10/2024\ndate,unit,kind,title\n45568,t3,mo-hinh,Mô hình camera\n", func(f *excelize.File, sheet string) {
		date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
		_ = f.SetCellStyle(sheet, "A3", "A3", date)
	})
	fsys := fsWith(map[string]string{CriteriaFile: crit, ReportsDir + "/2024-09.csv": "", DeedsFile: ""})
	fsys[ReportsDir+"/2024-10.xlsx"] = &fstest.MapFile{Data: report}
	fsys["data/deeds.xlsx"] = &fstest.MapFile{Data: deeds}
	set, errs := Load(fsys, testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	want := "report t1 2024-10 line 3: tips_total=10 tips_via_force=8 household_pct=91.5\n" +
		"report t2 2024-10 line 5: tips_total=5 tips_via_force=5 household_pct=90\n" +
		"deed 2024-10-03 t3 mo-hinh \"Mô hình camera\" [] line 3\n"
	if got := dump(set); !strings.HasSuffix(got, want) {
		t.Errorf("got\n%s\nwant it to end with\n%s", got, want)
	}
}

// cacheValue writes value as the cached result of the formula in cell of
// the first sheet of a workbook excelize wrote.
func cacheValue(t *testing.T, book []byte, cell, value string) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	formula, _ := f.GetCellFormula("Sheet1", cell)
	n, _ := strconv.Atoi(value)
	if err := f.SetCellInt("Sheet1", cell, int64(n)); err != nil { // drops the formula
		t.Fatal(err)
	}
	// SetCellFormula keeps the value now in the cell as its cached value.
	if err := f.SetCellFormula("Sheet1", cell, formula); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestXLSXErrors checks that each problem of a workbook names its cell.
func TestXLSXErrors(t *testing.T) {
	head := "unit,month,tips_total,tips_via_force,household_pct\n"
	cases := []struct {
		name  string
		file  string
		book  []byte
		extra map[string]string // CSV files beside it
		want  string            // the start of the message, with the cell
	}{
		{"formula without a value", "data/reports/2024-10.xlsx",
			xlsxOf(t, head+"t1,2024-10\n", func(f *excelize.File, s string) {
				_ = f.SetCellFormula(s, "C2", "=1+0") // a cell never given a value: no cached one
				_ = f.SetSheetRow(s, "D2", &[]any{1, 95})
			}),
			nil, "data/reports/2024-10.xlsx:2:3: ô C2: ô có công thức nhưng chưa có giá trị đã tính"},
		{"unknown unit", "data/reports/2024-10.xlsx", xlsxOf(t, head+"t1,2024-10,1,1,95\nt7,2024-10,1,1,95\n", nil),
			nil, `data/reports/2024-10.xlsx:3:1: ô A3: báo cáo cho đơn vị "t7" không có`},
		{"numerator above denominator", "data/reports/2024-10.xlsx", xlsxOf(t, head+"t1,2024-10,3,4,95\n", nil),
			nil, `data/reports/2024-10.xlsx:2:4: ô D2: tips_via_force = 4 lớn hơn tips_total = 3`},
		{"text that is no number", "data/reports/2024-10.xlsx", xlsxOf(t, head+"t1,2024-10,ba,1,95\n", nil),
			nil, `data/reports/2024-10.xlsx:2:3: ô C2: cột "tips_total": "ba" không phải số`},
		{"a CSV file and a workbook of one stem", "data/reports/2024-09.xlsx", xlsxOf(t, head+"t1,2024-10,1,1,95\n", nil),
			nil, "data/reports/2024-09.xlsx: có cả 2024-09.csv và 2024-09.xlsx"},
		{"units in both forms", "data/units.xlsx", xlsxOf(t, baseFiles[UnitsFile], nil),
			nil, "data/units.xlsx: có cả units.csv và units.xlsx"},
		{"not a workbook", "data/reports/2024-10.xlsx", []byte(head), nil, "data/reports/2024-10.xlsx: không đọc được tệp Excel"},
		{"deed in a unit with children", "data/deeds.xlsx", xlsxOf(t, "date,unit,kind,title\n2024-09-18,y,viec-tot,Giúp dân\n", nil),
			map[string]string{DeedsFile: ""}, `data/deeds.xlsx:2:2: ô B2: việc tốt cho "y" (Xã Y) là đơn vị có cấp dưới`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fsWith(c.extra)
			fsys[c.file] = &fstest.MapFile{Data: c.book}
			_, errs := Load(fsys, testSite)
			var got []string
			for _, d := range errs.Items() {
				if strings.HasPrefix(d.Error(), c.want) {
					return
				}
				got = append(got, d.Error())
			}
			t.Errorf("no error starting with\n  %s\ngot:\n  %s", c.want, strings.Join(got, "\n  "))
		})
	}
}

// TestLibreOfficeWorkbooks reads the workbooks LibreOffice saved from the
// CSV files beside them (testdata/libreoffice/README.md), where 95.5% is
// stored as 0.955 with a percentage format and the deeds' dates as date
// serials: both must read to the CSV files' rows.
func TestLibreOfficeWorkbooks(t *testing.T) {
	read := func(ext string) string {
		changes := map[string]string{DeedsFile: ""}
		fsys := fsWith(changes)
		for _, name := range []string{"2024-10", "deeds"} {
			b, err := os.ReadFile(filepath.Join("testdata", "libreoffice", name+ext))
			if err != nil {
				t.Fatal(err)
			}
			dir := ReportsDir
			if name == "deeds" {
				dir = "data"
			}
			fsys[dir+"/"+name+ext] = &fstest.MapFile{Data: b}
		}
		set, errs := Load(fsys, testSite)
		if errs.Len() != 0 {
			t.Fatal(errs.Err())
		}
		return dump(set)
	}
	csvSet, xlsxSet := read(".csv"), read(".xlsx")
	if xlsxSet != csvSet {
		t.Errorf("from LibreOffice:\n%s\nfrom CSV:\n%s", xlsxSet, csvSet)
	}
	// The percentage and the dates, worked out by hand from the CSV files.
	for _, want := range []string{"report t1 2024-10 line 2: tips_total=10 tips_via_force=8 household_pct=95.5",
		"deed 2024-09-02 t1 viec-tot", "deed 2024-10-03 t3 mo-hinh"} {
		if !strings.Contains(xlsxSet, want) {
			t.Errorf("missing %q in\n%s", want, xlsxSet)
		}
	}
}
