package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// tinyUnits is a tree with a team straight under the root, so that ranks
// grouped by parent and by depth must also split teams from aggregates:
//
//	tinh (depth 0)
//	├── xa-a (1, aggregate) ── thon-1, thon-2 (2, teams)
//	├── xa-b (1, aggregate) ── thon-3 (2, team)
//	└── to-x (1, team)
//
// The extra column "note" must be ignored and the columns may come in any
// order (parent before kind here).
const tinyUnits = `id,name,parent,kind,note
tinh,"Tỉnh ""Mẫu""",,Tỉnh,x
xa-a,Xã A,tinh,Xã,
xa-b,Xã B,tinh,Xã,
to-x,Tổ X,tinh,Tổ,
thon-1,Thôn 1,xa-a,Thôn,
thon-2,Thôn 2,xa-a,Thôn,
thon-3,Thôn 3,xa-b,Thôn,
`

// tinyExport follows docs/ket-qua-export.md. Its indicators are in
// criteria order, not alphabetical ("4.1/tin-bao" before "4.1/co-mat"), and
// thon-2, thon-3, to-x and tinh have no result at all.
const tinyExport = `{"asOf":"2025-08-19",
"periods":[
{"id":"dot-1","name":"Đợt 1","title":"T","start":"2024-08-19","end":"2025-02-03","status":"done"},
{"id":"all","name":"Cả đợt thi đua","start":"2024-08-19","end":"2025-08-19","status":"running"}
],
"results":[
{"period":"dot-1","unit":"xa-a","name":"Xã A","kind":"Xã","parent":"tinh","depth":1,"leaf":false,"score":3.666667,"rank":{"siblings":1,"level":2},"criteria":{"4.1":{"share":0.75,"metLeaves":3,"leaves":4}},"indicators":{"4.1/tin-bao":{"numerator":80,"denominator":100,"value":0.8,"metLeaves":3,"leaves":4},"4.4/nhan-khau":{"metLeaves":2,"leaves":4}},"deeds":12,"leaves":4,"allMetShare":0.5},
{"period":"dot-1","unit":"thon-1","name":"Thôn 1","kind":"Thôn","parent":"xa-a","depth":2,"leaf":true,"score":6,"rank":{"siblings":2,"level":57},"criteria":{"4.1":{"met":true},"4.2":{"met":false}},"indicators":{"4.1/tin-bao":{"numerator":8,"denominator":10,"value":0.8,"status":"met"},"4.1/co-mat":{"numerator":0,"denominator":0,"status":"none"},"4.4/nhan-khau":{"status":"no-data"}},"indicatorsMet":10,"deeds":3},
{"period":"all","unit":"thon-1","name":"Thôn 1","kind":"Thôn","parent":"xa-a","depth":2,"leaf":true,"score":5.5,"rank":{"siblings":1,"level":9},"criteria":{},"indicators":{},"indicatorsMet":0,"deeds":0}
]}
`

// writeTiny writes tinyUnits and export into a temporary folder and returns
// their paths and an output folder.
func writeTiny(t *testing.T, units, export string) (string, string, string) {
	t.Helper()
	dir := t.TempDir()
	u, e := filepath.Join(dir, "units.csv"), filepath.Join(dir, "ket-qua.json")
	if err := os.WriteFile(u, []byte(units), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(e, []byte(export), 0o644); err != nil {
		t.Fatal(err)
	}
	return e, u, filepath.Join(dir, "content", "don-vi")
}

// frontMatter reads out/<id>.md, checks it is front matter only between
// two "+++" lines, and decodes it as TOML.
func frontMatter(t *testing.T, out, id string) (string, map[string]any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(out, id+".md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if !strings.HasPrefix(text, "+++\n") || !strings.HasSuffix(text, "\n+++\n") || strings.Count(text, "+++") != 2 {
		t.Fatalf("%s.md is not front matter between two +++ lines:\n%s", id, text)
	}
	var fm map[string]any
	if _, err := toml.Decode(strings.TrimSuffix(strings.TrimPrefix(text, "+++\n"), "+++\n"), &fm); err != nil {
		t.Fatalf("%s.md: not TOML: %v\n%s", id, err, text)
	}
	return text, fm
}

// check compares got[key] with want; TOML integers decode as int64.
func check(t *testing.T, where string, got map[string]any, key string, want any) {
	t.Helper()
	v, ok := got[key]
	if want == nil {
		if ok {
			t.Errorf("%s.%s = %v, want absent", where, key, v)
		}
		return
	}
	if !ok || v != want {
		t.Errorf("%s.%s = %#v (present %t), want %#v", where, key, v, ok, want)
	}
}

func table(t *testing.T, where string, m map[string]any, key string) map[string]any {
	t.Helper()
	v, ok := m[key].(map[string]any)
	if !ok {
		t.Fatalf("%s.%s = %#v, want a table", where, key, m[key])
	}
	return v
}

func TestConvertTeam(t *testing.T) {
	e, u, out := writeTiny(t, tinyUnits, tinyExport)
	n, err := convert(e, u, out)
	if err != nil {
		t.Fatal(err)
	}
	// 7 units in units.csv, 3 results in the export.
	if n != (counts{units: 7, results: 3}) {
		t.Errorf("counts = %+v, want 7 units, 3 results", n)
	}
	text, fm := frontMatter(t, out, "thon-1")
	// thon-1: depth 2 under xa-a; its teams-with-the-same-parent are
	// thon-1 and thon-2 (2); teams at depth 2 are thon-1, -2, -3 (3).
	for key, want := range map[string]any{"title": "Thôn 1", "kind": "Thôn", "parent": "xa-a", "leaf": true,
		"depth": int64(2), "siblings": int64(2), "level_units": int64(3)} {
		check(t, "thon-1", fm, key, want)
	}
	periods, ok := fm["periods"].([]map[string]any)
	if !ok || len(periods) != 2 {
		t.Fatalf("thon-1 periods = %#v, want 2 tables", fm["periods"])
	}
	p := periods[0]
	for key, want := range map[string]any{"id": "dot-1", "name": "Đợt 1", "start": "2024-08-19", "end": "2025-02-03",
		"status": "done", "score": int64(6), "rank_siblings": int64(2), "rank_level": int64(57), "deeds": int64(3),
		"indicators_met": int64(10), "leaves": nil, "all_met_share": nil} {
		check(t, "thon-1 dot-1", p, key, want)
	}
	crit := table(t, "dot-1", p, "criteria")
	check(t, "dot-1 4.1", table(t, "criteria", crit, "4.1"), "met", true)
	check(t, "dot-1 4.2", table(t, "criteria", crit, "4.2"), "met", false)
	ind := table(t, "dot-1", p, "indicators")
	tin := table(t, "indicators", ind, "4.1/tin-bao")
	for key, want := range map[string]any{"numerator": int64(8), "denominator": int64(10), "value": 0.8, "status": "met", "met_leaves": nil} {
		check(t, "4.1/tin-bao", tin, key, want)
	}
	// "none": numerator and denominator 0, no value (the export omits it).
	coMat := table(t, "indicators", ind, "4.1/co-mat")
	for key, want := range map[string]any{"numerator": int64(0), "denominator": int64(0), "value": nil, "status": "none"} {
		check(t, "4.1/co-mat", coMat, key, want)
	}
	check(t, "4.4/nhan-khau", table(t, "indicators", ind, "4.4/nhan-khau"), "status", "no-data")
	// The second period is "all", with a score that is not an integer.
	check(t, "thon-1 all", periods[1], "id", "all")
	check(t, "thon-1 all", periods[1], "status", "running")
	check(t, "thon-1 all", periods[1], "score", 5.5)
	// The export's key order is kept: tin-bao before co-mat.
	if strings.Index(text, `"4.1/tin-bao"`) > strings.Index(text, `"4.1/co-mat"`) {
		t.Errorf("indicators reordered:\n%s", text)
	}
}

func TestConvertAggregatesAndRoot(t *testing.T) {
	e, u, out := writeTiny(t, tinyUnits, tinyExport)
	if _, err := convert(e, u, out); err != nil {
		t.Fatal(err)
	}
	text, fm := frontMatter(t, out, "xa-a")
	// xa-a: aggregates under tinh are xa-a and xa-b (2), and the same two at
	// depth 1 (to-x is a team, ranked apart).
	for key, want := range map[string]any{"leaf": false, "depth": int64(1), "siblings": int64(2), "level_units": int64(2)} {
		check(t, "xa-a", fm, key, want)
	}
	p := fm["periods"].([]map[string]any)[0]
	for key, want := range map[string]any{"score": 3.666667, "leaves": int64(4), "all_met_share": 0.5, "indicators_met": nil} {
		check(t, "xa-a dot-1", p, key, want)
	}
	// The number is copied digit for digit, not through a float.
	if !strings.Contains(text, "\nscore = 3.666667\n") {
		t.Errorf("score not copied as written:\n%s", text)
	}
	c := table(t, "criteria", table(t, "dot-1", p, "criteria"), "4.1")
	for key, want := range map[string]any{"share": 0.75, "met_leaves": int64(3), "leaves": int64(4), "met": nil} {
		check(t, "xa-a 4.1", c, key, want)
	}
	nk := table(t, "indicators", table(t, "dot-1", p, "indicators"), "4.4/nhan-khau")
	for key, want := range map[string]any{"value": nil, "status": nil, "met_leaves": int64(2), "leaves": int64(4)} {
		check(t, "xa-a 4.4/nhan-khau", nk, key, want)
	}
	// The root: no parent key, a name with a quote, no results.
	_, fm = frontMatter(t, out, "tinh")
	for key, want := range map[string]any{"title": `Tỉnh "Mẫu"`, "parent": nil, "periods": nil, "siblings": int64(1), "level_units": int64(1)} {
		check(t, "tinh", fm, key, want)
	}
	// to-x is the only team at depth 1 and the only team under tinh.
	_, fm = frontMatter(t, out, "to-x")
	for key, want := range map[string]any{"leaf": true, "siblings": int64(1), "level_units": int64(1)} {
		check(t, "to-x", fm, key, want)
	}
}

func TestConvertErrors(t *testing.T) {
	cases := []struct {
		name, units, export, want string
	}{
		{"result for an unknown unit", tinyUnits, strings.Replace(tinyExport, `"unit":"xa-a"`, `"unit":"xa-z"`, 1), `unit "xa-z" is not in`},
		{"result for an unknown period", tinyUnits, strings.Replace(tinyExport, `"period":"all"`, `"period":"dot-9"`, 1), `period "dot-9" is not in "periods"`},
		{"results before periods", tinyUnits, `{"results":[],"periods":[]}`, `"results" before "periods"`},
		{"column missing", "id,name,kind\na,A,Tỉnh\n", tinyExport, `column "parent" missing`},
		{"parent missing", tinyUnits + "lac,Lạc,khong-co,Thôn,\n", tinyExport, `parent "khong-co" not found`},
		{"unit twice", tinyUnits + "xa-a,Xã A,tinh,Xã,\n", tinyExport, `unit "xa-a" listed twice`},
		{"cycle", "id,name,kind,parent\nr,R,Tỉnh,\na,A,Xã,b\nb,B,Xã,a\n", tinyExport, "loops"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, u, out := writeTiny(t, c.units, c.export)
			_, err := convert(e, u, out)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestTOMLString(t *testing.T) {
	// TOML basic strings: \" and \\ escaped, control characters as \uXXXX,
	// any other UTF-8 kept as it is.
	cases := map[string]string{
		"Xã A":          `"Xã A"`,
		`a "b" \ c`:     `"a \"b\" \\ c"`,
		"tab\tnl\n":     `"tab\u0009nl\u000A"`,
		"Đắk\u007fNông": `"Đắk\u007FNông"`,
	}
	for in, want := range cases {
		var b bytes.Buffer
		tomlString(&b, in)
		if b.String() != want {
			t.Errorf("tomlString(%q) = %s, want %s", in, b.String(), want)
		}
	}
}
