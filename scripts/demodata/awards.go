package main

import (
	"cmp"
	"fmt"
	"slices"
	"time"
)

// award is one batch of commendations the province gives at a review of
// the campaign (sơ kết, tổng kết): one decision, one form of award, for
// the strongest teams (a collective) or their leaders (individuals).
type award struct {
	date     time.Time
	form     string // Cờ thi đua, Bằng khen, Giấy khen
	by       string // who signs it
	decision string // "Quyết định số 312/QĐ-UBND"
	phase    string // what it is for, in the title
	teams    int    // how many
	skip     int    // strongest teams passed over (given a higher form)
	people   bool   // individuals (each team's leader) rather than teams
	perUnit  bool   // the strongest team of each district (or new commune) rather than overall
}

// reviewAwards are the demo's commendations at the sơ kết of Đợt 1 (in
// Đắk Nông, by district) and at the tổng kết (in Lâm Đồng, which Đắk
// Nông joined on 1/7/2025, by new commune). Teams are ranked by their
// invented strength, not by results: illustrative data.
var reviewAwards = []award{
	{date: day(2025, 2, 25), form: "Bằng khen", by: "Chủ tịch UBND tỉnh Đắk Nông", decision: "Quyết định số 312/QĐ-UBND",
		phase: "Đợt 1", teams: 1, perUnit: true},
	{date: day(2025, 8, 19), form: "Cờ thi đua", by: "UBND tỉnh Lâm Đồng", decision: "Quyết định số 1580/QĐ-UBND",
		phase: "phong trào", teams: 2},
	{date: day(2025, 8, 19), form: "Bằng khen", by: "Chủ tịch UBND tỉnh Lâm Đồng", decision: "Quyết định số 1581/QĐ-UBND",
		phase: "phong trào", teams: 10, skip: 2},
	{date: day(2025, 8, 19), form: "Bằng khen", by: "Chủ tịch UBND tỉnh Lâm Đồng", decision: "Quyết định số 1581/QĐ-UBND",
		phase: "phong trào", teams: 10, skip: 12, people: true},
	{date: day(2025, 8, 19), form: "Giấy khen", by: "Giám đốc Công an tỉnh Lâm Đồng", decision: "Quyết định số 2207/QĐ-CAT",
		phase: "phong trào", teams: 1, perUnit: true},
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// reviewDeeds turns reviewAwards into deeds, numbered kt-001…, each with
// its award, decision and recipient (see commendation). Nothing is drawn
// at random: every other figure of the demo stays as it was.
func (g *gen) reviewDeeds() []deed {
	ranked := slices.Clone(g.teams)
	slices.SortStableFunc(ranked, func(a, b *team) int { return cmp.Compare(b.strength, a.strength) })
	var out []deed
	for _, a := range reviewAwards {
		var picked []*team
		if a.perUnit {
			seen := map[*unit]bool{}
			for _, t := range ranked {
				group := t.commune.district
				if !a.date.Before(reformDay) {
					group = t.commune.successor
				}
				if !seen[group] {
					seen[group] = true
					picked = append(picked, t)
				}
			}
		} else {
			picked = ranked[a.skip : a.skip+a.teams]
		}
		for _, t := range picked {
			d := deed{Team: t, Date: a.date, Kind: "khen-thuong", RecognizedBy: a.by,
				award: []string{a.form, fmt.Sprintf("%s ngày %d/%d/%d", a.decision, a.date.Day(), int(a.date.Month()), a.date.Year()), "tap-the"}}
			d.Title = fmt.Sprintf("%s: tập thể Tổ bảo vệ an ninh, trật tự %s có thành tích xuất sắc trong %s", a.form, t.Name, a.phase)
			if a.people {
				d.award[2], d.People = "ca-nhan", []string{t.members[0]}
				d.Title = fmt.Sprintf("%s: Tổ trưởng có thành tích xuất sắc trong %s", a.form, a.phase)
			}
			out = append(out, d)
		}
	}
	for i := range out {
		out[i].ID = fmt.Sprintf("kt-%03d", i+1)
	}
	return out
}
