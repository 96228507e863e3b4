package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
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
	if got := string(appendDec(nil, dec("0.000001"))); got != "0.000001" {
		t.Errorf("appendDec(0.000001) = %s", got)
	}
}

// TestCSV: BOM, header, CRLF, one row per started period × unit ×
// indicator (2 × 5 × 3 = 30 + header), quoting, and the values of a leaf
// row and an aggregate row.
func TestCSV(t *testing.T) {
	out := CSV(tinyResults(t))
	if !bytes.HasPrefix(out, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("no UTF-8 BOM")
	}
	if n, m := bytes.Count(out, []byte("\r\n")), bytes.Count(out, []byte("\n")); n != m || n != 31 {
		t.Errorf("%d CRLF, %d LF; want 31 CRLF line ends", n, m)
	}
	recs, err := csv.NewReader(bytes.NewReader(out[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+2*5*3 {
		t.Fatalf("%d records, want 31", len(recs))
	}
	if got := strings.Join(recs[0], ","); got != strings.Join(CSVHeader, ",") {
		t.Errorf("header = %s", got)
	}
	row := func(period, unit, ind string) map[string]string {
		for _, r := range recs[1:] {
			if r[0] == period && r[2] == unit && r[8] == ind {
				m := map[string]string{}
				for i, h := range CSVHeader {
					m[h] = r[i]
				}
				return m
			}
		}
		t.Fatalf("no row %s %s %s", period, unit, ind)
		return nil
	}
	// thon-b, tips 1/4 = 0.25, not met; score 0, rank 3 of 3.
	b := row("dot-1", "thon-b", "tin-bao")
	wantB := map[string]string{"unit_name": "Bon B", "kind": "Bon", "level": "2", "parent": "xa", "criterion": "4.1",
		"numerator": "1", "denominator": "4", "value": "0.25", "status": "not-met", "criterion_met": "0",
		"criterion_share": "", "score": "0", "rank_siblings": "3", "rank_level": "3"}
	for k, v := range wantB {
		if b[k] != v {
			t.Errorf("thon-b %s = %q, want %q", k, b[k], v)
		}
	}
	// The label with a comma and quotes survives the round trip.
	if got := row("all", "xa", "tong")["indicator_label"]; got != `Tổng việc tốt, "khen"` {
		t.Errorf("label = %q", got)
	}
	x := row("all", "xa", "viec-tot")
	if x["status"] != "" || x["criterion_share"] != "0.333333" || x["criterion_met"] != "" || x["score"] != "1.5" || x["value"] != "0.444444" {
		t.Errorf("xa viec-tot row = %v", x)
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
