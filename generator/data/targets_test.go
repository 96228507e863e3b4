package data

import (
	"testing"

	"phongtrao/generator/decimal"
)

// TestTargetsLoad: a ratio's percentage is divided by 100 ("70%" = 0.7,
// like "0,7"); another indicator keeps the number as in reports ("92,5%"
// for the latest household share is 92.5).
func TestTargetsLoad(t *testing.T) {
	set, errs := Load(fsWith(map[string]string{
		TargetsFile: "Unit;Indicator;Target\r\n" +
			"x;4.1/tin-bao;70%\r\n" + // x's teams: 0.7
			"t3;4.1/tin-bao;0,75\r\n" +
			"y;4.4/nhan-khau;92,5%\r\n" +
			"p;4.4/mo-hinh;2\r\n",
	}), testSite)
	if errs.Len() != 0 {
		t.Fatalf("unexpected errors:\n%v", errs.Err())
	}
	o := set.TargetOverrides()
	want := map[[2]string]decimal.D{
		{"x", "4.1/tin-bao"}:   700_000,
		{"t3", "4.1/tin-bao"}:  750_000,
		{"y", "4.4/nhan-khau"}: 92_500_000,
		{"p", "4.4/mo-hinh"}:   decimal.FromInt(2),
	}
	for k, v := range want {
		if got, ok := o[k[0]][k[1]]; !ok || got != v {
			t.Errorf("%s %s = %v (%v), want %v", k[0], k[1], got, ok, v)
		}
	}
	if len(set.Targets) != 4 || set.Targets[1].Pos.Line != 3 {
		t.Errorf("targets = %+v", set.Targets)
	}
}

// TestTargetErrors: each problem at its file, line and column.
func TestTargetErrors(t *testing.T) {
	head := "unit,indicator,target\n"
	cases := []struct{ name, file, want string }{
		{"missing column", "unit,indicator\nx,4.1/tin-bao\n", `data/targets.csv:1: thiếu cột "target"`},
		{"unknown column", "unit,indicator,target,note\nx,4.1/tin-bao,1,\n", `data/targets.csv:1:23: cột "note" không được hỗ trợ`},
		{"unknown unit", head + "xx,4.1/tin-bao,0.7\n", `data/targets.csv:2:1: đơn vị "xx" không có trong data/units.csv`},
		{"unknown indicator", head + "x,4.1/tin-bai,0.7\n", `data/targets.csv:2:3: chỉ tiêu "4.1/tin-bai" không có trong data/criteria.toml`},
		{"indicator without its criterion", head + "x,tin-bao,0.7\n", `data/targets.csv:2:3: chỉ tiêu "tin-bao" không có`},
		{"bad number", head + "x,4.1/tin-bao,\"1.234,5\"\n", `data/targets.csv:2:15: mức chỉ tiêu: "1.234,5" không phải số`},
		{"negative number", head + "x,4.1/tin-bao,-1\n", `data/targets.csv:2:15: mức chỉ tiêu: số âm`},
		// 70.12345% would be 0.7012345: more decimals than a figure holds.
		{"percentage too precise", head + "x,4.1/tin-bao,70.12345%\n", `data/targets.csv:2:15: mức chỉ tiêu "70.12345%" có quá nhiều chữ số thập phân`},
		{"duplicate", head + "x,4.1/tin-bao,0.7\ny,4.1/tin-bao,0.7\nx,4.1/tin-bao,0.6\n", `data/targets.csv:4: đơn vị "x" đã có chỉ tiêu 4.1/tin-bao ở dòng 2`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantError(t, map[string]string{TargetsFile: c.file}, c.want) })
	}
}
