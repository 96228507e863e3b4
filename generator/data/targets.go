package data

import (
	"fmt"
	"io/fs"
	"strings"

	"phongtrao/generator/decimal"
	"phongtrao/generator/diag"
)

// targetColumns are the columns of data/targets.csv, all required.
var targetColumns = []string{"unit", "indicator", "target"}

// Target is one row of data/targets.csv: the target a unit sets for the
// teams under it (itself when it is a team) for one indicator, in place of
// the criteria file's (BRIEF.md §4 rule 9).
type Target struct {
	Unit string
	// Indicator is the key "criterion/indicator", e.g. "4.1/tin-bao".
	Indicator string
	Value     decimal.D
	Pos       diag.Pos
}

// TargetOverrides returns the targets of data/targets.csv by unit id, then
// by indicator key: what results.SubtreeTargets takes. It is nil without
// targets.
func (s *Set) TargetOverrides() map[string]map[string]decimal.D {
	if len(s.Targets) == 0 {
		return nil
	}
	out := make(map[string]map[string]decimal.D)
	for _, t := range s.Targets {
		if out[t.Unit] == nil {
			out[t.Unit] = make(map[string]decimal.D)
		}
		out[t.Unit][t.Indicator] = t.Value
	}
	return out
}

// loadTargets reads data/targets.csv when there is one and checks each row
// against the units and the criteria.
func loadTargets(fsys fs.FS, units *Units, criteria []*Criterion, errs *diag.List) []Target {
	t := readOptional(fsys, TargetsFile, targetColumns, errs)
	if t == nil {
		return nil
	}
	inds := make(map[string]*Indicator)
	for _, c := range criteria {
		for _, in := range c.Indicators {
			inds[in.Key(c)] = in
		}
	}
	cUnit, cInd, cTarget := t.Col("unit"), t.Col("indicator"), t.Col("target")
	seen := map[[2]string]int{} // (unit, indicator) → line
	var out []Target
	for _, r := range t.Rows {
		x := Target{Unit: r.Cell(cUnit), Indicator: r.Cell(cInd), Pos: t.RowPos(r)}
		ok := knownUnit(units, x.Unit, t.CellPos(r, cUnit), errs)
		in := inds[x.Indicator]
		if in == nil && len(criteria) > 0 {
			errs.AddAfter(CriteriaFile, t.CellPos(r, cInd), fmt.Sprintf("chỉ tiêu %q không có trong data/criteria.toml", x.Indicator),
				"ghi mã nội dung thi đua/mã chỉ tiêu, ví dụ 4.1/tin-bao")
			ok = false
		}
		if in != nil {
			v, err := targetValue(r.Cell(cTarget), in)
			if err != nil {
				errs.Add(t.CellPos(r, cTarget), err.Error(), "ghi số như trong báo cáo, ví dụ 0,7 hoặc 70% (tỷ lệ), 1, 90")
				ok = false
			}
			x.Value = v
		}
		k := [2]string{x.Unit, x.Indicator}
		if line, dup := seen[k]; dup {
			errs.Add(t.RowPos(r), fmt.Sprintf("đơn vị %q đã có chỉ tiêu %s ở dòng %d", x.Unit, x.Indicator, line),
				"mỗi đơn vị chỉ ghi một mức cho mỗi chỉ tiêu")
			continue
		}
		seen[k] = r.Line
		if ok {
			out = append(out, x)
		}
	}
	return out
}

// targetValue reads a target written as in reports. For a ratio, whose
// target is a fraction (0.8), a percentage is divided by 100: "70%" and
// "0,7" are both 0.7. Other indicators keep the number ("90%" is 90, as a
// report's percentage field holds 0–100).
func targetValue(cell string, in *Indicator) (decimal.D, error) {
	v, err := decimal.Parse(cell)
	if err != nil {
		return 0, fmt.Errorf("mức chỉ tiêu: %v", err)
	}
	if in.Kind != KindRatio || !strings.HasSuffix(strings.TrimSpace(cell), "%") {
		return v, nil
	}
	q, _ := decimal.Quo(v, decimal.FromInt(100))
	if q*100 != v { // more than four decimals in the percentage
		return 0, fmt.Errorf("mức chỉ tiêu %q có quá nhiều chữ số thập phân", cell)
	}
	return q, nil
}
