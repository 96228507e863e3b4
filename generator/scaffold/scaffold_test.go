package scaffold

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"phongtrao/generator/build"
	"phongtrao/generator/diag"

	"github.com/xuri/excelize/v2"
)

// Trees a press office may bring, in testdata (generator/qa checks the
// sites made from them too): ba-cap.csv, before the 2025 reform (province
// → district → commune → village, three levels under the root), written
// as Excel writes CSV (UTF-8 BOM, ";", CRLF, header in capitals);
// hai-cap.csv, after it (province → commune → village, two levels).
const (
	threeLevels = "testdata/ba-cap.csv"
	twoLevels   = "testdata/hai-cap.csv"
)

// writeUnits writes text to a units file whose name has Vietnamese
// letters and a space, as an office's file would; text "testdata/…"
// copies that file.
func writeUnits(t *testing.T, text string) string {
	t.Helper()
	if strings.HasPrefix(text, "testdata/") {
		b, err := os.ReadFile(text)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	p := filepath.Join(t.TempDir(), "Đơn vị Lâm Đồng.csv")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNewSites: a new site, from the example tree or from an office's
// units, passes check and builds at once; its team pages say "Chưa có số
// liệu" where no report has come in yet.
func TestNewSites(t *testing.T) {
	cases := []struct {
		name, units  string // units "" for the example tree
		total, teams int    // counted by hand from the trees above
		team         string // a team's id
	}{
		{"example tree", "", 7, 4, "hoa-binh-thon-1"},
		{"three levels, Excel CSV", threeLevels, 8, 3, "gia-bac-bon-1"},
		{"two levels", twoLevels, 6, 3, "phuong-1-tdp-1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			unitsPath := ""
			if c.units != "" {
				unitsPath = writeUnits(t, c.units)
			}
			dir := filepath.Join(t.TempDir(), "trang thi đua")
			s, err := New(Options{Dir: dir, Units: unitsPath})
			if err != nil {
				t.Fatal(err)
			}
			if s.Units != c.total || s.Teams != c.teams {
				t.Errorf("%d units, %d teams; want %d and %d", s.Units, s.Teams, c.total, c.teams)
			}
			want := []string{".gitignore", "README.md", "content/stories/bai-mau.md", "data/criteria.toml",
				"data/deeds.csv", "data/reports/2024-08.csv", "data/units.csv", "site.toml"}
			if !slices.Equal(s.Files, want) {
				t.Errorf("files %q, want %q", s.Files, want)
			}
			opts := build.Options{Source: dir, AsOf: "2025-08-19"}
			if _, _, err := build.Check(opts); err != nil {
				t.Fatalf("check on the new site: %v", err)
			}
			opts.Out = filepath.Join(t.TempDir(), "public")
			if _, err := build.Build(opts); err != nil {
				t.Fatalf("build on the new site: %v", err)
			}
			page, err := os.ReadFile(filepath.Join(opts.Out, "don-vi", c.team+".html"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(page), "Chưa có số liệu") {
				t.Errorf("the page of team %s does not say \"Chưa có số liệu\"", c.team)
			}
			// The home page says so too, instead of ranking every team at 0.
			home, _ := os.ReadFile(filepath.Join(opts.Out, "index.html"))
			if !strings.Contains(string(home), "Chưa có số liệu") || strings.Contains(string(home), "Dẫn đầu") {
				t.Errorf("the home page does not say \"Chưa có số liệu\" in place of the leaders")
			}
		})
	}
}

// TestNewCriteriaAreTheDemos: the new site's criteria are the demo's
// (same criteria, indicators, operators and targets), taken from the file
// embedded in the binary, less the demo plan's quotes.
func TestNewCriteriaAreTheDemos(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "trang")
	if _, err := New(Options{Dir: dir}); err != nil {
		t.Fatal(err)
	}
	summary := func(src string) (out []string, quotes int) {
		p, err := build.Load(build.Options{Source: src, AsOf: "2025-08-19"})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range p.Data.Criteria {
			if c.PlanText != "" {
				quotes++
			}
			for _, in := range c.Indicators {
				out = append(out, in.Key(c)+" "+c.Short+" "+in.Label+" "+in.Op+" "+in.Target.String())
			}
		}
		return out, quotes
	}
	got, gotQuotes := summary(dir)
	want, _ := summary("../..")
	if !slices.Equal(got, want) {
		t.Errorf("new site's indicators:\n%s\nthe demo's:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The plan has seven criteria and the demo quotes the plan in each.
	if len(got) == 0 || gotQuotes != 0 {
		t.Errorf("%d indicators, %d plan quotes; want the demo's and none", len(got), gotQuotes)
	}
}

// TestNewRefusesNonEmpty: New writes nothing into a folder that holds a
// file, nor over a file.
func TestNewRefusesNonEmpty(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "ghi-chu.txt")
	os.WriteFile(mine, []byte("của tôi"), 0o644)
	for _, target := range []string{dir, mine} {
		_, err := New(Options{Dir: target})
		var ne *NotEmptyError
		if !errors.As(err, &ne) || !strings.Contains(err.Error(), "gợi ý:") {
			t.Errorf("New(%s): %v, want a *NotEmptyError with a hint", target, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	if b, _ := os.ReadFile(mine); len(entries) != 1 || string(b) != "của tôi" {
		t.Errorf("the folder now holds %d entries, the file %q; want it untouched", len(entries), b)
	}
}

// TestNewBadUnits: every problem of the units file is reported at once,
// at the file's own path with line and column, and nothing is written.
func TestNewBadUnits(t *testing.T) {
	units := writeUnits(t, "id,name,kind,parent\r\n"+
		"tinh,Tỉnh Thử,Tỉnh,\r\n"+
		"Xã A,Xã A,Xã,tinh\r\n"+ // line 3: an id with capitals and a space
		"thon-1,Thôn 1,Thôn,xa-b\r\n") // line 4: an unknown parent
	dir := filepath.Join(t.TempDir(), "trang")
	_, err := New(Options{Dir: dir, Units: units})
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatalf("want diagnostics, got %v", err)
	}
	var at []string
	for _, d := range de.Items {
		at = append(at, d.Pos.String())
	}
	// Columns count characters: the id starts line 3; the parent of line 4
	// follows "thon-1,Thôn 1,Thôn," (7 + 7 + 5 = 19 characters).
	want := []string{units + ":3:1", units + ":4:20"}
	if !slices.Equal(at, want) {
		t.Errorf("problems at %q, want %q:\n%v", at, want, err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("New wrote %s despite the errors", dir)
	}
	_, err = New(Options{Dir: dir, Units: units + ".khong-co"})
	if err == nil || !strings.Contains(err.Error(), units+".khong-co: không đọc được tệp đơn vị") {
		t.Errorf("a missing units file: %v", err)
	}
}

// TestWithoutKey drops one-line and multi-line values of a key and
// nothing else.
func TestWithoutKey(t *testing.T) {
	in := "a = 1\nplan_text = \"\"\"\nx \\\ny\"\"\"\nb = 2\n  plan_text = \"một dòng\"\nplan_texts = 3\nplan_text = \"\"\"z\"\"\"\nc = 4\n"
	want := "a = 1\nb = 2\nplan_texts = 3\nc = 4\n"
	if got := withoutKey(in, "plan_text"); got != want {
		t.Errorf("withoutKey:\n%s\nwant:\n%s", got, want)
	}
}

// workbook writes rows (cells separated by ",") to an Excel workbook whose
// name has Vietnamese letters, every cell as text.
func workbook(t *testing.T, rows ...string) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, row := range rows {
		var cells []any
		for _, c := range strings.Split(row, ",") {
			cells = append(cells, c)
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &cells); err != nil {
			t.Fatal(err)
		}
	}
	p := filepath.Join(t.TempDir(), "Đơn vị.xlsx")
	if err := f.SaveAs(p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNewFromWorkbook: the units may come as an Excel workbook, read by
// the same loader as CSV: the new site keeps it as data/units.xlsx and
// builds; a bad cell is reported at the workbook's path.
func TestNewFromWorkbook(t *testing.T) {
	good := workbook(t, "id,name,kind,parent", "tinh,Tỉnh Thử,Tỉnh,", "xa,Xã Một,Xã,tinh", "xa-thon-1,Thôn 1,Thôn,xa")
	dir := filepath.Join(t.TempDir(), "trang")
	s, err := New(Options{Dir: dir, Units: good})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(s.Files, "data/units.xlsx") || slices.Contains(s.Files, "data/units.csv") || s.Teams != 1 {
		t.Errorf("files %q, %d teams; want data/units.xlsx and 1 team", s.Files, s.Teams)
	}
	if _, err := build.Build(build.Options{Source: dir, Out: filepath.Join(t.TempDir(), "public"), AsOf: "2025-08-19"}); err != nil {
		t.Fatalf("build on the new site: %v", err)
	}
	bad := workbook(t, "id,name,kind,parent", "tinh,Tỉnh Thử,Tỉnh,", "Xã A,Xã A,Xã,tinh")
	_, err = New(Options{Dir: filepath.Join(t.TempDir(), "trang"), Units: bad})
	// Row 3, column 1, which Excel calls cell A3.
	if err == nil || !strings.HasPrefix(err.Error(), bad+":3:1: ô A3: id \"Xã A\"") {
		t.Errorf("want the bad id at %s:3:1 (cell A3), got %v", bad, err)
	}
}
