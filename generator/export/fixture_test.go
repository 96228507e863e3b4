package export

import (
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

func day(t *testing.T, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func month(t *testing.T, s string) calendar.Month {
	t.Helper()
	m, err := calendar.ParseMonth(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func dec(s string) decimal.D {
	d, err := decimal.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// unitTree returns an empty tree of units and a function that adds one,
// linked under its parent (the root when parent is "").
func unitTree() (*data.Units, func(id, name, kind, parent string) *data.Unit) {
	units := &data.Units{ByID: map[string]*data.Unit{}}
	return units, func(id, name, kind, parent string) *data.Unit {
		u := &data.Unit{ID: id, Name: name, Kind: kind}
		if parent == "" {
			units.Root = u
		} else {
			u.Parent = units.ByID[parent]
			u.Parent.Children = append(u.Parent.Children, u)
			u.Depth = u.Parent.Depth + 1
		}
		units.ByID[id] = u
		units.All = append(units.All, u)
		return u
	}
}

// tinyResults is a province with one commune of three villages, two
// criteria (4.1 ratio worth 2 points, 4.7 monthly deeds worth 0.5 and a
// total of deeds), computed on 2024-10-31:
//
//   - dot-1 (19/8/2024–03/02/2025) is running; dot-2 is upcoming; all runs.
//   - thon-a: tips 8/10 in 2024-09 (0.8 ≥ 0.8 met); deeds 20/8, 5/9, 3/10
//     → counted months Aug, Sep, Oct (asOf is Oct's last day) all reached
//     → 3/3 met; total deeds 3 ≥ 1 met; score 2 + 0.5 = 2.5.
//   - thon-b: tips 1/4 (0.25 not met); deed 5/9 only → 1/3 not met,
//     total 1 met; score 0.
//   - thon-c: report with tips_total 0 → ratio none (met); no deed →
//     0/3 not met, total 0 not met; score 2.
//   - xa: mean (2.5 + 0 + 2) / 3 = 4.5/3 = 1.5; 4.1 share 2/3; 4.7 share
//     1/3; tips pooled 9/14 = 0.642857142… → 0.642857; monthly pooled 4/9
//     → 0.444444.
func tinyResults(t *testing.T) *results.Results {
	t.Helper()
	units, add := unitTree()
	add("tinh", "Tỉnh Đắk Nông", "Tỉnh", "")
	add("xa", "Xã Đắk Wil", "Xã", "tinh")
	add("thon-a", "Thôn A", "Thôn", "xa")
	add("thon-b", "Bon B", "Bon", "xa")
	add("thon-c", "Buôn C", "Buôn", "xa")
	set := &data.Set{
		Units: units,
		Criteria: []*data.Criterion{
			{ID: "4.1", Title: "Nắm tình hình", Points: dec("2"), Indicators: []*data.Indicator{
				{ID: "tin-bao", Label: "Tin báo qua lực lượng", Kind: data.KindRatio, Source: data.SourceReports,
					Numerator: "tips_via_force", Denominator: "tips_total", Op: ">=", Target: dec("0.8")},
			}},
			{ID: "4.7", Title: "Hình ảnh đẹp", Points: dec("0.5"), Indicators: []*data.Indicator{
				{ID: "viec-tot", Label: "Mỗi tháng ≥ 1 việc tốt", Kind: data.KindMonthly, Source: data.SourceDeeds, Op: ">=", Target: dec("1")},
				{ID: "tong", Label: "Tổng việc tốt, \"khen\"", Kind: data.KindTotal, Source: data.SourceDeeds, Op: ">=", Target: dec("1")},
			}},
		},
		Reports: []data.Report{
			data.ReportOf("thon-a", month(t, "2024-09"), map[string]decimal.D{"tips_via_force": dec("8"), "tips_total": dec("10")}),
			data.ReportOf("thon-b", month(t, "2024-09"), map[string]decimal.D{"tips_via_force": dec("1"), "tips_total": dec("4")}),
			data.ReportOf("thon-c", month(t, "2024-09"), map[string]decimal.D{"tips_via_force": dec("0"), "tips_total": dec("0")}),
		},
		Deeds: []data.Deed{
			{Unit: "thon-a", Date: day(t, "2024-08-20"), Kind: "viec-tot"},
			{Unit: "thon-a", Date: day(t, "2024-09-05"), Kind: "viec-tot"},
			{Unit: "thon-a", Date: day(t, "2024-10-03"), Kind: "khen-thuong"},
			{Unit: "thon-b", Date: day(t, "2024-09-05"), Kind: "viec-tot"},
		},
	}
	site := &config.Site{Campaign: config.Campaign{
		Name: "Phong trào", Start: day(t, "2024-08-19"), End: day(t, "2025-08-19"),
		Phases: []config.Phase{
			{ID: "dot-1", Name: "Đợt 1", Start: day(t, "2024-08-19"), End: day(t, "2025-02-03")},
			{ID: "dot-2", Name: "Đợt 2", Start: day(t, "2025-02-04"), End: day(t, "2025-08-19")},
		},
	}}
	return results.Compute(site, set, day(t, "2024-10-31"))
}
