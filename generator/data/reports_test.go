package data

import (
	"io/fs"
	"runtime"
	"strings"
	"testing"
	"testing/fstest"

	"phongtrao/generator/decimal"
)

// TestBrokenReportFileCountsForNothing: report files are read row by row,
// but a record that cannot be read must still drop the whole file, as when
// the file was read whole before its rows were checked: no rows, no
// problems with the rows before it, and no columns (so criteria.toml's
// fields are missing).
func TestBrokenReportFileCountsForNothing(t *testing.T) {
	broken := "unit,month,tips_total,tips_via_force,household_pct\n" +
		"t7,2024-09,1,1,95\n" + // line 2: unknown unit, dropped with the file
		"t2,2024-09,1,\"1\"x,95\n" // line 3: the quote closes before "x" (column 16)
	set, errs := Load(fsWith(map[string]string{ReportsDir + "/2024-09.csv": broken}), testSite)
	var got []string
	for _, d := range errs.Items() {
		got = append(got, d.Pos.String()+": "+d.Msg)
	}
	// The three fields of criteria.toml lines 8, 9 and 21, then the quote.
	want := []string{
		`data/criteria.toml:8: trường "tips_via_force" không có trong tệp báo cáo nào (data/reports/*.csv)`,
		`data/criteria.toml:9: trường "tips_total" không có trong tệp báo cáo nào (data/reports/*.csv)`,
		`data/criteria.toml:21: trường "household_pct" không có trong tệp báo cáo nào (data/reports/*.csv)`,
		`data/reports/2024-09.csv:3:16: không đọc được dòng CSV: extraneous or missing " in quoted-field`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
	if len(set.Reports) != 0 || len(set.Fields) != 0 {
		t.Errorf("a broken file gave %d rows and fields %v", len(set.Reports), set.Fields)
	}
}

// TestReportRowsInFileOrder: rows from several files keep file order, then
// line order, whichever file is read first; a file with fewer rows than
// lines (a blank line, a row dropped) leaves no gap.
func TestReportRowsInFileOrder(t *testing.T) {
	files := map[string]string{
		ReportsDir + "/2024-09.csv": "unit,month,tips_total,tips_via_force,household_pct\n" +
			"t1,2024-09,10,8,95\n\n" + // a blank line
			"t2,13/2024,0,0,91.5\n" + // dropped: no such month
			"t3,2024-09,1,1,99\n",
		ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\n" +
			"t3,2024-10,2,2,90\n" +
			"t1,2024-10,4,3,93\n",
	}
	set, _ := Load(fsWith(files), testSite)
	var got []string
	for _, r := range set.Reports {
		got = append(got, r.Unit+" "+r.Month.String()+" "+r.Pos.String())
	}
	want := "t1 2024-09 data/reports/2024-09.csv:2|t3 2024-09 data/reports/2024-09.csv:5|" +
		"t3 2024-10 data/reports/2024-10.csv:2|t1 2024-10 data/reports/2024-10.csv:3"
	if strings.Join(got, "|") != want {
		t.Errorf("rows\n  %s\nwant\n  %s", strings.Join(got, "|"), want)
	}
	if v, _ := set.Reports[3].Value("tips_via_force"); v.String() != "3" {
		t.Errorf("t1 2024-10 tips_via_force = %s, want 3", v)
	}
}

// TestWideValues: a column's values are kept in 32 bits at most while
// they fit (up to 2147.483647) and the column switches to 64 bits at the
// first that does not, keeping the rows read before; the other columns
// keep theirs.
func TestWideValues(t *testing.T) {
	files := map[string]string{
		ReportsDir + "/2024-09.csv": "unit,month,tips_total,tips_via_force,household_pct\n" +
			"t1,2024-09,2147.483647,8,95\n" + // the largest that fits
			"t2,2024-09,2147.483648,0,91.5\n", // one millionth more
	}
	set, errs := Load(fsWith(files), testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	for i, want := range []string{"2147.483647", "2147.483648"} {
		if v, _ := set.Reports[i].Value("tips_total"); v.String() != want {
			t.Errorf("row %d tips_total = %s, want %s", i, v, want)
		}
	}
	if v, _ := set.Reports[0].Value("household_pct"); v.String() != "95" {
		t.Errorf("row 0 household_pct = %s after widening, want 95", v)
	}
}

// TestReusedReadBuffer: each worker reads report files into one buffer, so
// nothing kept from a file may point into it. On one worker, the files
// below go through the same buffer in turn; the unknown unit of the first
// (kept as written, with its error) and its column names must survive the
// later files.
func TestReusedReadBuffer(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	files := map[string]string{
		ReportsDir + "/2024-09.csv": "Unit,Month,Tips_Total,tips_via_force,household_pct\nt7,2024-09,1,1,95\n",
		ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\n" + strings.Repeat("t1,2024-10,4,3,93\n", 1),
		ReportsDir + "/2024-11.csv": "unit,month,tips_total,tips_via_force,household_pct\nt2,2024-11,4,3,93\n" +
			strings.Repeat("#", 200) + ",2024-11,0,0,0\n", // an unknown unit longer than the files before
	}
	set, errs := Load(fsWith(files), testSite)
	if errs.Len() != 2 || set.Reports[0].Unit != "t7" || set.Reports[3].Unit != strings.Repeat("#", 200) {
		t.Errorf("%d errors (want 2), units %q and %.10q…", errs.Len(), set.Reports[0].Unit, set.Reports[3].Unit)
	}
	if got := strings.Join(set.Fields, ","); got != "household_pct,tips_total,tips_via_force" {
		t.Errorf("fields %s", got)
	}
}

// growingFS serves a report file with one row the first time it is
// opened (when its lines are counted) and three rows after, as if it were
// saved in between.
type growingFS struct {
	fstest.MapFS
	opened map[string]int
}

func (g growingFS) Open(name string) (fs.File, error) {
	if g.opened[name]++; g.opened[name] == 1 && strings.HasPrefix(name, ReportsDir+"/") {
		short := fstest.MapFS{name: {Data: []byte("unit,month,tips_total,tips_via_force,household_pct\nt1,2024-09,1,1,95\n")}}
		return short.Open(name)
	}
	return g.MapFS.Open(name)
}

// TestFileLongerThanCounted: rows beyond the count still load, in order.
func TestFileLongerThanCounted(t *testing.T) {
	fsys := growingFS{fsWith(map[string]string{ReportsDir + "/2024-09.csv": "unit,month,tips_total,tips_via_force,household_pct\n" +
		"t1,2024-09,1,1,95\nt2,2024-09,2,2,96\nt3,2024-09,3000,3,97\n"}), map[string]int{}}
	set, errs := Load(fsys, testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	var got []string
	for _, r := range set.Reports {
		v, _ := r.Value("tips_total") // 3000 does not fit in 32 bits: the values widen past the count
		got = append(got, r.Unit+"="+v.String())
	}
	if strings.Join(got, " ") != "t1=1 t2=2 t3=3000" {
		t.Errorf("rows %v, want t1=1 t2=2 t3=3000", got)
	}
}

// TestColumnsIndexAt: Index and At read the same values as Value. The
// file below has the columns tips_total (place 0), tips_via_force (place
// 1) and household_pct (place 2); members_total is absent (-1). Row 1
// (t2) holds 7 and 5.
func TestColumnsIndexAt(t *testing.T) {
	files := map[string]string{
		ReportsDir + "/2024-09.csv": "unit,month,tips_total,tips_via_force,household_pct\nt1,2024-09,4,3,90\nt2,2024-09,7,5,91\n",
	}
	set, errs := Load(fsWith(files), testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	r := set.Reports[1]
	c := r.Columns()
	if c == nil || c != set.Reports[0].Columns() {
		t.Fatal("rows of one file must share their Columns")
	}
	if c.Index("tips_total") != 0 || c.Index("household_pct") != 2 || c.Index("members_total") != -1 {
		t.Errorf("Index = %d, %d, %d, want 0, 2, -1", c.Index("tips_total"), c.Index("household_pct"), c.Index("members_total"))
	}
	if r.At(0).String() != "7" || r.At(1).String() != "5" {
		t.Errorf("At = %s, %s, want 7, 5", r.At(0), r.At(1))
	}
	if (Report{}).Columns() != nil {
		t.Error("a Report made without columns has none")
	}
}

// TestColumnLayoutsInFile: each column of a file keeps its values in the
// narrowest layout that holds them all, and values read before a column
// moves to a wider one read back as written. Below, tips_total holds whole
// numbers up to 255 (one byte) until 300; tips_via_force stays in one
// byte; household_pct holds tenths (95 and 91.5 are 950 and 915 tenths)
// until 92.25, which is not a whole number of tenths (32 bits).
func TestColumnLayoutsInFile(t *testing.T) {
	files := map[string]string{
		ReportsDir + "/2024-09.csv": "unit,month,tips_total,tips_via_force,household_pct\n" +
			"t1,2024-09,4,3,95\n" +
			"t2,2024-09,255,0,91.5\n" +
			"t3,2024-09,0,0,92.25\n" +
			"t1,2024-10,300,1,90\n",
	}
	set, errs := Load(fsWith(files), testSite)
	if errs.Len() != 0 {
		t.Fatal(errs.Err())
	}
	want := [][3]string{{"4", "3", "95"}, {"255", "0", "91.5"}, {"0", "0", "92.25"}, {"300", "1", "90"}}
	for i, w := range want {
		for f, name := range []string{"tips_total", "tips_via_force", "household_pct"} {
			if v, _ := set.Reports[i].Value(name); v.String() != w[f] {
				t.Errorf("row %d %s = %s, want %s", i, name, v, w[f])
			}
		}
	}
	cols := set.Reports[0].Columns().cols
	if got := []string{layout(&cols[0]), layout(&cols[1]), layout(&cols[2])}; strings.Join(got, " ") != "tenths small narrow" {
		t.Errorf("layouts %v, want tenths (300 is 3000 tenths), small, narrow", got)
	}
}

// layout names the layout a column is in.
func layout(c *column) string {
	switch {
	case c.small != nil:
		return "small"
	case c.tenths != nil:
		return "tenths"
	case c.narrow != nil:
		return "narrow"
	}
	return "wide"
}

// TestColumnLayouts follows one column through its four layouts, value by
// value: 255 fits in a byte, 0.5 is not a whole number (tenths, two
// bytes), 2147.45 is not a whole number of tenths (32 bits, which hold up
// to 2147.483647), and 2147.483648 goes to 64 bits. The column was counted
// for 2 rows and gets 4: it grows.
func TestColumnLayouts(t *testing.T) {
	c := NewColumns("a")
	c.room(2)
	steps := []struct{ v, want string }{{"255", "small"}, {"0.5", "tenths"}, {"2147.45", "narrow"}, {"2147.483648", "wide"}}
	for row, s := range steps {
		v, err := decimal.Parse(s.v)
		if err != nil {
			t.Fatal(err)
		}
		c.set(row, 0, v)
		if got := layout(&c.cols[0]); got != s.want {
			t.Errorf("after %s: layout %s, want %s", s.v, got, s.want)
		}
		for r := 0; r <= row; r++ {
			if got := c.value(r, 0).String(); got != steps[r].v {
				t.Errorf("after %s: row %d = %s, want %s", s.v, r, got, steps[r].v)
			}
		}
	}
}
