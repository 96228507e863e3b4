package fillin_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/xuri/excelize/v2"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/export"
	"phongtrao/generator/fillin"
	"phongtrao/generator/results"
)

// demo returns the demo site's config and data files, in memory.
func demo(t *testing.T) fstest.MapFS {
	t.Helper()
	src := os.DirFS("../..")
	out := fstest.MapFS{}
	for _, root := range []string{config.FileName, "data"} {
		err := fs.WalkDir(src, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(src, p)
			out[p] = &fstest.MapFile{Data: b}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// compute loads fsys and computes its results on the demo's asOf.
func compute(t *testing.T, fsys fs.FS) *results.Results {
	t.Helper()
	site, errs := config.Load(fsys)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	set, errs := data.Load(fsys, site)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	return results.Compute(site, set, site.AsOf, results.FromData(set)...)
}

// TestFormsRoundTrip fills the demo's communes' forms for the month of
// its reference date with the figures of that month's CSV file, puts the
// workbooks in data/reports/ instead of it, and builds: the results must
// be the CSV's, to the byte of the CSV export.
func TestFormsRoundTrip(t *testing.T) {
	files := demo(t)
	want := compute(t, files)
	m := want.AsOf.MonthOf()
	csvName := fmt.Sprintf("%s/%s.csv", data.ReportsDir, m)
	if files[csvName] == nil {
		t.Fatalf("the demo has no %s", csvName)
	}
	figures := map[string]data.Report{}
	for _, r := range want.Set.Reports {
		if r.Month == m {
			figures[r.Unit] = r
		}
	}
	forms := fillin.Forms(want)
	if len(forms) < 2 || forms[len(forms)-1].Path != "du-lieu/mau/toan-tinh.xlsx" {
		t.Fatalf("%d forms, the last %v", len(forms), forms[len(forms)-1].Path)
	}
	delete(files, csvName)
	filled := 0
	for _, f := range forms[:len(forms)-1] { // the communes' forms
		book := fill(t, want.Set, f, m, figures, &filled)
		files[data.ReportsDir+"/"+strings.TrimSuffix(f.Path[len(fillin.Dir)+1:], ".xlsx")+"-"+m.String()+".xlsx"] = &fstest.MapFile{Data: book}
	}
	if filled != len(figures) || filled == 0 {
		t.Fatalf("the forms filled %d teams' rows, the month's CSV has %d", filled, len(figures))
	}
	got := compute(t, files)
	if !bytes.Equal(export.CSV(got), export.CSV(want)) {
		t.Error("the results from the filled forms differ from the CSV's")
	}
}

// fill writes form f and fills each team's figures as an officer would,
// in Excel's own cells, counting the rows filled in filled; the row of a
// team without figures that month is deleted.
func fill(t *testing.T, set *data.Set, f fillin.Form, m calendar.Month, figures map[string]data.Report, filled *int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := fillin.Write(&b, set, f, m); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	header, _ := x.GetRows("Báo cáo")
	for i := len(f.Teams) - 1; i >= 0; i-- { // from the last row, so that a removed row moves none still to fill
		team := f.Teams[i]
		rep, ok := figures[team.ID]
		if !ok { // a team that did not report that month: its row is deleted
			if err := x.RemoveRow("Báo cáo", i+2); err != nil {
				t.Fatal(err)
			}
			continue
		}
		*filled++
		for c, label := range header[0][3:] {
			field := fieldOf(set, label)
			v, ok := rep.Value(field)
			if !ok {
				t.Fatalf("%s: column %q (%s) not in the CSV", f.Path, label, field)
			}
			cell, _ := excelize.CoordinatesToCellName(c+4, i+2)
			if err := x.SetCellValue("Báo cáo", cell, v.Float()); err != nil {
				t.Fatal(err)
			}
		}
	}
	var out bytes.Buffer
	if _, err := x.WriteTo(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// fieldOf returns the field whose label is label.
func fieldOf(set *data.Set, label string) string {
	for _, f := range set.Fields {
		if set.FieldLabel(f) == label {
			return f
		}
	}
	return label
}

// TestFormShape reads back a commune's form: the data sheet first, the
// header in Vietnamese and frozen, a row per team with id, name and month,
// each figure checked by Excel (a numerator against its denominator), and
// a sheet explaining every column.
func TestFormShape(t *testing.T) {
	res := compute(t, demo(t))
	f := fillin.Forms(res)[0]
	var b bytes.Buffer
	m := calendar.Month{Year: 2025, Month: 3}
	if err := fillin.Write(&b, res.Set, f, m); err != nil {
		t.Fatal(err)
	}
	x, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	if got := strings.Join(x.GetSheetList(), "|"); got != "Báo cáo|Hướng dẫn" {
		t.Errorf("sheets %s", got)
	}
	rows, _ := x.GetRows("Báo cáo")
	if len(rows) != len(f.Teams)+1 {
		t.Fatalf("%d rows for %d teams", len(rows), len(f.Teams))
	}
	// The demo's criteria: 4.1/tin-bao reads tips_via_force over
	// tips_total, labelled "Số tin qua lực lượng" and "Tổng số tin báo";
	// the denominator comes first.
	if got := strings.Join(rows[0][:5], "|"); got != "Mã tổ|Tên tổ|Tháng|Tổng số tin báo|Số tin qua lực lượng" {
		t.Errorf("header %s", got)
	}
	if r := rows[1]; r[0] != f.Teams[0].ID || r[1] != f.Teams[0].Name || r[2] != "2025-03" {
		t.Errorf("first row %v, want %s, %s, 2025-03", r, f.Teams[0].ID, f.Teams[0].Name)
	}
	if p, _ := x.GetPanes("Báo cáo"); !p.Freeze || p.YSplit != 1 {
		t.Errorf("panes %+v", p)
	}
	dvs, _ := x.GetDataValidations("Báo cáo")
	if len(dvs) != len(rows[0])-3 {
		t.Errorf("%d checks for %d figure columns", len(dvs), len(rows[0])-3)
	}
	end := len(f.Teams) + 1
	for _, dv := range dvs {
		if dv.Sqref == fmt.Sprintf("E2:E%d", end) && dv.Formula1 != "AND(ISNUMBER(E2),E2>=0,E2<=D2)" {
			t.Errorf("the numerator's check is %q", dv.Formula1)
		}
	}
	help, _ := x.GetRows("Hướng dẫn")
	explained := map[string]bool{}
	for _, r := range help {
		if len(r) == 2 {
			explained[r[0]] = true
		}
	}
	for _, h := range rows[0] {
		if !explained[h] {
			t.Errorf("column %q is not explained", h)
		}
	}
}
