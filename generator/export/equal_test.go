package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"

	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

// TestEscapingAndCells: on tinyResults and on a synthetic province
// holding every kind of value, the JSON is valid and the CSV reads back
// with as many cells in every row as in the header, and both hold each
// case: leaves and aggregates, statuses none and no-data, omitted values,
// a period title, names escaped in JSON as encoding/json escapes them
// (\", \u003c, \u0026, \u2028, \ufffd, \u0001) and quoted in CSV as
// encoding/csv quotes them, the formula guard on names, period names and
// a criterion id in the header, and indicators with and without numerator
// and denominator columns.
func TestEscapingAndCells(t *testing.T) {
	for _, tc := range []struct {
		name string
		res  *results.Results
		// want are fragments the new JSON and CSV must contain.
		wantJSON, wantCSV []string
	}{
		{name: "tiny", res: tinyResults(t)},
		{name: "synthetic", res: synthetic(t, 2, 3, 8),
			wantJSON: []string{`"status":"no-data"`, `"status":"none"`, `"status":"met"`, `"status":"not-met"`,
				`{"metLeaves":`, `"leaf":false`, `"allMetShare":0`, `"share":0.`, `"value":0.`, `"title":"Đợt \u003cmột\u003e"`,
				`\"Mới\" \u003cb\u003e1\u003c/b\u003e \u0026 Đắk`, `Tổ\u2028dân\u2029phố`, `Làng\ufffd\ufffd lỗi`,
				`Xóm\u0001\u001f` + "\x7f", `"\b\f"`, `"a\\b"`, `Khối\r\nCRLF`},
			wantCSV: []string{`"Thôn ""Mới"" <b>1</b> & Đắk"`, "'=SUM(A1)", `" Bon đầu cách"`, "\"Buôn\r\nhai dòng\"",
				`"\."`, "'\tTab đầu", "Ấp\tTab", "\"Khối\r\nCRLF\"", `"Tổ, dân phố"`, "'-2", "\"\u00a0NBSP\"", "'=Đợt 1", "\"Đợt 2, \"\"cuối\"\"\"",
				// Statuses of a leaf are followed by its empty met_leaves cell.
				",no-data,,", ",none,,", ",met,,", ",not-met,,",
				// The criterion "=4.6, \"tuần\"" is guarded and quoted in the header.
				`"'=4.6, ""tuần"":met"`, `"'=4.6, ""tuần""/tuan-tra:numerator"`,
				// A total (4.2/mo-hinh) has no numerator column, a ratio has.
				",4.2:met_leaves,4.2/mo-hinh:value,", ",4.3:met_leaves,4.3/pccc:numerator,4.3/pccc:denominator,4.3/pccc:value,"}},
		{name: "tiny CSV rows", res: tinyResults(t),
			// thon-c's tips ratio 0/0: no value, none (counts, empty
			// met_leaves); xa's total has no value: empty, then met_leaves 2.
			wantCSV: []string{",1,,,0,0,,none,,", ",,2\r\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			js, err := JSON(tc.res)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(js) {
				t.Fatalf("invalid JSON:\n%s", js)
			}
			cs := CSV(tc.res)
			rd := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(cs, []byte(bom))))
			if _, err := rd.ReadAll(); err != nil { // every row as wide as the header
				t.Fatalf("CSV: %v", err)
			}
			for _, w := range tc.wantJSON {
				if !bytes.Contains(js, []byte(w)) {
					t.Errorf("the fixture's JSON lacks %s", w)
				}
			}
			for _, w := range tc.wantCSV {
				if !bytes.Contains(cs, []byte(w)) {
					t.Errorf("the fixture's CSV lacks %q", w)
				}
			}
		})
	}
}

// TestNumbersMatchBigRat: the integer formatting of rounded fractions
// gives what big.Rat.FloatString gives, trailing zeros trimmed, on
// hand-picked edges (halves, carries into the integer part, negatives,
// the int64 extremes) and on pseudo-random pairs.
func TestNumbersMatchBigRat(t *testing.T) {
	type pair struct{ n, d int64 }
	pairs := []pair{{1, 2}, {1, 3}, {2, 3}, {11, 3}, {1, 2_000_000}, {1, 2_000_001}, {-1, 2_000_000}, {-1, 3},
		{999_999_5, 10_000_000}, {19_999_995, 10_000_000}, {-19_999_995, 10_000_000}, {1, -3}, {-4, -2}, {0, 5},
		{math.MaxInt64, 3}, {math.MinInt64, 7}, {math.MaxInt64, math.MaxInt64 - 1}, {math.MinInt64, math.MaxInt64}, {1, math.MaxInt64}}
	seed := uint64(1)
	for range 20000 {
		seed = seed*6364136223846793005 + 1442695040888963407
		n := int64(seed>>20) >> uint(seed%40)
		seed = seed*6364136223846793005 + 1442695040888963407
		d := int64(seed>>20)>>uint(seed%40) | 1
		if seed&1 == 1 {
			n = -n
		}
		pairs = append(pairs, pair{n, d})
	}
	for _, p := range pairs {
		want := ratString(big.NewRat(p.n, p.d))
		if got := string(appendFrac(nil, decimal.D(p.n), decimal.D(p.d))); got != want {
			t.Errorf("appendFrac(%d, %d) = %s, want %s", p.n, p.d, got, want)
		}
		r := big.NewRat(p.n, p.d)
		if got, want := string(appendRat(nil, r)), ratString(r); got != want {
			t.Errorf("appendRat(%v) = %s, want %s", r, got, want)
		}
	}
	// A fraction too big for int64 takes the big.Rat path: 10^30/3.
	huge, _ := new(big.Rat).SetString("1000000000000000000000000000000/3")
	if got := string(appendRat(nil, huge)); got != "333333333333333333333333333333.333333" {
		t.Errorf("appendRat(10^30/3) = %s", got)
	}
}

// ratString writes r with Places decimals, then trims trailing zeros and
// turns "-0" into "0".
func ratString(r *big.Rat) string {
	s := strings.TrimRight(strings.TrimRight(r.FloatString(Places), "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}
