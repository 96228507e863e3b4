package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"phongtrao/generator/results"
)

// TestJSONShape decodes the JSON of tinyResults (see its comment for the
// hand-worked values) and checks the fields BRIEF.md §3 "Export" fixes.
func TestJSONShape(t *testing.T) {
	out, err := JSON(tinyResults(t))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		AsOf    string                       `json:"asOf"`
		Periods []map[string]any             `json:"periods"`
		Results []map[string]json.RawMessage `json:"results"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, out)
	}
	if doc.AsOf != "2024-10-31" {
		t.Errorf("asOf = %q", doc.AsOf)
	}
	// Periods: dot-1 running, dot-2 upcoming, all running, in that order.
	wantPeriods := []string{"dot-1 Đợt 1 2024-08-19 2025-02-03 running", "dot-2 Đợt 2 2025-02-04 2025-08-19 upcoming",
		"all Cả đợt thi đua 2024-08-19 2025-08-19 running"}
	for i, p := range doc.Periods {
		got := strings.Join([]string{p["id"].(string), p["name"].(string), p["start"].(string), p["end"].(string), p["status"].(string)}, " ")
		if i >= len(wantPeriods) || got != wantPeriods[i] {
			t.Errorf("period %d = %s", i, got)
		}
	}
	// Results: 5 units × 2 started periods (dot-2 is upcoming), sorted by
	// period order then units.csv order.
	var order []string
	for _, r := range doc.Results {
		order = append(order, unquote(r["period"])+"/"+unquote(r["unit"]))
	}
	want := "dot-1/tinh dot-1/xa dot-1/thon-a dot-1/thon-b dot-1/thon-c all/tinh all/xa all/thon-a all/thon-b all/thon-c"
	if got := strings.Join(order, " "); got != want {
		t.Errorf("results order:\n got %s\nwant %s", got, want)
	}
	fields := map[string]string{ // result index 2 = dot-1/thon-a, 4 = dot-1/thon-c, 1 = dot-1/xa
		"2 score":      "2.5",
		"2 rank":       `{"siblings":1,"level":1}`,
		"2 criteria":   `{"4.1":{"met":true},"4.7":{"met":true}}`,
		"2 indicators": `{"4.1/tin-bao":{"numerator":8,"denominator":10,"value":0.8,"status":"met"},"4.7/viec-tot":{"numerator":3,"denominator":3,"value":1,"status":"met"},"4.7/tong":{"value":3,"status":"met"}}`,
		"3 rank":       `{"siblings":3,"level":3}`,
		// thon-c: ratio with denominator 0 → no value, status none.
		"4 indicators": `{"4.1/tin-bao":{"numerator":0,"denominator":0,"status":"none"},"4.7/viec-tot":{"numerator":0,"denominator":3,"value":0,"status":"not-met"},"4.7/tong":{"value":0,"status":"not-met"}}`,
		"4 score":      "2",
		// xa: mean 4.5/3 = 1.5; shares 2/3 and 1/3 rounded to 6 decimals;
		// pooled 9/14 = 0.6428571… → 0.642857; no status.
		"1 score":    "1.5",
		"1 criteria": `{"4.1":{"share":0.666667,"metLeaves":2,"leaves":3},"4.7":{"share":0.333333,"metLeaves":1,"leaves":3}}`,
		"1 indicators": `{"4.1/tin-bao":{"numerator":9,"denominator":14,"value":0.642857,"metLeaves":2,"leaves":3},` +
			`"4.7/viec-tot":{"numerator":4,"denominator":9,"value":0.444444,"metLeaves":1,"leaves":3},"4.7/tong":{"metLeaves":2,"leaves":3}}`,
		"1 parent": `"tinh"`,
	}
	for k, want := range fields {
		var i int
		var name string
		splitKey(k, &i, &name)
		if got := string(doc.Results[i][name]); got != want {
			t.Errorf("results[%d].%s =\n %s\nwant\n %s", i, name, got, want)
		}
	}
	if _, ok := doc.Results[0]["parent"]; ok {
		t.Errorf("the root has a parent field")
	}
}

func unquote(m json.RawMessage) string {
	var s string
	_ = json.Unmarshal(m, &s)
	return s
}

func splitKey(k string, i *int, name *string) {
	n, rest, _ := strings.Cut(k, " ")
	*i = int(n[0] - '0')
	*name = rest
}

// TestJSONNumbers: no exponent notation, no float noise, rounding of
// fractions to 6 decimals.
func TestJSONNumbers(t *testing.T) {
	tests := []struct{ num, den, want string }{
		{"11", "3", "3.666667"},
		{"1", "3", "0.333333"},
		{"2", "3", "0.666667"},
		{"1", "10000000", "0"}, // 1e-7 rounds to 0, never "1e-07"
		{"123456789", "1", "123456789"},
		{"3", "4", "0.75"},
	}
	for _, tc := range tests {
		if got := string(appendFrac(nil, dec(tc.num), dec(tc.den))); got != tc.want {
			t.Errorf("%s/%s = %s, want %s", tc.num, tc.den, got, tc.want)
		}
	}
	if got := dec("0.000001").String(); got != "0.000001" {
		t.Errorf("D(0.000001).String() = %s", got)
	}
}

// TestCSV: BOM, CRLF, the header, one row per started period × unit
// (2 × 5 = 10 + header), and two rows worked out by hand from
// tinyResults (BRIEF.md §4), compared cell by cell.
func TestCSV(t *testing.T) {
	res := tinyResults(t)
	out := CSV(res)
	if !bytes.HasPrefix(out, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("no UTF-8 BOM")
	}
	if n, m := bytes.Count(out, []byte("\r\n")), bytes.Count(out, []byte("\n")); n != m || n != 11 {
		t.Errorf("%d CRLF, %d LF; want 11 CRLF line ends", n, m)
	}
	recs, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+2*5 {
		t.Fatalf("%d records, want 11", len(recs))
	}
	// 15 unit columns; 4.1: 3 + tin-bao (ratio) 5; 4.7: 3 + viec-tot
	// (monthly) 5 + tong (total: no numerator, denominator) 3. 34 in all.
	header := "period,period_name,unit,unit_name,kind,level,parent,leaf,score,rank_siblings,rank_level," +
		"indicators_met,deeds,leaves,all_met_share," +
		"4.1:met,4.1:share,4.1:met_leaves," +
		"4.1/tin-bao:numerator,4.1/tin-bao:denominator,4.1/tin-bao:value,4.1/tin-bao:status,4.1/tin-bao:met_leaves," +
		"4.7:met,4.7:share,4.7:met_leaves," +
		"4.7/viec-tot:numerator,4.7/viec-tot:denominator,4.7/viec-tot:value,4.7/viec-tot:status,4.7/viec-tot:met_leaves," +
		"4.7/tong:value,4.7/tong:status,4.7/tong:met_leaves"
	if got := strings.Join(recs[0], ","); got != header {
		t.Errorf("header =\n %s\nwant\n %s", got, header)
	}
	if got := strings.Join(CSVColumns(res), ","); got != header {
		t.Errorf("CSVColumns =\n %s\nwant\n %s", got, header)
	}
	// Rows 1–5 are dot-1 in units.csv order: tinh, xa, thon-a, thon-b, thon-c.
	//
	// thon-b (row 4), a leaf at depth 2 under xa: tips 1/4 = 0.25 < 0.8
	// not-met, so 4.1 not met (0); monthly deeds: counted months Aug, Sep,
	// Oct (asOf 31/10 is Oct's last day), a deed only on 5/9 → 1/3 =
	// 0.333333 not-met; total deeds 1 ≥ 1 met, but 4.7 needs both → 0.
	// Score 0 (no criterion met); indicators met 1 (tong); deeds 1; ranks
	// 3 of 3 among siblings and leaves (thon-a 2.5, thon-c 2 ahead).
	// Aggregate-only cells (share, met_leaves, leaves, all_met_share) empty.
	leaf := "dot-1,Đợt 1,thon-b,Bon B,Bon,2,xa,1,0,3,3,1,1,,," +
		"0,,,1,4,0.25,not-met,," +
		"0,,,1,3,0.333333,not-met,,1,met,"
	// xa (row 2), the aggregate at depth 1 under tinh, over thon-a (2.5),
	// thon-b (0), thon-c (2): score 4.5/3 = 1.5; only aggregate among its
	// siblings and at its depth → ranks 1, 1; indicators_met empty; deeds
	// 3 + 1 + 0 = 4; leaves 3; all criteria met by thon-a only → 1/3 =
	// 0.333333. 4.1 met by thon-a and thon-c (none counts) → share 2/3 =
	// 0.666667, met leaves 2; tips pooled (8+1+0)/(10+4+0) = 9/14 =
	// 0.642857, met leaves 2. 4.7 met by thon-a only → 0.333333, 1;
	// monthly pooled (3+1+0)/(3+3+3) = 4/9 = 0.444444, met by thon-a → 1;
	// total: no value for an aggregate, met by thon-a (3) and thon-b (1) →
	// 2. Leaf-only cells (met, status) empty.
	agg := "dot-1,Đợt 1,xa,Xã Đắk Wil,Xã,1,tinh,0,1.5,1,1,,4,3,0.333333," +
		",0.666667,2,9,14,0.642857,,2," +
		",0.333333,1,4,9,0.444444,,1,,,2"
	for _, tc := range []struct {
		row  int
		want string
	}{{4, leaf}, {2, agg}} {
		got, want := recs[tc.row], strings.Split(tc.want, ",")
		if len(want) != len(recs[0]) || len(got) != len(recs[0]) {
			t.Fatalf("row %d: %d cells, want %d (hand-worked %d)", tc.row, len(got), len(recs[0]), len(want))
		}
		for i, h := range recs[0] {
			if got[i] != want[i] {
				t.Errorf("row %d (%s) %s = %q, want %q", tc.row, got[2], h, got[i], want[i])
			}
		}
	}
}

// TestCSVRowPerResult: on tinyResults and a synthetic province, the CSV
// has one row per entry of the JSON's results, naming the same period and
// unit in the same order, and every row as many cells as the header.
func TestCSVRowPerResult(t *testing.T) {
	for name, res := range map[string]*results.Results{"tiny": tinyResults(t), "synthetic": synthetic(t, 2, 3, 4)} {
		t.Run(name, func(t *testing.T) {
			js, err := JSON(res)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Results []struct{ Period, Unit string } `json:"results"`
			}
			if err := json.Unmarshal(js, &doc); err != nil {
				t.Fatal(err)
			}
			rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(CSV(res), []byte(bom))))
			rd.FieldsPerRecord = -1 // counted below, so that a short row is named
			recs, err := rd.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(recs)-1 != len(doc.Results) || len(doc.Results) == 0 {
				t.Fatalf("%d CSV rows, %d JSON results", len(recs)-1, len(doc.Results))
			}
			for i, rec := range recs[1:] {
				if len(rec) != len(recs[0]) {
					t.Errorf("row %d has %d cells, the header %d", i+1, len(rec), len(recs[0]))
				} else if j := doc.Results[i]; rec[0] != j.Period || rec[2] != j.Unit {
					t.Errorf("row %d is %s/%s, JSON result %d is %s/%s", i+1, rec[0], rec[2], i, j.Period, j.Unit)
				}
			}
		})
	}
}

// TestDeterministic: two runs give identical bytes.
func TestDeterministic(t *testing.T) {
	j1, _ := JSON(tinyResults(t))
	j2, _ := JSON(tinyResults(t))
	if !bytes.Equal(j1, j2) {
		t.Errorf("JSON differs between runs")
	}
	if !bytes.Equal(CSV(tinyResults(t)), CSV(tinyResults(t))) {
		t.Errorf("CSV differs between runs")
	}
}

// TestCSVFormulaGuard: free text starting with a formula sign is kept as text.
func TestCSVFormulaGuard(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "@SUM(A1)": "'@SUM(A1)", "-2": "'-2", "Thôn 1": "Thôn 1", "": ""} {
		if got := text(in); got != want {
			t.Errorf("text(%q) = %q, want %q", in, got, want)
		}
	}
}
