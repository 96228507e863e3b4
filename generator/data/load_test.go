package data

import (
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/encoding/charmap"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/decimal"
)

// A small valid site: province p, commune x with two teams t1, t2, and one
// more commune y with team t3.
var baseFiles = map[string]string{
	UnitsFile: "id,name,kind,parent\n" +
		"p,Tỉnh P,Tỉnh,\n" + // line 2
		"x,Xã X,Xã,p\n" + // line 3
		"t1,Thôn 1,Thôn,x\n" + // line 4
		"t2,Thôn 2,Thôn,x\n" + // line 5
		"y,Xã Y,Xã,p\n" + // line 6
		"t3,Bon Bu Prăng,Bon,y\n", // line 7
	CriteriaFile: `[[criterion]]
id = "4.1"
title = "Nắm tình hình"

  [[criterion.indicator]]
  id = "tin-bao"
  kind = "ratio"
  numerator = "tips_via_force"
  denominator = "tips_total"
  op = ">="
  target = 0.8

[[criterion]]
id = "4.4"
title = "Quản lý hành chính"
points = 2

  [[criterion.indicator]]
  id = "nhan-khau"
  kind = "latest"
  field = "household_pct"
  op = ">"
  target = 90

  [[criterion.indicator]]
  id = "mo-hinh"
  kind = "total"
  source = "deeds"
  kinds = ["mo-hinh"]
  op = ">="
  target = 1
`,
	ReportsDir + "/2024-09.csv": "unit,month,tips_total,tips_via_force,household_pct\n" +
		"t1,2024-09,10,8,95\n" + // line 2
		"t2,2024-09,0,0,91.5\n", // line 3
	DeedsFile: "date,unit,kind,title,people\n" +
		"2024-09-02,t1,viec-tot,Trả lại ví,Nguyễn Văn A; Y Bhin Niê\n" + // line 2
		"03/10/2024,t3,mo-hinh,Mô hình camera,\n", // line 3
}

var testSite = &config.Site{Campaign: config.Campaign{
	Start: calendar.Date{Year: 2024, Month: 8, Day: 19},
	End:   calendar.Date{Year: 2025, Month: 8, Day: 19},
}}

func fsWith(changes map[string]string) fstest.MapFS {
	fs := fstest.MapFS{}
	for k, v := range baseFiles {
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	for k, v := range changes {
		if v == "" {
			delete(fs, k)
			continue
		}
		fs[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return fs
}

func TestLoadValid(t *testing.T) {
	set, errs := Load(fsWith(nil), testSite)
	if errs.Len() != 0 {
		t.Fatalf("unexpected errors:\n%v", errs.Err())
	}
	if got := len(set.Units.All); got != 6 {
		t.Errorf("units = %d, want 6", got)
	}
	if set.Units.Root.ID != "p" || set.Units.ByID["t3"].Depth != 2 || !set.Units.ByID["t3"].IsLeaf() || set.Units.ByID["x"].IsLeaf() {
		t.Errorf("tree not linked as expected")
	}
	if strings.Join(set.Fields, ",") != "household_pct,tips_total,tips_via_force" {
		t.Errorf("fields = %v", set.Fields)
	}
	if v, ok := set.Reports[1].Value("household_pct"); !ok || v != decimal.D(91_500_000) {
		t.Errorf("91.5 read as %v", v)
	}
	if c := set.Criterion("4.4"); c == nil || c.Points != decimal.FromInt(2) || c.Indicators[0].Target != decimal.FromInt(90) {
		t.Errorf("criterion 4.4 not read as written: %+v", c)
	}
	if tin := set.Criteria[0].Indicators[0]; tin.Target != decimal.D(800_000) || tin.Source != SourceReports {
		t.Errorf("target 0.8 must be exactly 0.8, got %v (%s)", tin.Target, tin.Source)
	}
	d := set.Deeds[0]
	if len(d.People) != 2 || d.People[1] != "Y Bhin Niê" || set.Deeds[1].Date.String() != "2024-10-03" {
		t.Errorf("deeds not read as written: %+v %+v", d, set.Deeds[1])
	}
	for i, u := range set.Units.All {
		if u.Index() != i {
			t.Errorf("%s: Index %d, want its place in All, %d", u.ID, u.Index(), i)
		}
	}
}

// TestLeniency checks each spreadsheet habit the contract accepts.
func TestLeniency(t *testing.T) {
	excel := "\ufeffUnit ; MONTH;Tips_Total ;tips_via_force;household_pct\r\n" +
		"t1;09/2024;10;8;92,5%\r\n" +
		"t2;2024-09;3;3;100\r\n"
	cases := []struct {
		name  string
		files map[string]string
		check func(t *testing.T, s *Set)
	}{
		{"BOM, semicolons, CRLF, header case and spaces, MM/YYYY, decimal comma, trailing %",
			map[string]string{ReportsDir + "/2024-09.csv": excel},
			func(t *testing.T, s *Set) {
				r := s.Reports[0]
				pct, _ := r.Value("household_pct")
				tips, _ := r.Value("tips_total")
				if r.Month.String() != "2024-09" || pct != decimal.D(92_500_000) || tips != decimal.FromInt(10) {
					t.Errorf("row read as %+v", r)
				}
			}},
		// Excel writes every column, empty cells included (a shorter row is an error).
		{"extra columns in units.csv", map[string]string{UnitsFile: strings.Replace(strings.ReplaceAll(baseFiles[UnitsFile], "\n", ",\n"), "parent,\n", "parent,ghi chú\n", 1)},
			func(t *testing.T, s *Set) {
				if s.Units.ByID["t3"].Name != "Bon Bu Prăng" {
					t.Error("units not read")
				}
			}},
		{"DD/MM/YYYY dates and one-digit day", map[string]string{DeedsFile: "Date,Unit,Kind,Title\n3/9/2024,t1,viec-tot,Giúp dân\n"},
			func(t *testing.T, s *Set) {
				if s.Deeds[0].Date.String() != "2024-09-03" {
					t.Errorf("date %s", s.Deeds[0].Date)
				}
			}},
		{"a header that quotes its names", map[string]string{DeedsFile: "\"date\";\"unit\";\"kind\";\"title\"\n2024-09-03;t1;viec-tot;\"Giúp dân; trả ví\"\n"},
			func(t *testing.T, s *Set) {
				if s.Deeds[0].Title != "Giúp dân; trả ví" {
					t.Errorf("title %q", s.Deeds[0].Title)
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, errs := Load(fsWith(c.files), testSite)
			if errs.Len() != 0 {
				t.Fatalf("unexpected errors:\n%v", errs.Err())
			}
			c.check(t, s)
		})
	}
}

func TestErrors(t *testing.T) {
	win, _ := charmap.Windows1258.NewEncoder().String("id,name,kind,parent\np,Thôn P,Thôn,\n")
	units := baseFiles[UnitsFile]
	crit := baseFiles[CriteriaFile]
	cases := []struct {
		name  string
		files map[string]string
		want  string // "path:line[:col]: start of message"
	}{
		{"duplicate unit id", map[string]string{UnitsFile: units + "t1,Thôn 1b,Thôn,y\n"}, `data/units.csv:8:1: id "t1" bị trùng với dòng 4`},
		{"bad id", map[string]string{UnitsFile: units + "Thôn-9,Thôn 9,Thôn,y\n"}, `data/units.csv:8:1: id "Thôn-9" chỉ được`},
		{"unknown parent", map[string]string{UnitsFile: units + "t9,Thôn 9,Thôn,zz\n"}, `data/units.csv:8:16: cấp trên "zz"`},
		{"cycle", map[string]string{UnitsFile: units + "a,A,Xã,b\nb,B,Xã,a\nta,Thôn,Thôn,a\n"}, `data/units.csv:8:8: vòng lặp cấp trên: "a"`},
		{"report for unknown unit", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\nt7,2024-10,1,1,95\n"},
			`data/reports/2024-10.csv:2:1: báo cáo cho đơn vị "t7" không có`},
		{"report for a non-leaf", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\nx,2024-10,1,1,95\n"},
			`data/reports/2024-10.csv:2:1: báo cáo cho "x" (Xã X) là đơn vị có cấp dưới`},
		{"same unit and month in two files", map[string]string{ReportsDir + "/2024-09b.csv": "unit,month,tips_total,tips_via_force,household_pct\n\nt1,09/2024,1,1,95\n"},
			`data/reports/2024-09b.csv:3: tổ "t1" đã có báo cáo tháng 09/2024 ở data/reports/2024-09.csv:2`},
		{"numerator above denominator", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\nt1,2024-10,3,4,95\n"},
			`data/reports/2024-10.csv:2:14: tips_via_force = 4 lớn hơn tips_total = 3`},
		{"negative value", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\nt1,2024-10,-3,0,95\n"},
			`data/reports/2024-10.csv:2:12: cột "tips_total": số âm`},
		{"non-numeric value", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\nt1,2024-10,1.234,5,0,95\n"},
			`data/reports/2024-10.csv:2:`},
		{"thousands separator", map[string]string{ReportsDir + "/2024-10.csv": "unit;month;tips_total;tips_via_force;household_pct\nt1;2024-10;1.234,5;0;95\n"},
			`data/reports/2024-10.csv:2:12: cột "tips_total": "1.234,5" không phải số`},
		{"impossible month", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\nt1,13/2024,1,1,95\n"},
			`data/reports/2024-10.csv:2:4: tháng "13/2024" không tồn tại`},
		{"impossible date", map[string]string{DeedsFile: "date,unit,kind,title\n31/02/2025,t1,viec-tot,Giúp dân\n"},
			`data/deeds.csv:2:1: ngày "31/02/2025" không tồn tại`},
		{"deed outside the campaign", map[string]string{DeedsFile: "date,unit,kind,title\n2024-08-18,t1,viec-tot,Giúp dân\n"},
			`data/deeds.csv:2:1: ngày 18/08/2024 nằm ngoài thời gian phong trào`},
		{"unknown deed kind", map[string]string{DeedsFile: "date,unit,kind,title\n2024-09-18,t1,viec-xau,Giúp dân\n"},
			`data/deeds.csv:2:15: loại "viec-xau" không hợp lệ`},
		{"deed for a non-leaf", map[string]string{DeedsFile: "date,unit,kind,title\n2024-09-18,y,viec-tot,Giúp dân\n"},
			`data/deeds.csv:2:12: việc tốt cho "y" (Xã Y) là đơn vị có cấp dưới`},
		{"unknown column in deeds", map[string]string{DeedsFile: "date,unit,kind,title,ghichu\n2024-09-18,t1,viec-tot,Giúp dân,x\n"},
			`data/deeds.csv:1:22: cột "ghichu" không được hỗ trợ`},
		{"criteria field no report has", map[string]string{CriteriaFile: strings.Replace(crit, `field = "household_pct"`, `field = "household_percent"`, 1)},
			`data/criteria.toml:21: trường "household_percent" không có trong tệp báo cáo nào`},
		{"unknown indicator kind", map[string]string{CriteriaFile: strings.Replace(crit, `kind = "latest"`, `kind = "newest"`, 1)},
			`data/criteria.toml:20: loại chỉ tiêu kind = "newest" không hợp lệ`},
		{"unknown op", map[string]string{CriteriaFile: strings.Replace(crit, `op = ">"`, `op = "=>"`, 1)},
			`data/criteria.toml:22: phép so sánh op = "=>" không hợp lệ`},
		{"unknown key in criteria.toml", map[string]string{CriteriaFile: strings.Replace(crit, `points = 2`, `point = 2`, 1)},
			`data/criteria.toml:16: khóa không được hỗ trợ "criterion.point"`},
		{"TOML syntax error", map[string]string{CriteriaFile: strings.Replace(crit, `title = "Quản lý hành chính"`, `title = Quản lý`, 1)},
			`data/criteria.toml:15:9: lỗi cú pháp TOML`},
		{"TOML value of the wrong type", map[string]string{CriteriaFile: strings.Replace(crit, `target = 90`, `target = "90"`, 1)},
			`data/criteria.toml:23: target = "90": cần một số`},
		{"not UTF-8", map[string]string{UnitsFile: win}, `data/units.csv:2:5: tệp không phải UTF-8`},
		{"phone number in a deed's title", map[string]string{DeedsFile: "date,unit,kind,title\n2024-09-18,t1,viec-tot,Gọi 0912 345 678 khi cần\n"},
			`data/deeds.csv:2:28: có vẻ là số điện thoại: “•••• ••• 678”`},
		{"unit without kind", map[string]string{UnitsFile: units + "t9,Thôn 9,,y\n"}, `data/units.csv:8:11: đơn vị "t9" thiếu loại`},
		{"short row", map[string]string{DeedsFile: "date,unit,kind,title\n2024-09-18;t1,viec-tot,Giúp dân\n"},
			`data/deeds.csv:2: dòng chỉ có 3 ô, thiếu cột "title"`},
		{"percentage over 100", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct\nt1,2024-10,1,1,100%\nt2,2024-10,1,1,\"100,5%\"\n"},
			`data/reports/2024-10.csv:3:16: cột "household_pct": tỷ lệ 100,5% lớn hơn 100%`},
		{"unknown report column", map[string]string{ReportsDir + "/2024-10.csv": "unit,month,tips_total,tips_via_force,household_pct,notes\nt1,2024-10,1,1,95,x\n"},
			`data/reports/2024-10.csv:1:52: cột "notes" không được nội dung thi đua nào`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := Load(fsWith(c.files), testSite)
			var got []string
			for _, d := range errs.Items() {
				s := d.Pos.String() + ": " + d.Msg
				if strings.HasPrefix(s, c.want) {
					return
				}
				got = append(got, s)
			}
			t.Errorf("no error starting with\n  %s\ngot:\n  %s", c.want, strings.Join(got, "\n  "))
		})
	}
}
