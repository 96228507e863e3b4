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
	// The criterion's page names x's own target beside the file's.
	if b, _ := os.ReadFile(filepath.Join(s.Out, "tieu-chi", "4-1.html")); !strings.Contains(string(b), "Mức riêng: Xã X: ≥ 70%") {
		t.Error("tieu-chi/4-1.html does not name x's target of 70%")
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

// TestBuildReformPages: the pages follow the tree of their period (rule
// 8). The fixture's commune x (teams t1, t2) merges into z, a new commune
// under the root with no unit of its own, on 01/03/2025; asOf 15/03/2025.
// Đợt 1 (r = 03/02/2025) is assessed on units.csv's tree (p → x → t1, t2),
// Đợt 2 and the whole campaign (r = 15/03/2025) on p → z → t1, t2. So x
// keeps its Đợt 1 column, bulletin and leaderboard place and says where
// it went; z has Đợt 2 and the campaign and names x; the teams are under
// z on their pages and in the directory; the latest month that has ended
// is 02/2025, before the merge, so its commune bulletin is x's.
func TestBuildReformPages(t *testing.T) {
	src := fixture(t)
	units, _ := os.ReadFile(filepath.Join(src, "data", "units.csv"))
	if err := os.WriteFile(filepath.Join(src, "data", "units.csv"), append(units, "z,Xã Z,Xã,p\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(src, "data", "successions.csv"), []byte("from,to,date\nx,z,01/03/2025\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	page := builtPages(t, src)
	for _, c := range []struct{ rel, want string }{
		{"don-vi/x.html", `Từ 01/03/2025 sáp nhập vào <a href="/don-vi/z.html">Xã Z</a>.`},
		{"don-vi/x.html", `<thead><tr><td><th scope="col">Đợt 1</thead>`},
		{"don-vi/z.html", `Hình thành từ <a href="/don-vi/x.html">Xã X</a> (từ 01/03/2025).`},
		{"don-vi/z.html", `<thead><tr><td><th scope="col">Đợt 2<th scope="col">Cả đợt thi đua</thead>`},
		{"don-vi/z.html", `theo tháng (tổng 1)`}, // t1's deed of 02/09/2024, under z now
		{"don-vi/t1.html", `Tổ bảo vệ an ninh, trật tự ở cơ sở · Xã Z</p>`},
		{"don-vi/t1.html", `Hạng trong đơn vị cấp trên<td>1<wbr>/2 <small>(Xã X)</small><td>1<wbr>/2 <small>(Xã Z)</small>`},
		{"xep-hang/dot-1/xa/index.html", `>Xã X</a>`},
		{"xep-hang/dot-2/xa/index.html", `>Xã Z</a>`},
		{"index.html", `Hoặc chọn đơn vị:</p><ul class="inline"><li><a href="/don-vi/z.html">Xã Z</a></li><li>`},
		{"danh-ba/x/index.html", `<small>(sáp nhập vào Xã Z từ 01/03/2025)</small>`},
		{"ban-tin/index.html", `Đơn vị đã sáp nhập`},
	} {
		if !strings.Contains(page(c.rel), c.want) {
			t.Errorf("%s lacks %s", c.rel, c.want)
		}
	}
	for _, c := range []struct{ rel, unwanted string }{
		{"xep-hang/dot-1/xa/index.html", `>Xã Z</a>`},
		{"xep-hang/dot-2/xa/index.html", `>Xã X</a>`},
		{"index.html", `<a href="/don-vi/x.html">Xã X</a></li><li><a href="/danh-ba/">`},
	} {
		if strings.Contains(page(c.rel), c.unwanted) {
			t.Errorf("%s holds %s", c.rel, c.unwanted)
		}
	}
	for rel, want := range map[string]bool{
		"ban-tin/dot-1/x.html": true, "ban-tin/dot-2/x.html": false, "ban-tin/all/x.html": false,
		"ban-tin/dot-1/z.html": false, "ban-tin/dot-2/z.html": true, "ban-tin/all/z.html": true,
		"ban-tin/thang/2025-02/x.html": true, "ban-tin/thang/2025-02/z.html": false,
	} {
		if got := page(rel) != ""; got != want {
			t.Errorf("%s written %v, want %v", rel, got, want)
		}
	}
}
