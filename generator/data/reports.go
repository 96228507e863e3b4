package data

import (
	"fmt"
	"io/fs"
	"sort"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/decimal"
	"phongtrao/generator/diag"
)

// loadReports reads data/reports/*.csv. It returns the rows and the sorted
// set of value columns found in any file.
func loadReports(fsys fs.FS, units *Units, criteria []*Criterion, site *config.Site, errs *diag.List) ([]Report, []string) {
	pairs := ratioPairs(criteria)
	known := criteriaFields(criteria)
	var out []Report
	fieldSet := map[string]bool{}
	seen := map[string]diag.Pos{} // unit|month → first row
	var first, last calendar.Month
	if site != nil {
		first, last = site.Campaign.Start.MonthOf(), site.Campaign.End.MonthOf()
	}
	for _, file := range reportFiles(fsys) {
		t := readTable(fsys, file, []string{"unit", "month"}, errs)
		if t == nil {
			continue
		}
		cUnit, cMonth := t.Col("unit"), t.Col("month")
		var fields []int
		for i, h := range t.Header {
			if i == cUnit || i == cMonth {
				continue
			}
			if h == "" {
				errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %d không có tên", i+1), "đặt tên cột đúng như trường trong data/criteria.toml, hoặc xóa cột")
				continue
			}
			if len(criteria) > 0 && !known[h] {
				errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %q không được tiêu chí nào trong data/criteria.toml dùng", h),
					"sửa tên cột cho khớp trường trong criteria.toml, hoặc xóa cột")
				continue
			}
			fields = append(fields, i)
			fieldSet[h] = true
		}
		all := append([]int{cUnit, cMonth}, fields...)
		names := make([]string, len(fields))
		for k, i := range fields {
			names[k] = t.Header[i]
		}
		cols := NewColumns(names...)
		for _, r := range t.Rows {
			if !t.Complete(r, all, errs) {
				continue
			}
			rep := Report{Unit: r.Cell(cUnit), Pos: t.RowPos(r), cols: cols, vals: make([]decimal.D, len(fields))}
			checkLeaf(units, rep.Unit, t.CellPos(r, cUnit), "báo cáo", errs)
			m, err := calendar.ParseMonth(r.Cell(cMonth))
			if err != nil {
				errs.Add(t.CellPos(r, cMonth), err.Error(), "tháng viết dạng 2025-03 hoặc 03/2025")
				continue
			}
			rep.Month = m
			if site != nil && (m.Index() < first.Index() || m.Index() > last.Index()) {
				errs.Add(t.CellPos(r, cMonth), fmt.Sprintf("tháng %s nằm ngoài thời gian phong trào (%s–%s)", m.VN(), first.VN(), last.VN()),
					"chỉ báo cáo các tháng trong thời gian phong trào")
			}
			key := rep.Unit + "|" + m.String()
			if prev, dup := seen[key]; dup {
				errs.Add(t.RowPos(r), fmt.Sprintf("tổ %q đã có báo cáo tháng %s ở %s", rep.Unit, m.VN(), prev),
					"mỗi tổ chỉ một dòng cho mỗi tháng, trên tất cả các tệp báo cáo; xóa dòng trùng")
			} else {
				seen[key] = t.RowPos(r)
			}
			for k, i := range fields {
				v, err := decimal.Parse(r.Cell(i))
				if err != nil {
					errs.Add(t.CellPos(r, i), fmt.Sprintf("cột %q: %v", t.Header[i], err),
						"ghi số không âm, ví dụ 12 hoặc 92,5 (ghi 0 nếu không phát sinh)")
					continue
				}
				rep.vals[k] = v
			}
			for _, p := range pairs {
				n, okN := rep.Value(p.num)
				d, okD := rep.Value(p.den)
				if okN && okD && n > d {
					errs.Add(t.CellPos(r, t.Col(p.num)), fmt.Sprintf("%s = %s lớn hơn %s = %s (chỉ tiêu %s)", p.num, n, p.den, d, p.key),
						"tử số không được vượt mẫu số trong cùng một dòng; kiểm tra lại số liệu")
				}
			}
			out = append(out, rep)
		}
	}
	fields := make([]string, 0, len(fieldSet))
	for f := range fieldSet {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	return out, fields
}

// checkLeaf reports a reference to a unit that does not exist or is not a team.
func checkLeaf(units *Units, id string, pos diag.Pos, what string, errs *diag.List) bool {
	if len(units.ByID) == 0 {
		return false // units.csv could not be read: its error says enough
	}
	u, ok := units.ByID[id]
	switch {
	case id == "":
		errs.Add(pos, fmt.Sprintf("%s thiếu mã tổ (cột unit)", what), "điền id của tổ như trong data/units.csv")
	case !ok:
		errs.Add(pos, fmt.Sprintf("%s cho đơn vị %q không có trong data/units.csv", what, id), "kiểm tra chính tả id của tổ")
	case !u.IsLeaf():
		errs.Add(pos, fmt.Sprintf("%s cho %q (%s) là đơn vị có cấp dưới; chỉ các tổ (cấp cuối) được chấm điểm", what, id, u.Name),
			"ghi cho từng tổ thuộc đơn vị này")
	default:
		return true
	}
	return false
}

type ratioPair struct{ num, den, key string }

// ratioPairs lists the (numerator, denominator) fields of every ratio indicator.
func ratioPairs(criteria []*Criterion) []ratioPair {
	var out []ratioPair
	for _, c := range criteria {
		for _, in := range c.Indicators {
			if in.Kind == KindRatio && in.Numerator != "" && in.Denominator != "" {
				out = append(out, ratioPair{in.Numerator, in.Denominator, in.Key(c)})
			}
		}
	}
	return out
}

// criteriaFields is the set of report fields the criteria name.
func criteriaFields(criteria []*Criterion) map[string]bool {
	out := map[string]bool{}
	for _, c := range criteria {
		for _, in := range c.Indicators {
			for _, f := range []string{in.Numerator, in.Denominator, in.Field} {
				if f != "" {
					out[f] = true
				}
			}
		}
	}
	return out
}
