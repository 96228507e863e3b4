package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// loaded is the written data read back from disk.
type loaded struct {
	units    [][]string          // id, name, kind, parent
	parent   map[string]string   // id → parent id
	children map[string][]string // id → child ids
	receives map[string][]string // id → ids that became part of it (successions.csv)
	reports  []loadedReport
	deeds    []map[string]string
	bytes    int64
}

// loadedReport is one report row read back.
type loadedReport struct {
	unit   string
	month  string // YYYY-MM
	values map[string]float64
}

var (
	idPattern    = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	longNumber   = regexp.MustCompile(`[0-9]{9,}`)
	campaignFrom = time.Date(2024, time.August, 19, 0, 0, 0, 0, time.UTC)
	campaignTo   = time.Date(2025, time.August, 19, 0, 0, 0, 0, time.UTC)
)

// readCSV reads a CSV file the way the site's loader must: optional BOM,
// "," or ";" from the header, header names trimmed and lowercased.
func readCSV(path string, l *loaded) (head []string, rows [][]string, err error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	l.bytes += int64(len(raw))
	if m := longNumber.Find(raw); m != nil {
		return nil, nil, fmt.Errorf("%s: %q looks like a phone or ID number", path, m)
	}
	text := strings.TrimPrefix(string(raw), "\uFEFF")
	r := csv.NewReader(strings.NewReader(text))
	first, _, _ := strings.Cut(text, "\n")
	if strings.Count(first, ";") > strings.Count(first, ",") {
		r.Comma = ';'
	}
	all, err := r.ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	for _, h := range all[0] {
		head = append(head, strings.ToLower(strings.TrimSpace(h)))
	}
	return head, all[1:], nil
}

// check reads the files under root back and validates them.
func check(root string) (*summary, error) {
	l := &loaded{parent: map[string]string{}, children: map[string][]string{}, receives: map[string][]string{}}
	steps := []func(string, *loaded) error{checkSuccessions, checkUnits, checkReports, checkDeeds}
	for _, step := range steps {
		if err := step(root, l); err != nil {
			return nil, err
		}
	}
	if l.bytes > 3<<20 {
		return nil, fmt.Errorf("data is %d bytes, over 3 MB", l.bytes)
	}
	return summarize(l), nil
}

// checkUnits validates data/units.csv: ids, parents, teams.
func checkUnits(root string, l *loaded) error {
	path := filepath.Join(root, "data", "units.csv")
	head, rows, err := readCSV(path, l)
	if err != nil {
		return err
	}
	if !slices.Equal(head, []string{"id", "name", "kind", "parent"}) {
		return fmt.Errorf("%s: header %v", path, head)
	}
	names := map[string]bool{}
	for i, r := range rows {
		id, parent := r[0], r[3]
		if !idPattern.MatchString(id) || l.parent[id] != "" || names["id:"+id] {
			return fmt.Errorf("%s:%d: bad or duplicate id %q", path, i+2, id)
		}
		if (parent == "") != (i == 0) || (parent != "" && !names["id:"+parent]) {
			return fmt.Errorf("%s:%d: parent %q missing or after its child", path, i+2, parent)
		}
		if key := parent + "/" + r[1]; names[key] {
			return fmt.Errorf("%s:%d: name %q twice under %q", path, i+2, r[1], parent)
		}
		names["id:"+id], names[parent+"/"+r[1]] = true, true
		l.parent[id] = parent
		l.children[parent] = append(l.children[parent], id)
		l.units = append(l.units, r)
	}
	return checkTree(path, l)
}

// checkSuccessions reads data/successions.csv: every row on 1/7/2025.
// Its ids are checked against units.csv in checkTree.
func checkSuccessions(root string, l *loaded) error {
	path := filepath.Join(root, "data", "successions.csv")
	head, rows, err := readCSV(path, l)
	if err != nil {
		return err
	}
	if !slices.Equal(head, []string{"from", "to", "date"}) {
		return fmt.Errorf("%s: header %v", path, head)
	}
	for i, r := range rows {
		if r[2] != "01/07/2025" || len(l.receives[r[0]]) > 0 {
			return fmt.Errorf("%s:%d: date %q or %q ceases twice", path, i+2, r[2], r[0])
		}
		l.receives[r[1]] = append(l.receives[r[1]], r[0])
	}
	return nil
}

// checkTree checks the shape: 8 districts, 71 communes, 713 teams of 5–16
// per commune, and under the root the 28 communes of 1/7/2025, each
// receiving old communes, as the 8 districts go into the root.
func checkTree(path string, l *loaded) error {
	root := l.units[0][0]
	var districts []string
	communes, teams, merged := 0, 0, 0
	for _, c := range l.children[root] {
		if len(l.children[c]) > 0 {
			districts = append(districts, c)
			continue
		}
		for _, old := range l.receives[c] {
			if l.parent[old] == root || len(l.children[old]) == 0 {
				return fmt.Errorf("%s: new commune %s receives %s, not an old commune", path, c, old)
			}
		}
		if len(l.receives[c]) == 0 {
			return fmt.Errorf("%s: %s under the root has no teams and receives nothing", path, c)
		}
		merged++
	}
	if got := len(l.receives[root]); got != len(districts) || merged != 28 {
		return fmt.Errorf("%s: %d districts into the root of %d, %d new communes", path, got, len(districts), merged)
	}
	for _, d := range districts {
		for _, c := range l.children[d] {
			communes++
			n := len(l.children[c])
			if n < minTeams || n > maxTeams {
				return fmt.Errorf("%s: commune %s has %d teams", path, c, n)
			}
			for _, t := range l.children[c] {
				if len(l.children[t]) > 0 {
					return fmt.Errorf("%s: team %s has children", path, t)
				}
			}
			teams += n
		}
	}
	if root != "dak-nong" || len(districts) != 8 || communes != 71 || teams != teamTotal {
		return fmt.Errorf("%s: root %s, %d districts, %d communes, %d teams", path, root, len(districts), communes, teams)
	}
	return nil
}

// isTeam reports whether id is a leaf of the tree: no children and
// receiving no unit (BRIEF.md §3).
func (l *loaded) isTeam(id string) bool {
	_, ok := l.parent[id]
	return ok && len(l.children[id]) == 0 && len(l.receives[id]) == 0
}

// checkReports validates every data/reports/*.csv row.
func checkReports(root string, l *loaded) error {
	seen := map[string]bool{}
	for _, m := range campaignMonths {
		path := filepath.Join(root, "data", "reports", m.String()+".csv")
		head, rows, err := readCSV(path, l)
		if err != nil {
			return err
		}
		if !slices.Equal(head, append([]string{"unit", "month"}, fields...)) {
			return fmt.Errorf("%s: header %v", path, head)
		}
		for i, r := range rows {
			rep, err := parseReport(head, r, m)
			if err == nil && (!l.isTeam(rep.unit) || seen[rep.unit+rep.month]) {
				err = fmt.Errorf("unit %q unknown, not a team or reported twice", rep.unit)
			}
			if err != nil {
				return fmt.Errorf("%s:%d: %w", path, i+2, err)
			}
			seen[rep.unit+rep.month] = true
			l.reports = append(l.reports, rep)
		}
	}
	return nil
}

// parseReport reads and checks one report row of month m.
func parseReport(head, r []string, m month) (loadedReport, error) {
	rep := loadedReport{unit: r[0], month: r[1], values: map[string]float64{}}
	if mm, yyyy, ok := strings.Cut(r[1], "/"); ok {
		rep.month = yyyy + "-" + mm
	}
	if rep.month != m.String() {
		return rep, fmt.Errorf("month %q in the file of %s", r[1], m)
	}
	for i, f := range head[2:] {
		v, err := strconv.ParseFloat(strings.Replace(r[i+2], ",", ".", 1), 64)
		if err != nil || v < 0 {
			return rep, fmt.Errorf("%s = %q", f, r[i+2])
		}
		rep.values[f] = v
	}
	for _, p := range ratioPairs {
		if rep.values[p[0]] > rep.values[p[1]] {
			return rep, fmt.Errorf("%s > %s", p[0], p[1])
		}
	}
	if n := rep.values["members_total"]; n < 3 || n > 5 || rep.values["household_info_pct"] > 100 {
		return rep, fmt.Errorf("members_total %v or household_info_pct %v out of range", n, rep.values["household_info_pct"])
	}
	return rep, nil
}

// checkDeeds validates data/deeds.csv.
func checkDeeds(root string, l *loaded) error {
	path := filepath.Join(root, "data", "deeds.csv")
	head, rows, err := readCSV(path, l)
	if err != nil {
		return err
	}
	reviews := 0 // the review commendations (kt-001…) follow the vt- deeds
	for i, r := range rows {
		d := map[string]string{}
		for j, h := range head {
			d[h] = r[j]
		}
		date, err := time.Parse("2006-01-02", d["date"])
		if strings.HasPrefix(d["id"], "kt-") {
			reviews++
		}
		switch {
		case err != nil || date.Before(campaignFrom) || date.After(campaignTo):
			err = fmt.Errorf("date %q outside the campaign", d["date"])
		case d["id"] != fmt.Sprintf("vt-%05d", i+1) && d["id"] != fmt.Sprintf("kt-%03d", reviews) && !strings.HasPrefix(d["id"], "bv-"):
			err = fmt.Errorf("id %q out of sequence", d["id"])
		case !l.isTeam(d["unit"]) || !slices.Contains([]string{"viec-tot", "khen-thuong", "bieu-duong", "mo-hinh"}, d["kind"]):
			err = fmt.Errorf("unit %q or kind %q invalid", d["unit"], d["kind"])
		case d["title"] == "" || strings.ContainsAny(d["title"], "{}") || strings.ContainsAny(d["people"], "0123456789"):
			err = fmt.Errorf("title %q or people %q malformed", d["title"], d["people"])
		case d["people"] != "" && hasDuplicate(strings.Split(d["people"], ";")):
			err = fmt.Errorf("people %q names someone twice", d["people"])
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %w", path, i+2, err)
		}
		l.deeds = append(l.deeds, d)
	}
	if n := len(l.deeds); n < 3000 || n > 6000 {
		return fmt.Errorf("%s: %d deeds, want 3000–6000", path, n)
	}
	return nil
}

// hasDuplicate reports whether xs holds a value twice.
func hasDuplicate(xs []string) bool {
	seen := map[string]bool{}
	for _, x := range xs {
		if seen[x] {
			return true
		}
		seen[x] = true
	}
	return false
}
