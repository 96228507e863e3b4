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

// TestSameBytesAsLegacy: the streaming writers give byte for byte what the
// references give (legacy_test.go: the first JSON encoder, encoding/json
// and math/big; reference_test.go: the wide CSV through encoding/csv and
// math/big), on tinyResults and on a synthetic province holding every
// kind of value. The synthetic output is also checked to hold each case,
// so the comparison covers them: leaves and aggregates, statuses none and
// no-data, omitted values, a period title, names escaped in JSON
// (\", \u003c, \u0026, \u2028, \ufffd, \u0001) and quoted in CSV, the
// formula guard on names, period names and a criterion id in the header,
// and indicators with and without numerator and denominator columns.
func TestSameBytesAsLegacy(t *testing.T) {
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
			oldJS, err := legacyJSON(tc.res)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(js, oldJS) {
				i := diffAt(js, oldJS)
				t.Errorf("JSON differs from the legacy encoder at byte %d:\n new %q\n old %q", i, around(js, i), around(oldJS, i))
			}
			cs, refCS := CSV(tc.res), referenceCSV(tc.res)
			if !bytes.Equal(cs, refCS) {
				i := diffAt(cs, refCS)
				t.Errorf("CSV differs from the reference writer at byte %d:\n new %q\n ref %q", i, around(cs, i), around(refCS, i))
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

// diffAt returns the index of the first byte where a and b differ.
func diffAt(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// around returns up to 60 bytes of b on either side of i.
func around(b []byte, i int) []byte {
	return b[max(0, i-60):min(len(b), i+60)]
}

// TestAppendStringMatchesEncodingJSON: every single byte, every
// two-byte sequence starting with a byte ≥ 0x80, and runes around the
// escaped ones are written as json.Marshal writes them.
func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	var cases []string
	for c := range 256 {
		cases = append(cases, string([]byte{byte(c)}), "a"+string([]byte{byte(c)})+"z")
		for d := 0x80; d < 256; d++ {
			cases = append(cases, string([]byte{byte(c), byte(d)}))
		}
	}
	cases = append(cases, "", "\u2027\u2028\u2029\u202a", "Đắk Nông <&>", "\U0001F600 emoji", "\xed\xa0\x80 surrogate",
		"\xf4\x90\x80\x80 too big", "\xe2\x80", strings.Repeat(`"\`, 3))
	for _, s := range cases {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("appendString(%q) = %s, json.Marshal = %s", s, got, want)
		}
	}
}

// TestAppendFieldMatchesEncodingCSV: fields are quoted and escaped as
// encoding/csv's Writer with UseCRLF writes them.
func TestAppendFieldMatchesEncodingCSV(t *testing.T) {
	fields := []string{"", "a", "a,b", `a"b`, "a\nb", "a\rb", "a\r\nb", `\.`, `\.x`, " lead", "\tlead", "\u00a0lead", "\u2028lead",
		"trail ", "Đắk Nông", `"`, "\n", "\r", "x\u0085", "\u0085y"}
	for _, f := range fields {
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		w.UseCRLF = true
		w.Write([]string{f, f})
		w.Flush()
		if got := appendRecord(nil, f, f); !bytes.Equal(got, b.Bytes()) {
			t.Errorf("appendRecord(%q) = %q, encoding/csv = %q", f, got, b.Bytes())
		}
	}
}

// TestNumbersMatchBigRat: the integer formatting of decimals and rounded
// fractions gives what decimal.D.String and big.Rat.FloatString gave, on
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
		want := string(legacyFracNumber(decimal.D(p.n), decimal.D(p.d)))
		if got := string(appendFrac(nil, decimal.D(p.n), decimal.D(p.d))); got != want {
			t.Errorf("appendFrac(%d, %d) = %s, want %s", p.n, p.d, got, want)
		}
		r := big.NewRat(p.n, p.d)
		if got, want := string(appendRat(nil, r)), string(legacyRatNumber(r)); got != want {
			t.Errorf("appendRat(%v) = %s, want %s", r, got, want)
		}
		if got, want := string(appendDec(nil, decimal.D(p.n))), decimal.D(p.n).String(); got != want {
			t.Errorf("appendDec(%d) = %s, want %s", p.n, got, want)
		}
	}
	// A fraction too big for int64 takes the big.Rat path: 10^30/3.
	huge, _ := new(big.Rat).SetString("1000000000000000000000000000000/3")
	if got := string(appendRat(nil, huge)); got != "333333333333333333333333333333.333333" {
		t.Errorf("appendRat(10^30/3) = %s", got)
	}
}
