package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// reportHeader is the demo's report columns (the fields data/criteria.toml names).
const reportHeader = "unit,month,tips_total,tips_via_force,incidents_total,incidents_attended," +
	"rescues_total,rescues_attended,violating_businesses,household_info_pct,weapons_cases," +
	"reoffenders,members_total,members_patrolling,serious_accidents"

// campaign dates (inclusive), as in the demo's site.toml.
var (
	campaignStart = time.Date(2024, 8, 19, 0, 0, 0, 0, time.UTC)
	campaignEnd   = time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC)
)

// months are the campaign's calendar months, 2024-08 to 2025-08.
func months() []time.Time {
	var out []time.Time
	for m := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC); !m.After(campaignEnd); m = m.AddDate(0, 1, 0) {
		out = append(out, m)
	}
	return out
}

// writeReports writes data/reports/YYYY-MM.csv, one row per team and month.
func writeReports(dir string, t *tree, g *gen) (rows int, err error) {
	for _, m := range months() {
		name := filepath.Join(dir, "data", "reports", m.Format("2006-01")+".csv")
		n, err := writeMonth(name, m.Format("2006-01"), t.Teams, g)
		if err != nil {
			return rows, err
		}
		rows += n
	}
	return rows, nil
}

func writeMonth(name, month string, teams []*unit, g *gen) (int, error) {
	f, err := os.Create(name)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	fmt.Fprintln(w, reportHeader)
	var buf []byte
	for _, u := range teams {
		buf = g.reportRow(buf[:0], u, month)
		w.Write(buf)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, err
	}
	return len(teams), f.Close()
}

// reportRow appends one CSV row: numerators never exceed their
// denominators, and a team of higher quality misses targets less often.
func (g *gen) reportRow(b []byte, u *unit, month string) []byte {
	miss := (1 - u.Quality) / 4 // chance of one missed item, 0–12.5 %
	pair := func(maxTotal int) {
		total := g.intn(maxTotal + 1)
		done := total
		if total > 0 && g.chance(miss) {
			done--
		}
		b = strconv.AppendInt(append(b, ','), int64(total), 10)
		b = strconv.AppendInt(append(b, ','), int64(done), 10)
	}
	rare := func(p float64) {
		n := 0
		if g.chance(p * (1 - u.Quality)) {
			n = 1
		}
		b = strconv.AppendInt(append(b, ','), int64(n), 10)
	}
	b = append(append(append(b, u.ID...), ','), month...)
	pair(4) // tips
	pair(3) // incidents
	pair(1) // rescues
	rare(0.04)
	pct := 850 + g.intn(151) // household_info_pct 85.0–100.0
	b = strconv.AppendInt(append(b, ','), int64(pct/10), 10)
	b = strconv.AppendInt(append(b, '.'), int64(pct%10), 10)
	rare(0.02)
	rare(0.02)
	patrolling := u.Members
	if g.chance(miss) {
		patrolling--
	}
	b = strconv.AppendInt(append(b, ','), int64(u.Members), 10)
	b = strconv.AppendInt(append(b, ','), int64(patrolling), 10)
	rare(0.02)
	return append(b, '\n')
}
