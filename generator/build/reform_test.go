package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildReform builds the fixture with the optional files of issue 16:
// commune x merges into z (a new commune under the root, no child of its
// own) on 01/03/2025, and x sets 4.1/tin-bao to 70% for its teams.
//
// asOf 15/03/2025. dot-1 (r = 03/02/2025): x and its teams; z has no team
// yet and no result. dot-2 and all (r = 15/03/2025): x has ceased; t1 and
// t2 are under z. t2's 7/10 = 0.7 meets x's 0.7 (the file says 0.8): in
// dot-1 t1 scores 1 (4.1 met, 4.7 not) and so does t2, so x's mean is 1
// (0.5 without targets.csv, TestBuildFixture). Entries: dot-1 p x t1 t2,
// dot-2 p z t1 t2, all p z t1 t2 = 12.
func TestBuildReform(t *testing.T) {
	src := fixture(t)
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(src, "data", name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	units, _ := os.ReadFile(filepath.Join(src, "data", "units.csv"))
	write("units.csv", string(units)+"z,Xã Z,Xã,p\n")
	write("successions.csv", "from,to,date\nx,z,01/03/2025\n")
	write("targets.csv", "unit;indicator;target\nx;4.1/tin-bao;70%\n")
	s, err := Build(Options{Source: src, Out: filepath.Join(t.TempDir(), "out")})
	if err != nil {
		t.Fatal(err)
	}
	e := readExport(t, s.Out)
	var got []string
	score := map[string]float64{}
	for _, r := range e.Results {
		got = append(got, r.Period+"/"+r.Unit)
		score[r.Period+"/"+r.Unit] = r.Score
	}
	if want := "dot-1/p dot-1/x dot-1/t1 dot-1/t2 dot-2/p dot-2/t1 dot-2/t2 dot-2/z all/p all/t1 all/t2 all/z"; strings.Join(got, " ") != want {
		t.Errorf("results %v\nwant %s", got, want)
	}
	if score["dot-1/t2"] != 1 || score["dot-1/x"] != 1 {
		t.Errorf("dot-1: t2 %v, x %v; want 1, 1 (t2 measured against x's 0.7)", score["dot-1/t2"], score["dot-1/x"])
	}
	b, _ := os.ReadFile(filepath.Join(s.Out, ExportJSON))
	for _, want := range []string{
		`"period":"dot-1","unit":"x","name":"Xã X","kind":"Xã","parent":"p","depth":1,"successor":"z"`,
		`"period":"dot-2","unit":"t2","name":"Thôn 2","kind":"Thôn","parent":"z","depth":2`,
		`"4.1/tin-bao":{"numerator":7,"denominator":10,"value":0.7,"target":0.7,"status":"met"}`,
	} {
		if !strings.Contains(string(b), want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

// TestBuildReformErrors: a bad row of successions.csv or targets.csv
// stops the build with its path:line:col.
func TestBuildReformErrors(t *testing.T) {
	for _, c := range []struct{ file, text, want string }{
		{"successions.csv", "from,to,date\nx,zz,01/03/2025\n", `data/successions.csv:2:3: đơn vị "zz" không có trong data/units.csv`},
		{"successions.csv", "from,to,date\nt2,t1,01/09/2024\n", `data/reports/2024-09.csv:3: báo cáo tháng 09/2024 của "t2", nhưng đơn vị này đã sáp nhập vào "t1" từ 01/09/2024`},
		{"targets.csv", "unit,indicator,target\nx,4.1/tin-bao,bảy mươi\n", `data/targets.csv:2:15: mức chỉ tiêu: "bảy mươi" không phải số`},
	} {
		src := fixture(t)
		if err := os.WriteFile(filepath.Join(src, "data", c.file), []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Build(Options{Source: src, Out: filepath.Join(t.TempDir(), "out")})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v\nwant %s", c.file, err, c.want)
		}
	}
}
