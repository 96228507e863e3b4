package results

import (
	"math/big"
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
)

// day parses a date or fails the test.
func day(t testing.TB, s string) calendar.Date {
	t.Helper()
	d, err := calendar.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// month parses a month or fails the test.
func month(t testing.TB, s string) calendar.Month {
	t.Helper()
	m, err := calendar.ParseMonth(s)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// dec parses a decimal or fails the test.
func dec(t testing.TB, s string) decimal.D {
	t.Helper()
	d, err := decimal.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// testSite is the Đắk Nông campaign: dot-1 19/8/2024–03/02/2025, dot-2
// 04/02/2025–19/8/2025.
func testSite(t testing.TB) *config.Site {
	return &config.Site{
		Title: "Thử",
		Campaign: config.Campaign{
			Name:  "Phong trào thi đua",
			Start: day(t, "2024-08-19"),
			End:   day(t, "2025-08-19"),
			Phases: []config.Phase{
				{ID: "dot-1", Name: "Đợt 1", Start: day(t, "2024-08-19"), End: day(t, "2025-02-03")},
				{ID: "dot-2", Name: "Đợt 2", Start: day(t, "2025-02-04"), End: day(t, "2025-08-19")},
			},
		},
	}
}

// tree links units given as {id, name, parent} rows (parents first).
func tree(rows ...[3]string) *data.Units {
	us := &data.Units{ByID: map[string]*data.Unit{}}
	for _, r := range rows {
		u := &data.Unit{ID: r[0], Name: r[1], Kind: "Thôn"}
		if r[2] == "" {
			us.Root = u
		} else {
			u.Parent = us.ByID[r[2]]
			u.Parent.Children = append(u.Parent.Children, u)
			u.Depth = u.Parent.Depth + 1
		}
		us.ByID[u.ID] = u
		us.All = append(us.All, u)
	}
	return us
}

// report builds a report row from field/value pairs.
func report(t testing.TB, unit, m string, kv ...string) data.Report {
	vals := map[string]decimal.D{}
	for i := 0; i+1 < len(kv); i += 2 {
		vals[kv[i]] = dec(t, kv[i+1])
	}
	return data.ReportOf(unit, month(t, m), vals)
}

// deed builds a deed.
func deed(t testing.TB, unit, date, kind string) data.Deed {
	return data.Deed{Unit: unit, Date: day(t, date), Kind: kind, Title: "Việc tốt"}
}

// ratioInd, totalInd, latestInd, monthlyInd build indicators.
func ratioInd(id, num, den, op, target string) *data.Indicator {
	return &data.Indicator{ID: id, Kind: data.KindRatio, Source: data.SourceReports, Numerator: num, Denominator: den, Op: op, Target: mustDec(target)}
}

func totalInd(id, field, op, target string) *data.Indicator {
	return &data.Indicator{ID: id, Kind: data.KindTotal, Source: data.SourceReports, Field: field, Op: op, Target: mustDec(target)}
}

func deedsInd(id, op, target string, kinds ...string) *data.Indicator {
	return &data.Indicator{ID: id, Kind: data.KindTotal, Source: data.SourceDeeds, Kinds: kinds, Op: op, Target: mustDec(target)}
}

func latestInd(id, field, op, target string) *data.Indicator {
	return &data.Indicator{ID: id, Kind: data.KindLatest, Source: data.SourceReports, Field: field, Op: op, Target: mustDec(target)}
}

func monthlyInd(id, op, target string, kinds ...string) *data.Indicator {
	return &data.Indicator{ID: id, Kind: data.KindMonthly, Source: data.SourceDeeds, Kinds: kinds, Op: op, Target: mustDec(target)}
}

func mustDec(s string) decimal.D {
	d, err := decimal.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// crit builds a criterion.
func crit(id, points string, inds ...*data.Indicator) *data.Criterion {
	return &data.Criterion{ID: id, Title: "Tiêu chí " + id, Short: id, Points: mustDec(points), Indicators: inds}
}

// rat parses "a/b" as an exact fraction.
func rat(s string) *big.Rat {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic(s)
	}
	return r
}

// oneCommune is a province → commune → teams tree with the given team ids
// (named "Thôn <id>").
func oneCommune(teams ...string) *data.Units {
	rows := [][3]string{{"tinh", "Tỉnh", ""}, {"xa", "Xã", "tinh"}}
	for _, id := range teams {
		rows = append(rows, [3]string{id, "Thôn " + id, "xa"})
	}
	return tree(rows...)
}

// run computes results on asOf for the test site.
func run(t testing.TB, set *data.Set, asOf string, opts ...Option) *Results {
	t.Helper()
	return Compute(testSite(t), set, day(t, asOf), opts...)
}

// ind returns the result of indicator key for unit in period, failing the
// test when the period has no results.
func ind(t testing.TB, r *Results, period, unit, key string) *IndicatorResult {
	t.Helper()
	p := r.Period(period)
	if p == nil || p.Unit(unit) == nil {
		t.Fatalf("no result for %s in %s", unit, period)
	}
	return p.Unit(unit).Indicator(key)
}

// val formats an indicator's value for comparison: "-" when it has none.
func val(r *IndicatorResult) string {
	v, ok := r.Value()
	if !ok {
		return "-"
	}
	return v.RatString()
}
