package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

// sensitiveResults is a province "tinh" with three communes, computed on
// 2024-10-31 from one month (2024-09) of reports per team:
//
//	commune  team  tips (4.1)  weapons (4.4)  reoffenders/reintegrated (4.5)
//	xa       a     8/10        2              1/3
//	xa       b     1/4         0              1/2
//	xb       c     0/0         0              0/1
//	xb       d     3/3         1              0/1
//	xc       e     5/5         0              3/4
//
// 4.4/vu-khi (total, == 0) and 4.5/tai-pham (ratio, <= 0) are sensitive;
// 4.1/tin-bao (ratio, >= 0.8) is not. Pooled reoffending figures:
// xa 1+1 / 3+2 = 2/5 (numerator withheld), xb 0/2 (denominator
// withheld), xc 3/4 and tinh 5/11 (both published: 5/11 = 0.4545454… →
// 0.454545).
func sensitiveResults(t *testing.T) *results.Results {
	t.Helper()
	units, add := unitTree()
	add("tinh", "tinh", "Tỉnh", "")
	for _, c := range []string{"xa", "xb", "xc"} {
		add(c, c, "Xã", "tinh")
	}
	for _, tm := range [][2]string{{"a", "xa"}, {"b", "xa"}, {"c", "xb"}, {"d", "xb"}, {"e", "xc"}} {
		add(tm[0], tm[0], "Thôn", tm[1])
	}
	set := &data.Set{
		Units: units,
		Criteria: []*data.Criterion{
			{ID: "4.1", Title: "Nắm tình hình", Points: dec("1"), Indicators: []*data.Indicator{
				{ID: "tin-bao", Kind: data.KindRatio, Source: data.SourceReports,
					Numerator: "tips_via_force", Denominator: "tips_total", Op: ">=", Target: dec("0.8")},
			}},
			{ID: "4.4", Title: "Quản lý hành chính", Points: dec("1"), Indicators: []*data.Indicator{
				{ID: "vu-khi", Kind: data.KindTotal, Source: data.SourceReports, Field: "weapons_cases",
					Op: "==", Target: dec("0"), Sensitive: true},
			}},
			{ID: "4.5", Title: "Tái hòa nhập", Points: dec("1"), Indicators: []*data.Indicator{
				{ID: "tai-pham", Kind: data.KindRatio, Source: data.SourceReports,
					Numerator: "reoffenders", Denominator: "reintegrated", Op: "<=", Target: dec("0"), Sensitive: true},
			}},
		},
	}
	for _, r := range []struct{ unit, tipsVia, tips, weapons, reoff, reint string }{
		{"a", "8", "10", "2", "1", "3"},
		{"b", "1", "4", "0", "1", "2"},
		{"c", "0", "0", "0", "0", "1"},
		{"d", "3", "3", "1", "0", "1"},
		{"e", "5", "5", "0", "3", "4"},
	} {
		set.Reports = append(set.Reports, data.ReportOf(r.unit, month(t, "2024-09"), map[string]decimal.D{
			"tips_via_force": dec(r.tipsVia), "tips_total": dec(r.tips), "weapons_cases": dec(r.weapons),
			"reoffenders": dec(r.reoff), "reintegrated": dec(r.reint)}))
	}
	site := &config.Site{Campaign: config.Campaign{
		Name: "Phong trào", Start: day(t, "2024-08-19"), End: day(t, "2025-08-19"),
		Phases: []config.Phase{{ID: "dot-1", Name: "Đợt 1", Start: day(t, "2024-08-19"), End: day(t, "2025-02-03")}},
	}}
	return results.Compute(site, set, day(t, "2024-10-31"))
}

// TestJSONSensitive checks the indicators of dot-1 in the JSON against
// the figures worked out in sensitiveResults' comment.
func TestJSONSensitive(t *testing.T) {
	out, err := JSON(sensitiveResults(t))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Results []struct {
			Period, Unit string
			Indicators   json.RawMessage
		} `json:"results"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	want := map[string]string{
		// a: tips 8/10 published as before; weapons 2 (not met) and
		// reoffending 1/3 (not met: 1/3 > 0) give their status only.
		"a": `{"4.1/tin-bao":{"numerator":8,"denominator":10,"value":0.8,"status":"met"},` +
			`"4.4/vu-khi":{"status":"not-met"},"4.5/tai-pham":{"status":"not-met"}}`,
		// c: reoffending 0/1 is met, weapons 0 met: still status only.
		"c": `{"4.1/tin-bao":{"numerator":0,"denominator":0,"status":"none"},` +
			`"4.4/vu-khi":{"status":"met"},"4.5/tai-pham":{"status":"met"}}`,
		// xa: tips 9/14 as before; weapons: an aggregate has no total,
		// a met by none of a (2), b (0) → 1 of 2; reoffending 2/5: the
		// numerator 2 is null, the denominator 5 stays, and the value
		// (0.4, which with 5 gives 2 back) is left out; met by neither.
		"xa": `{"4.1/tin-bao":{"numerator":9,"denominator":14,"value":0.642857,"metLeaves":1,"leaves":2},` +
			`"4.4/vu-khi":{"metLeaves":1,"leaves":2},"4.5/tai-pham":{"numerator":null,"denominator":5,"metLeaves":0,"leaves":2}}`,
		// xb: reoffending 0/2: 0 names no one and stays, 2 is null.
		// Tips 3/3 (c has none: met, d 1 met) → 2 of 2.
		"xb": `{"4.1/tin-bao":{"numerator":3,"denominator":3,"value":1,"metLeaves":2,"leaves":2},` +
			`"4.4/vu-khi":{"metLeaves":1,"leaves":2},"4.5/tai-pham":{"numerator":0,"denominator":null,"metLeaves":2,"leaves":2}}`,
		// xc: 3/4, both at least 3: published with the value.
		"xc": `{"4.1/tin-bao":{"numerator":5,"denominator":5,"value":1,"metLeaves":1,"leaves":1},` +
			`"4.4/vu-khi":{"metLeaves":1,"leaves":1},"4.5/tai-pham":{"numerator":3,"denominator":4,"value":0.75,"metLeaves":0,"leaves":1}}`,
		// tinh: 5/11 = 0.454545; tips 17/22 = 0.772727; met: c and d (4.5),
		// a, c, d, e (4.1); b, c, e (4.4).
		"tinh": `{"4.1/tin-bao":{"numerator":17,"denominator":22,"value":0.772727,"metLeaves":4,"leaves":5},` +
			`"4.4/vu-khi":{"metLeaves":3,"leaves":5},"4.5/tai-pham":{"numerator":5,"denominator":11,"value":0.454545,"metLeaves":2,"leaves":5}}`,
	}
	seen := 0
	for _, r := range doc.Results {
		w, ok := want[r.Unit]
		if r.Period != "dot-1" || !ok {
			continue
		}
		seen++
		if got := string(r.Indicators); got != w {
			t.Errorf("%s indicators =\n %s\nwant\n %s", r.Unit, got, w)
		}
	}
	if seen != len(want) {
		t.Errorf("checked %d units of dot-1, want %d", seen, len(want))
	}
}

// TestCSVSensitive: the CSV leaves empty every cell the JSON leaves out
// or writes null: a team's numerator, denominator and value of a
// sensitive indicator, an aggregate's withheld figures and their value.
func TestCSVSensitive(t *testing.T) {
	res := sensitiveResults(t)
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(CSV(res), []byte(bom)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	row := map[string][]string{}
	for _, r := range recs[1:] {
		if r[0] == "dot-1" {
			row[r[2]] = r
		}
	}
	for _, c := range []struct{ unit, column, want string }{
		{"a", "4.1/tin-bao:numerator", "8"}, // not sensitive: unchanged
		{"a", "4.1/tin-bao:value", "0.8"},
		{"a", "4.4/vu-khi:value", ""}, // 2 withheld
		{"a", "4.4/vu-khi:status", "not-met"},
		{"a", "4.5/tai-pham:numerator", ""},   // 1
		{"a", "4.5/tai-pham:denominator", ""}, // 3: a team's figure, whatever its size
		{"a", "4.5/tai-pham:value", ""},
		{"a", "4.5/tai-pham:status", "not-met"},
		{"xa", "4.5/tai-pham:numerator", ""}, // 2
		{"xa", "4.5/tai-pham:denominator", "5"},
		{"xa", "4.5/tai-pham:value", ""},
		{"xa", "4.5/tai-pham:met_leaves", "0"},
		{"xb", "4.5/tai-pham:numerator", "0"},
		{"xb", "4.5/tai-pham:denominator", ""}, // 2
		{"xb", "4.5/tai-pham:value", ""},
		{"xc", "4.5/tai-pham:numerator", "3"},
		{"xc", "4.5/tai-pham:denominator", "4"},
		{"xc", "4.5/tai-pham:value", "0.75"},
		{"tinh", "4.5/tai-pham:value", "0.454545"},
	} {
		r, ok := row[c.unit]
		i, okc := col[c.column]
		if !ok || !okc {
			t.Fatalf("no row %s or no column %s", c.unit, c.column)
		}
		if r[i] != c.want {
			t.Errorf("%s %s = %q, want %q", c.unit, c.column, r[i], c.want)
		}
	}
}
