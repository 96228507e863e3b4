package export

import (
	"fmt"
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
)

// trickyNames are unit names and kinds that exercise every escape of the
// JSON and CSV writers: quotes, HTML-sensitive characters, control
// characters, U+2028, invalid UTF-8, formula signs, leading spaces,
// line breaks, commas and Vietnamese letters.
var trickyNames = []string{
	`Thôn "Mới" <b>1</b> & Đắk`, "=SUM(A1)", " Bon đầu cách", "Buôn\nhai dòng", "Tổ\u2028dân\u2029phố",
	"Xóm\x01\x1f\x7f", "Làng\xff\xfe lỗi", "-2", "Tổ, dân phố", `\.`, "Ấp\tTab", "Khối\r\nCRLF", "@me",
	"\u00a0NBSP", "\b\f", `a\b`, "\tTab đầu", "Thôn 1",
}

// synthetic computes a province of districts × communes × teams on
// 2025-03-15 (dot-1 done, dot-2 and all running, so three periods are
// exported) with seven criteria of every indicator kind. It is
// deterministic. Every seventh team has no report at all (ratio no-data,
// latest and total no-data), every fifth report lacks the latest field,
// fire counts are mostly 0 (ratio none), figures carry decimals, and unit
// names, kinds and labels cycle through trickyNames.
func synthetic(tb testing.TB, districts, communes, teams int) *results.Results {
	tb.Helper()
	seed := uint64(7)
	rnd := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	units, link := unitTree()
	add := func(id, parent string) *data.Unit {
		i := len(units.All)
		return link(id, trickyNames[i%len(trickyNames)], trickyNames[(i/3)%len(trickyNames)], parent)
	}
	add("tinh", "")
	for d := range districts {
		did := fmt.Sprintf("h%d", d)
		add(did, "tinh")
		for c := range communes {
			cid := fmt.Sprintf("%s-x%d", did, c)
			add(cid, did)
			for k := range teams {
				add(fmt.Sprintf("%s-t%d", cid, k), cid)
			}
		}
	}
	set := &data.Set{Units: units, Criteria: syntheticCriteria()}
	start := calendar.Month{Year: 2024, Month: 8}
	n := 0
	for _, u := range units.All {
		if !u.IsLeaf() {
			continue
		}
		n++
		if n%7 == 0 {
			continue // no report: no-data
		}
		for m := range 8 {
			tips := rnd(6)
			v := map[string]decimal.D{
				"tips_total": decimal.FromInt(int64(tips)), "tips_via_force": decimal.FromInt(int64(rnd(tips + 1))),
				"fires_total": decimal.FromInt(int64(rnd(20) / 18)), "fires_attended": decimal.FromInt(int64(rnd(2))),
				"hours": decimal.D(rnd(50_000_000)), "members_total": decimal.FromInt(7), "members_patrolling": decimal.FromInt(int64(3 + rnd(5))),
			}
			if (n+m)%5 != 0 {
				v["household_info_pct"] = decimal.D(80_000_000 + rnd(20_000_000))
			}
			set.Reports = append(set.Reports, data.ReportOf(u.ID, calendar.FromIndex(start.Index()+m), v))
		}
		for range rnd(9) {
			d := calendar.Date{Year: 2024, Month: 8, Day: 19}.AddDays(rnd(200))
			set.Deeds = append(set.Deeds, data.Deed{Unit: u.ID, Date: d, Kind: data.DeedKinds[rnd(len(data.DeedKinds))], Title: "Việc tốt"})
		}
	}
	day := func(s string) calendar.Date {
		d, err := calendar.ParseDate(s)
		if err != nil {
			tb.Fatal(err)
		}
		return d
	}
	site := &config.Site{Campaign: config.Campaign{
		Name: "Phong trào <toàn dân> & \"an ninh\"", Start: day("2024-08-19"), End: day("2025-08-19"),
		Phases: []config.Phase{
			{ID: "dot-1", Name: "=Đợt 1", Title: "Đợt <một>", Start: day("2024-08-19"), End: day("2025-02-03")},
			{ID: "dot-2", Name: "Đợt 2, \"cuối\"", Start: day("2025-02-04"), End: day("2025-08-19")},
		},
	}}
	return results.Compute(site, set, day("2025-03-15"))
}

// syntheticCriteria has every indicator kind: ratio (with none and
// no-data), latest, total from reports and from deeds, monthly; targets
// with decimals; labels needing CSV quoting and JSON escaping; a
// criterion id (4.6's) that the CSV header must quote and guard.
func syntheticCriteria() []*data.Criterion {
	ind := func(id, label string, kind, src string, op, target string) *data.Indicator {
		return &data.Indicator{ID: id, Label: label, Kind: kind, Source: src, Op: op, Target: dec(target)}
	}
	ratio := func(id, num, den, op, target string) *data.Indicator {
		in := ind(id, "Tỉ lệ "+id+", \"đạt\" <"+target+">", data.KindRatio, data.SourceReports, op, target)
		in.Numerator, in.Denominator = num, den
		return in
	}
	field := func(id, f, kind, op, target string) *data.Indicator {
		in := ind(id, "+"+f, kind, data.SourceReports, op, target)
		in.Field = f
		return in
	}
	deeds := func(id, kind, op, target string, kinds ...string) *data.Indicator {
		in := ind(id, "Việc tốt & khen", kind, data.SourceDeeds, op, target)
		in.Kinds = kinds
		return in
	}
	return []*data.Criterion{
		{ID: "4.1", Title: "Nắm tình hình", Points: dec("2"), Indicators: []*data.Indicator{ratio("tin-bao", "tips_via_force", "tips_total", ">=", "0.8")}},
		{ID: "4.2", Title: "Mô hình", Points: dec("1.25"), Indicators: []*data.Indicator{deeds("mo-hinh", data.KindTotal, ">=", "1", "mo-hinh")}},
		{ID: "4.3", Title: "PCCC", Points: dec("1"), Indicators: []*data.Indicator{ratio("pccc", "fires_attended", "fires_total", "==", "1")}},
		{ID: "4.4", Title: "Nhân khẩu", Points: dec("0.333333"), Indicators: []*data.Indicator{
			field("nhan-khau", "household_info_pct", data.KindLatest, ">", "90.5"), field("gio", "hours", data.KindTotal, ">=", "150.25")}},
		{ID: "=4.6, \"tuần\"", Title: "Tuần tra", Points: dec("1"), Indicators: []*data.Indicator{ratio("tuan-tra", "members_patrolling", "members_total", ">=", "0.857143")}},
		{ID: "4.7", Title: "Hình ảnh đẹp", Points: dec("0.5"), Indicators: []*data.Indicator{
			deeds("viec-tot", data.KindMonthly, ">=", "1", "viec-tot", "khen-thuong", "bieu-duong")}},
	}
}
