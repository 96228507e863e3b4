package data

import (
	"strings"
	"testing"
)

// The base site with commune z (no child of its own) added under the root
// at line 8 of units.csv: the July 2025 reform merges x and y into z.
var reformUnits = baseFiles[UnitsFile] + "z,Xã Z,Xã,p\n"

const reformSuccessions = "from,to,date\n" +
	"x,z,01/07/2025\n" + // line 2
	"y,z,2025-07-01\n" // line 3

// TestSuccessionsLoad: the rows are read in file order; z receives x and y,
// which have teams, so z is not a team although units.csv gives it no
// child; a team receiving a team (t2 → t1) stays a team.
func TestSuccessionsLoad(t *testing.T) {
	set, errs := Load(fsWith(map[string]string{
		UnitsFile:       reformUnits,
		SuccessionsFile: "\ufeffFrom;To;Date\r\n" + strings.ReplaceAll(reformSuccessions[len("from,to,date\n"):], ",", ";") + "t2;t1;15/07/2025\r\n",
	}), testSite)
	if errs.Len() != 0 {
		t.Fatalf("unexpected errors:\n%v", errs.Err())
	}
	var got []string
	for _, s := range set.Successions {
		got = append(got, s.From+">"+s.To+"@"+s.Date.String())
	}
	if want := "x>z@2025-07-01 y>z@2025-07-01 t2>t1@2025-07-15"; strings.Join(got, " ") != want {
		t.Errorf("successions = %v, want %s", got, want)
	}
	if z := set.Units.ByID["z"]; z.IsLeaf() {
		t.Error("z receives communes with teams: it must not be a team")
	}
	if !set.Units.ByID["t1"].IsLeaf() {
		t.Error("t1 receives a team only: it stays a team")
	}
	if s, ok := set.Successor("y"); !ok || s.To != "z" || s.Pos.Line != 3 {
		t.Errorf("Successor(y) = %+v, %v", s, ok)
	}
	if _, ok := set.Successor("z"); ok {
		t.Error("z does not cease")
	}
	var from []string
	for _, x := range set.Predecessors("z") {
		from = append(from, x.From)
	}
	if strings.Join(from, " ") != "x y" || len(set.Predecessors("x")) != 0 {
		t.Errorf("Predecessors(z) = %v, want x y; Predecessors(x) = %v", from, set.Predecessors("x"))
	}
}

// TestSuccessionsAbsent: without the file nothing changes.
func TestSuccessionsAbsent(t *testing.T) {
	set, errs := Load(fsWith(nil), testSite)
	if errs.Len() != 0 || set.Successions != nil || set.Targets != nil {
		t.Fatalf("errors %v, successions %v, targets %v", errs.Err(), set.Successions, set.Targets)
	}
}

// TestSuccessionErrors: each problem at its file, line and column.
func TestSuccessionErrors(t *testing.T) {
	with := func(succ string, more ...string) map[string]string {
		m := map[string]string{UnitsFile: reformUnits, SuccessionsFile: succ}
		for i := 0; i+1 < len(more); i += 2 {
			m[more[i]] = more[i+1]
		}
		return m
	}
	head := "unit,month,tips_total,tips_via_force,household_pct\n"
	cases := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"missing column", with("from,to\nx,z\n"), `data/successions.csv:1: thiếu cột "date"`},
		{"unknown column", with("from,to,date,ghichu\nx,z,2025-07-01,\n"), `data/successions.csv:1:14: cột "ghichu" không được hỗ trợ`},
		{"unknown from", with("from,to,date\nxx,z,2025-07-01\n"), `data/successions.csv:2:1: đơn vị "xx" không có trong data/units.csv`},
		{"unknown to", with("from,to,date\nx,zz,2025-07-01\n"), `data/successions.csv:2:3: đơn vị "zz" không có trong data/units.csv`},
		{"into a unit under it", with("from,to,date\nx,t1,2025-07-01\n"), `data/successions.csv:2:3: đơn vị "t1" nằm dưới "x" trong data/units.csv`},
		{"into itself", with("from,to,date\nx,x,2025-07-01\n"), `data/successions.csv:2:3: đơn vị "x" không thể sáp nhập vào chính nó`},
		{"bad date", with("from,to,date\nx,z,31/06/2025\n"), `data/successions.csv:2:5: ngày "31/06/2025" không tồn tại`},
		{"date before the campaign", with("from,to,date\nx,z,2024-08-18\n"), `data/successions.csv:2:5: ngày 18/08/2024 nằm ngoài thời gian phong trào`},
		{"date after the campaign", with("from,to,date\nx,z,20/08/2025\n"), `data/successions.csv:2:5: ngày 20/08/2025 nằm ngoài thời gian phong trào`},
		// x ceases on line 2, then again on line 3.
		{"ceases twice", with("from,to,date\nx,z,2025-07-01\nx,y,2025-07-01\n"), `data/successions.csv:3:1: đơn vị "x" đã thôi tồn tại ở dòng 2`},
		// x → y → z → x: every row of the cycle is reported; the first at line 2.
		{"cycle", with("from,to,date\nx,y,2025-03-01\ny,z,2025-07-01\nz,x,2025-08-01\n"), `data/successions.csv:2: vòng lặp sáp nhập: "x" sáp nhập vào "y"`},
		{"cycle, last row", with("from,to,date\nx,y,2025-03-01\ny,z,2025-07-01\nz,x,2025-08-01\n"), `data/successions.csv:4: vòng lặp sáp nhập: "z" sáp nhập vào "x"`},
		// t2 merges into t1 on 15/07/2025: July starts before (allowed),
		// August starts after (an error at the report row).
		{"report after the unit ceased", with("from,to,date\nt2,t1,15/07/2025\n",
			ReportsDir+"/2025-07.csv", head+"t2,2025-07,1,1,95\n",
			ReportsDir+"/2025-08.csv", head+"t1,2025-08,1,1,95\nt2,2025-08,1,1,95\n"),
			`data/reports/2025-08.csv:3: báo cáo tháng 08/2025 của "t2", nhưng đơn vị này đã sáp nhập vào "t1" từ 15/07/2025`},
		// A month starting on the very day the unit ceased is already too late.
		// (Teams of a merged commune live on: only t1 ceases here.)
		{"report for the month starting on the day", with(reformSuccessions+"t1,t2,2025-07-01\n",
			ReportsDir+"/2025-07.csv", head+"t2,07/2025,1,1,95\nt1,07/2025,1,1,95\n"),
			`data/reports/2025-07.csv:3: báo cáo tháng 07/2025 của "t1", nhưng đơn vị này đã sáp nhập vào "t2" từ 01/07/2025`},
		{"deed on the day the unit ceased", with("from,to,date\nt2,t1,15/07/2025\n",
			DeedsFile, "date,unit,kind,title\n14/07/2025,t2,viec-tot,Giúp dân\n15/07/2025,t2,viec-tot,Giúp dân\n"),
			`data/deeds.csv:3: việc tốt ngày 15/07/2025 của "t2", nhưng đơn vị này đã sáp nhập vào "t1" từ 15/07/2025`},
		// z receives communes: a report row for it is refused like one for a commune.
		{"report for a unit that receives communes", with(reformSuccessions, ReportsDir+"/2024-10.csv", head+"z,2024-10,1,1,95\n"),
			`data/reports/2024-10.csv:2:1: báo cáo cho "z" (Xã Z) là đơn vị có cấp dưới`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantError(t, c.files, c.want) })
	}
}

// wantError loads the base site with files changed and fails unless one
// error starts with want ("path:line[:col]: message").
func wantError(t *testing.T, files map[string]string, want string) {
	t.Helper()
	_, errs := Load(fsWith(files), testSite)
	var got []string
	for _, d := range errs.Items() {
		s := d.Pos.String() + ": " + d.Msg
		if strings.HasPrefix(s, want) {
			return
		}
		got = append(got, s)
	}
	t.Errorf("no error starting with\n  %s\ngot:\n  %s", want, strings.Join(got, "\n  "))
}
