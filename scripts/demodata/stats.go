package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// summary is what the generator prints after a successful check.
type summary struct {
	units, communes, teams, minTeams, maxTeams int
	teamKinds                                  map[string]int
	rows, missing                              int
	zero                                       map[string]int // rows with a zero denominator
	rare                                       map[string]int // rows with a violation
	deedKinds                                  map[string]int
	teamsWithoutModel                          int
	met                                        map[string][8]int // period → teams meeting 4.1…4.7, [7] all seven
	scores                                     map[string][8]int // period → teams per score
	examples                                   []string
}

// periods are the demo's periods as month ranges (inclusive) and date ranges.
var periods = []struct{ id, from, to, dayFrom, dayTo string }{
	{"dot-1", "2024-08", "2025-02", "2024-08-19", "2025-02-03"},
	{"dot-2", "2025-02", "2025-08", "2025-02-04", "2025-08-19"},
	{"all", "2024-08", "2025-08", "2024-08-19", "2025-08-19"},
}

// summarize counts what the data holds and, roughly following BRIEF §4,
// how many teams meet each criterion per period.
func summarize(l *loaded) *summary {
	s := &summary{units: len(l.units), teamKinds: map[string]int{}, zero: map[string]int{},
		rare: map[string]int{}, deedKinds: map[string]int{}, met: map[string][8]int{},
		scores: map[string][8]int{}, minTeams: 99}
	var teams []string
	for _, u := range l.units {
		if l.isTeam(u[0]) {
			teams = append(teams, u[0])
			s.teamKinds[u[2]]++
		} else if kids := l.children[u[0]]; len(kids) > 0 && l.isTeam(kids[0]) {
			n := len(l.children[u[0]])
			s.communes++
			s.minTeams, s.maxTeams = min(s.minTeams, n), max(s.maxTeams, n)
		}
	}
	s.teams, s.rows = len(teams), len(l.reports)
	s.missing = len(teams)*len(campaignMonths) - s.rows
	for _, r := range l.reports {
		for _, p := range ratioPairs {
			if r.values[p[1]] == 0 {
				s.zero[p[1]]++
			}
		}
		for _, f := range []string{"violating_businesses", "weapons_cases", "reoffenders", "serious_accidents"} {
			if r.values[f] > 0 {
				s.rare[f]++
			}
		}
	}
	hasModel := map[string]bool{}
	for _, d := range l.deeds {
		s.deedKinds[d["kind"]]++
		if d["kind"] == "mo-hinh" {
			hasModel[d["unit"]] = true
		}
	}
	s.teamsWithoutModel = len(teams) - len(hasModel)
	for _, p := range periods {
		s.met[p.id], s.scores[p.id] = assess(l, teams, p.from, p.to, p.dayFrom, p.dayTo)
	}
	s.examples = []string{teams[0], teams[len(teams)/2], teams[len(teams)-1]}
	return s
}

// assess counts the teams meeting each criterion over months from…to.
// The second result counts teams by score (0–7).
func assess(l *loaded, teams []string, from, to, dayFrom, dayTo string) (met, scores [8]int) {
	sums := map[string]map[string]float64{}
	latest := map[string]string{}
	for _, r := range l.reports {
		if r.month < from || r.month > to {
			continue
		}
		if sums[r.unit] == nil {
			sums[r.unit] = map[string]float64{}
		}
		for f, v := range r.values {
			sums[r.unit][f] += v
		}
		if r.month >= latest[r.unit] {
			latest[r.unit] = r.month
			sums[r.unit]["latest_pct"] = r.values["household_info_pct"]
		}
	}
	// Models count by exact date; good deeds by month (BRIEF §4.3).
	models, months := map[string]int{}, map[string]map[string]bool{}
	for _, d := range l.deeds {
		m := d["date"][:7]
		switch {
		case d["kind"] == "mo-hinh" && d["date"] >= dayFrom && d["date"] <= dayTo:
			models[d["unit"]]++
		case d["kind"] == "mo-hinh" || m < from || m > to:
		case months[d["unit"]] == nil:
			months[d["unit"]] = map[string]bool{m: true}
		default:
			months[d["unit"]][m] = true
		}
	}
	for _, t := range teams {
		v, ok := sums[t]
		ratio := func(n, d string) bool { return v[d] == 0 || v[n] >= v[d] }
		crit := []bool{
			ok && v["tips_via_force"] >= 0.8*v["tips_total"] && ratio("incidents_attended", "incidents_total"),
			models[t] >= 1,
			ok && ratio("rescues_attended", "rescues_total"),
			ok && v["violating_businesses"] == 0 && v["weapons_cases"] == 0 && v["latest_pct"] > 90,
			ok && v["reoffenders"] == 0,
			ok && ratio("members_patrolling", "members_total") && v["serious_accidents"] == 0,
			len(months[t]) == monthsBetween(from, to),
		}
		score := 0
		for i, c := range crit {
			if c {
				met[i]++
				score++
			}
		}
		scores[score]++
	}
	met[7] = scores[7]
	return met, scores
}

// monthsBetween counts the months from…to inclusive (YYYY-MM).
func monthsBetween(from, to string) int {
	n := 0
	for _, m := range campaignMonths {
		if k := m.String(); k >= from && k <= to {
			n++
		}
	}
	return n
}

// print writes the summary.
func (s *summary) print(w io.Writer) {
	fmt.Fprintf(w, "units: %d rows; %d communes with %d–%d teams each; %d teams %v\n",
		s.units, s.communes, s.minTeams, s.maxTeams, s.teams, sortedCounts(s.teamKinds))
	fmt.Fprintf(w, "reports: %d rows in %d files, %d team-months missing (%.1f %%)\n",
		s.rows, len(campaignMonths), s.missing, 100*float64(s.missing)/float64(s.rows+s.missing))
	fmt.Fprintf(w, "  zero denominators: %v\n  rows with a violation: %v\n", sortedCounts(s.zero), sortedCounts(s.rare))
	total := 0
	for _, n := range s.deedKinds {
		total += n
	}
	fmt.Fprintf(w, "deeds: %d %v; %d teams without a model\n", total, sortedCounts(s.deedKinds), s.teamsWithoutModel)
	for _, p := range periods {
		m := s.met[p.id]
		fmt.Fprintf(w, "  %-5s teams meeting 4.1–4.7: %v; teams per score 0–7: %v\n", p.id, m[:7], s.scores[p.id])
	}
	fmt.Fprintf(w, "example teams: %s\n", strings.Join(s.examples, ", "))
}

// sortedCounts formats a count map in key order.
func sortedCounts(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	return "{" + strings.Join(parts, " ") + "}"
}
