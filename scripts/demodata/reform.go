package main

import (
	_ "embed"
	"encoding/csv"
	"fmt"
	"strings"
	"time"
)

// mappingCSV is where each of the 71 communes went in the reform of
// 1/7/2025 (districts abolished, 71 communes merged into 28), copied from
// the project's reference file daknong_2025_mapping.csv (old code, old
// name, new code, new name).
//
//go:embed reform-mapping.csv
var mappingCSV string

// reformDay is the day the districts ceased and the new communes began.
var reformDay = time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC)

// newCommuneSuffix ends every new commune's id: the reform reused old
// names ("Xã Quảng Sơn" before and after, a larger area after), so the
// name alone cannot give an id of its own.
const newCommuneSuffix = "-2025"

// loadReform returns the 28 communes of 1/7/2025, in the order of their
// codes, under the province, and sets each old commune's successor. The
// old communes are matched by name, as the reference files share no id.
func loadReform(province *unit, communes []*unit) []*unit {
	rows, err := csv.NewReader(strings.NewReader(mappingCSV)).ReadAll()
	if err != nil {
		panic(err)
	}
	byName := map[string]*unit{}
	for _, c := range communes {
		byName[c.Name] = c
	}
	byCode := map[string]*unit{}
	var out []*unit
	for _, r := range rows[1:] {
		old := byName[strings.Join(strings.Fields(r[1]), " ")]
		if old == nil {
			panic("reform: unknown commune " + r[1])
		}
		n := byCode[r[2]]
		if n == nil {
			kind, short := splitKind(r[3])
			n = &unit{Name: r[3], Kind: kind, Short: short, Parent: province.ID,
				ID: slugify(r[3]) + newCommuneSuffix}
			byCode[r[2]] = n
			out = append(out, n)
		}
		if old.successor != nil {
			panic("reform: " + old.Name + " listed twice")
		}
		old.successor = n
	}
	for _, c := range communes {
		if c.successor == nil {
			panic("reform: no successor for " + c.Name)
		}
	}
	return out
}

// successionRows lists data/successions.csv: every old commune into its
// new commune, every district into the province, on 1/7/2025.
func (g *gen) successionRows() [][]string {
	day := fmt.Sprintf("%02d/%02d/%d", reformDay.Day(), int(reformDay.Month()), reformDay.Year())
	rows := [][]string{{"from", "to", "date"}}
	for _, d := range g.districts {
		rows = append(rows, []string{d.ID, g.province.ID, day})
	}
	for _, c := range g.communes {
		rows = append(rows, []string{c.ID, c.successor.ID, day})
	}
	return rows
}

// provinceOn names the province on day d, as it follows a body's name:
// Đắk Nông joined Lâm Đồng on 1/7/2025.
func provinceOn(d time.Time) string {
	if d.Before(reformDay) {
		return "tỉnh Đắk Nông"
	}
	return "tỉnh Lâm Đồng"
}

// communeOn returns the commune t belonged to on day d: its own until the
// reform, then the new one.
func communeOn(t *team, d time.Time) *unit {
	if d.Before(reformDay) {
		return t.commune
	}
	return t.commune.successor
}
