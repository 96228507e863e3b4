package data

import (
	"strings"
	"testing"

	"phongtrao/generator/decimal"
)

// withFields is the base criteria with two [[field]] tables, lines 33–39.
var withFields = baseFiles[CriteriaFile] + `
[[field]]
id = "tips_total"
label = "Tổng số tin báo"

[[field]]
id = "tips_via_force"
label = "Số tin qua lực lượng"
`

func messages(t *testing.T, files map[string]string) []string {
	t.Helper()
	_, errs := Load(fsWith(files), testSite)
	var got []string
	for _, d := range errs.Items() {
		got = append(got, d.Pos.String()+": "+d.Msg)
	}
	return got
}

// TestFieldLabels: a label is accepted as its field's header, in any case
// and without diacritics, beside headers that are field names; the
// indicators naming a field carry its label.
func TestFieldLabels(t *testing.T) {
	files := map[string]string{
		CriteriaFile: withFields,
		ReportsDir + "/2024-09.csv": "unit,month,Tổng số tin báo,SO TIN QUA LUC LUONG,household_pct\n" +
			"t1,2024-09,10,8,95\n" +
			"t2,2024-09,4,3,91.5\n",
	}
	set, errs := Load(fsWith(files), testSite)
	if errs.Len() > 0 {
		t.Fatal(errs.Err())
	}
	if strings.Join(set.Fields, ",") != "household_pct,tips_total,tips_via_force" {
		t.Errorf("fields %v, want the field names, not the headers", set.Fields)
	}
	r := set.Reports[1]
	total, _ := r.Value("tips_total")
	via, _ := r.Value("tips_via_force")
	if total != decimal.FromInt(4) || via != decimal.FromInt(3) {
		t.Errorf("t2: tips_total %s, tips_via_force %s, want 4 and 3", total, via)
	}
	in := set.Criteria[0].Indicators[0]
	if in.Labels["tips_total"] != "Tổng số tin báo" || in.Labels["tips_via_force"] != "Số tin qua lực lượng" || len(in.Labels) != 2 {
		t.Errorf("4.1/tin-bao labels %v", in.Labels)
	}
	if set.Criteria[1].Indicators[0].Labels != nil {
		t.Errorf("household_pct has no label: %v", set.Criteria[1].Indicators[0].Labels)
	}
	if set.FieldLabel("tips_total") != "Tổng số tin báo" || set.FieldLabel("household_pct") != "household_pct" {
		t.Errorf("FieldLabel: %q, %q", set.FieldLabel("tips_total"), set.FieldLabel("household_pct"))
	}
}

// TestPlanText: plan_text is kept, spaces at its ends trimmed; absent, empty.
func TestPlanText(t *testing.T) {
	crit := strings.Replace(baseFiles[CriteriaFile], `title = "Nắm tình hình"`,
		`title = "Nắm tình hình"`+"\nplan_text = \"\"\"\n80% nguồn tin do Nhân dân cung cấp…\n\"\"\"", 1)
	set, errs := Load(fsWith(map[string]string{CriteriaFile: crit}), testSite)
	if errs.Len() > 0 {
		t.Fatal(errs.Err())
	}
	if got := set.Criteria[0].PlanText; got != "80% nguồn tin do Nhân dân cung cấp…" {
		t.Errorf("plan_text %q", got)
	}
	if set.Criteria[1].PlanText != "" {
		t.Errorf("4.4 has no plan_text: %q", set.Criteria[1].PlanText)
	}
}

func TestFieldErrors(t *testing.T) {
	for _, tc := range []struct {
		name, from, to string
		report         string // the report file's header, when changed
		want           string
	}{
		{"unknown key", `label = "Tổng số tin báo"`, `label = "Tổng số tin báo"` + "\nnote = \"x\"", "",
			`data/criteria.toml:36: khóa không được hỗ trợ "field.note"`},
		{"unknown criterion key", `title = "Nắm tình hình"`, `title = "Nắm tình hình"` + "\nplan = \"x\"", "",
			`data/criteria.toml:4: khóa không được hỗ trợ "criterion.plan"`},
		{"no such field", `id = "tips_total"` + "\nlabel", `id = "tips"` + "\nlabel", "",
			`data/criteria.toml:34: trường "tips" không được chỉ tiêu nào dùng`},
		{"twice", `id = "tips_via_force"`, `id = "tips_total"`, "",
			`data/criteria.toml:38: trường "tips_total" đã có nhãn ở dòng 34`},
		{"no label", `label = "Tổng số tin báo"`, ``, "",
			`data/criteria.toml:33: trường "tips_total" thiếu nhãn (label)`},
		{"same label", `label = "Số tin qua lực lượng"`, `label = "tong so tin bao"`, "",
			`data/criteria.toml:39: nhãn "tong so tin bao" trùng với nhãn ở dòng 35 (không kể hoa thường, dấu)`},
		{"another field's name", `label = "Tổng số tin báo"`, `label = "Household PCT"`, "",
			`data/criteria.toml:35: nhãn "Household PCT" trùng với tên một trường khác (không kể hoa thường, dấu)`},
		// "unit,month,tips_total," is 22 characters: the label starts at column 23.
		{"a column twice", "", "", "unit,month,tips_total,Tổng số tin báo,tips_via_force,household_pct",
			`data/reports/2024-09.csv:1:23: cột "tổng số tin báo" và cột 3 cùng là trường "tips_total"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{CriteriaFile: strings.Replace(withFields, tc.from, tc.to, 1)}
			if tc.report != "" {
				files[ReportsDir+"/2024-09.csv"] = tc.report + "\nt1,2024-09,10,10,8,95\n"
			}
			if got := messages(t, files); len(got) != 1 || got[0] != tc.want {
				t.Errorf("errors %q, want only %q", got, tc.want)
			}
		})
	}
}
