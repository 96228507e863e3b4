package data

import (
	"strings"
	"testing"

	"phongtrao/generator/decimal"
)

// TestSensitiveKey reads `sensitive = true` on one indicator and leaves
// the others as they were.
func TestSensitiveKey(t *testing.T) {
	crit := strings.Replace(baseFiles[CriteriaFile], `field = "household_pct"`, "field = \"household_pct\"\n  sensitive = true", 1)
	set, errs := Load(fsWith(map[string]string{CriteriaFile: crit}), testSite)
	if errs.Len() != 0 {
		t.Fatalf("unexpected errors:\n%v", errs.Err())
	}
	var got []string
	for _, c := range set.Criteria {
		for _, in := range c.Indicators {
			if in.Sensitive {
				got = append(got, in.Key(c))
			}
		}
	}
	if strings.Join(got, ",") != "4.4/nhan-khau" {
		t.Errorf("sensitive indicators = %v, want [4.4/nhan-khau]", got)
	}
}

// TestSensitiveKeyErrors: the key takes a TOML boolean only, reported at
// its line (line 22 of the base criteria, where the inserted key sits),
// and a misspelt key is still an unknown key.
func TestSensitiveKeyErrors(t *testing.T) {
	crit := baseFiles[CriteriaFile]
	cases := []struct{ name, key, want string }{
		{"string", `sensitive = "true"`, `data/criteria.toml:22: sensitive = "true": cần true hoặc false`},
		{"number", `sensitive = 1`, `data/criteria.toml:22: sensitive = 1: cần true hoặc false`},
		{"misspelt", `sensitve = true`, `data/criteria.toml:22: khóa không được hỗ trợ "criterion.indicator.sensitve"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := strings.Replace(crit, `field = "household_pct"`, "field = \"household_pct\"\n  "+c.key, 1)
			_, errs := Load(fsWith(map[string]string{CriteriaFile: src}), testSite)
			// Each diagnostic starts a line of the report: "\n" + want
			// finds one that starts with want.
			if err := errs.Err(); err == nil || !strings.Contains("\n"+err.Error(), "\n"+c.want) {
				t.Errorf("no error starting with\n  %s\ngot:\n  %v", c.want, err)
			}
		})
	}
}

// TestWithholds: only a sensitive indicator's figures above 0 and below 3
// are withheld; 0 and 3 are published.
func TestWithholds(t *testing.T) {
	in := &Indicator{Sensitive: true}
	plain := &Indicator{}
	for _, c := range []struct {
		d    decimal.D
		want bool
	}{
		{0, false},
		{decimal.D(1), true}, // 0.000001: a fraction of a count is still below 3
		{decimal.FromInt(1), true},
		{decimal.FromInt(2), true},
		{decimal.FromInt(3) - 1, true},
		{decimal.FromInt(3), false},
		{decimal.FromInt(100), false},
	} {
		if got := in.Withholds(c.d); got != c.want {
			t.Errorf("sensitive Withholds(%v) = %v, want %v", c.d, got, c.want)
		}
		if plain.Withholds(c.d) {
			t.Errorf("an indicator not marked sensitive withholds %v", c.d)
		}
	}
}
