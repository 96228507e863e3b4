package main

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// excelMonths are the report files written as a Vietnamese Excel export.
var excelMonths = map[string]bool{"2024-12": true, "2025-04": true}

// write writes data/units.csv, data/reports/*.csv and data/deeds.csv under root.
func (g *gen) write(root string) error {
	dir := filepath.Join(root, "data", "reports")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	for _, f := range old {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	if err := writeCSV(filepath.Join(root, "data", "units.csv"), g.unitRows(), false); err != nil {
		return err
	}
	if err := writeCSV(filepath.Join(root, "data", "successions.csv"), g.successionRows(), false); err != nil {
		return err
	}
	for _, m := range campaignMonths {
		excel := excelMonths[m.String()]
		path := filepath.Join(dir, m.String()+".csv")
		if err := writeCSV(path, g.reportRows(m, excel), excel); err != nil {
			return err
		}
	}
	rows := g.deedRows()
	stories, err := g.storyDeeds()
	if err != nil {
		return err
	}
	return writeCSV(filepath.Join(root, "data", "deeds.csv"), append(rows, stories...), false)
}

// storyDeedsCSV holds one hand-written deed per demo story (ids bv-01…),
// linking the deed to its story in content/stories/ through the story column.
//
//go:embed story-deeds.csv
var storyDeedsCSV string

// storyDeeds returns the rows of story-deeds.csv whose team exists (all of
// them with the default seed, whose teams the stories were written for), to
// be appended after the generated deeds.
func (g *gen) storyDeeds() ([][]string, error) {
	rows, err := csv.NewReader(strings.NewReader(storyDeedsCSV)).ReadAll()
	if err != nil {
		return nil, err
	}
	teams := map[string]bool{}
	for _, t := range g.teams {
		teams[t.ID] = true
	}
	var out [][]string
	for _, r := range rows {
		if len(r) > 2 && teams[r[2]] {
			out = append(out, append(r, make([]string, len(commendationColumns))...)) // no commendation
		}
	}
	return out, nil
}

// writeCSV writes rows as "," CSV with LF, or, when excel, as a Vietnamese
// Excel export: UTF-8 BOM, ";" and CRLF.
// The Excel header is written as is ("Unit; Month; …"), unquoted.
func writeCSV(path string, rows [][]string, excel bool) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	if excel {
		buf.WriteString("\uFEFF" + strings.Join(rows[0], ";") + "\r\n")
		rows = rows[1:]
		w.Comma, w.UseCRLF = ';', true
	}
	if err := w.WriteAll(rows); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// unitRows lists the province, then each district, its communes and their teams.
func (g *gen) unitRows() [][]string {
	rows := [][]string{{"id", "name", "kind", "parent"}}
	add := func(u *unit) { rows = append(rows, []string{u.ID, u.Name, u.Kind, u.Parent}) }
	add(g.province)
	for _, d := range g.districts {
		add(d)
		for _, c := range g.communes {
			if c.district != d {
				continue
			}
			add(c)
			for _, t := range g.teams {
				if t.commune == c {
					add(&t.unit)
				}
			}
		}
	}
	// The communes of 1/7/2025 come last, under the province: units.csv
	// lists every unit of the campaign under the parent it had while it
	// existed (BRIEF.md §3).
	for _, c := range g.newCommunes {
		add(c)
	}
	return rows
}

// reportRows lists month m's reports; excel switches to MM/YYYY months,
// decimal commas and a "Title; Case" header.
func (g *gen) reportRows(m month, excel bool) [][]string {
	head := append([]string{"unit", "month"}, fields...)
	if excel {
		for i, h := range head {
			head[i] = titleCase(h)
			if i > 0 {
				head[i] = " " + head[i]
			}
		}
	}
	rows := [][]string{head}
	for _, r := range g.reports {
		if r.Month != m || unsent(r.Team.ID, m) {
			continue
		}
		row := []string{r.Team.ID, m.String()}
		if excel {
			row[1] = fmt.Sprintf("%02d/%04d", int(m.Month), m.Year)
		}
		for _, f := range fields {
			if f == "household_info_pct" {
				row = append(row, r.householdText(excel))
				continue
			}
			row = append(row, strconv.Itoa(r.Counts[f]))
		}
		rows = append(rows, row)
	}
	return rows
}

// householdText formats household_info_pct: "92", "92.5" or "92,5".
func (r report) householdText(excel bool) string {
	if !r.Decimal || r.HouseholdTenths%10 == 0 {
		return strconv.Itoa(r.HouseholdTenths / 10)
	}
	mark := "."
	if excel {
		mark = ","
	}
	return fmt.Sprintf("%d%s%d", r.HouseholdTenths/10, mark, r.HouseholdTenths%10)
}

// titleCase turns "tips_via_force" into "Tips_Via_Force".
func titleCase(s string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return strings.Join(parts, "_")
}

// deedRows lists the deeds in id order.
func (g *gen) deedRows() [][]string {
	rows := [][]string{append([]string{"id", "date", "unit", "kind", "title", "people", "criterion", "recognized_by", "story"},
		commendationColumns...)}
	for i, d := range append(g.deeds, g.reviewDeeds()...) {
		rows = append(rows, append([]string{d.ID, d.Date.Format("2006-01-02"), d.Team.ID, d.Kind, d.Title,
			strings.Join(d.People, ";"), d.Criterion, d.RecognizedBy, ""}, commendation(d, i+1)...))
	}
	return rows
}

// unsentReports are teams whose reports for the months before a given one
// never arrived, so that the demo shows the status "no data" (a whole
// phase without a report row counts as not met). They are dropped when
// writing, after generation, so every other figure stays as generated.
var unsentReports = map[string]month{"quang-tan-bon-bu-sop": {2025, time.March}}

// unsent reports whether team's report for m is one that never arrived.
func unsent(team string, m month) bool {
	first, ok := unsentReports[team]
	return ok && (m.Year < first.Year || m.Year == first.Year && m.Month < first.Month)
}
