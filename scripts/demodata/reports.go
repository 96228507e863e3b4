package main

import (
	"fmt"
	"math"
	"time"
)

// month is a calendar month of the campaign.
type month struct {
	Year  int
	Month time.Month
}

// campaignMonths are the 13 months from August 2024 to August 2025.
var campaignMonths = func() []month {
	var out []month
	for i := range 13 {
		t := time.Date(2024, time.August+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		out = append(out, month{t.Year(), t.Month()})
	}
	return out
}()

// String formats m as YYYY-MM.
func (m month) String() string { return fmt.Sprintf("%04d-%02d", m.Year, int(m.Month)) }

// days returns the campaign days of m: the first month starts on the 19th,
// the last ends on the 19th.
func (m month) days() (first, last int) {
	first, last = 1, time.Date(m.Year, m.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if m.Year == 2024 && m.Month == time.August {
		first = 19
	}
	if m.Year == 2025 && m.Month == time.August {
		last = 19
	}
	return first, last
}

// share is the fraction of the month inside the campaign.
func (m month) share() float64 {
	first, last := m.days()
	full := time.Date(m.Year, m.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return float64(last-first+1) / float64(full)
}

// fields are the report columns after unit and month, in file order.
var fields = []string{"tips_total", "tips_via_force", "incidents_total", "incidents_attended",
	"rescues_total", "rescues_attended", "violating_businesses", "household_info_pct",
	"weapons_cases", "reoffenders", "members_total", "members_patrolling", "serious_accidents"}

// ratioPairs are the numerator/denominator field pairs of the criteria.
var ratioPairs = [][2]string{{"tips_via_force", "tips_total"}, {"incidents_attended", "incidents_total"},
	{"rescues_attended", "rescues_total"}, {"members_patrolling", "members_total"}}

// report is one team's figures for one month. HouseholdTenths is
// household_info_pct in tenths of a percent; Decimal says whether the row
// shows it with one decimal.
type report struct {
	Team            *team
	Month           month
	Counts          map[string]int
	HouseholdTenths int
	Decimal         bool
}

// makeReports writes every team's monthly figures, leaving ~2–3 % of
// team-months unreported (weak teams more often).
func (g *gen) makeReports() {
	for ti, t := range g.teams {
		tipsRate := g.between(0.8, 2.6)
		if t.urban {
			tipsRate *= 1.3
		}
		hhBase := 820 + 140*t.strength + g.normal(25)
		gapStart := -1
		if ti%97 == 41 { // a few teams stop reporting for a while
			gapStart = 3 + g.r.IntN(7)
		}
		for mi, m := range campaignMonths {
			if mi >= gapStart && mi < gapStart+3 && gapStart >= 0 {
				continue
			}
			if g.chance(0.01 + 0.07*math.Pow(1-t.strength, 2)) {
				continue
			}
			r := g.reportFor(t, m, tipsRate)
			r.HouseholdTenths = int(clamp(math.Round(hhBase+4*float64(mi)+g.normal(10)), 700, 1000))
			r.Decimal = g.chance(0.35)
			if !r.Decimal {
				r.HouseholdTenths = int(math.Round(float64(r.HouseholdTenths)/10)) * 10
			}
			g.reports = append(g.reports, r)
		}
	}
}

// reportFor draws one month's counts for team t.
func (g *gen) reportFor(t *team, m month, tipsRate float64) report {
	s, f := t.strength, m.share()
	c := map[string]int{}
	c["tips_total"] = g.poisson(tipsRate * f)
	c["tips_via_force"] = g.binomial(c["tips_total"], clamp(0.6+0.36*s+g.normal(0.05), 0, 1))
	incRate := 0.35
	if t.urban {
		incRate = 0.5
	}
	c["incidents_total"] = g.poisson(incRate * f)
	c["incidents_attended"] = g.binomial(c["incidents_total"], 1-0.2*math.Pow(1-s, 1.5))
	rescueRate := 0.06
	switch m.Month {
	case time.January, time.February, time.March, time.April: // dry season fires
		rescueRate = 0.14
	case time.July, time.August, time.September, time.October: // floods, landslides
		rescueRate = 0.09
	}
	c["rescues_total"] = g.poisson(rescueRate * f)
	c["rescues_attended"] = g.binomial(c["rescues_total"], 1-0.3*math.Pow(1-s, 2))
	bizRate, armsRate := 0.0015, 0.003
	if t.urban {
		bizRate, armsRate = 0.005, 0.0012
	}
	c["violating_businesses"] = g.rare(bizRate * (1.5 - s))
	c["weapons_cases"] = g.rare(armsRate * (1.5 - s))
	c["reoffenders"] = g.rare(0.003 * (1.4 - s))
	c["serious_accidents"] = g.rare(0.003 * (1.4 - s))
	n := len(t.members)
	c["members_total"] = n
	c["members_patrolling"] = n
	if !g.chance(0.995 - 0.12*math.Pow(1-s, 2)) {
		c["members_patrolling"] = n - 1 - g.binomial(1, 0.2)
	}
	return report{Team: t, Month: m, Counts: c}
}

// rare returns 1 with probability p, else 0.
func (g *gen) rare(p float64) int {
	if g.chance(p) {
		return 1
	}
	return 0
}
