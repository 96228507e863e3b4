package data

import (
	"fmt"
	"sort"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/decimal"
	"phongtrao/generator/diag"
	"phongtrao/generator/sheet"
)

// reportCheck is what every report file is checked against. It is only
// read while the files are checked, so they can be checked in parallel.
type reportCheck struct {
	units      *Units
	criteria   []*Criterion
	pairs      []ratioPair
	known      map[string]bool
	aliases    map[string]string // header key of a field label → the field
	site       *config.Site
	start, end calendar.Month // the campaign's first and last months
}

func newReportCheck(units *Units, criteria []*Criterion, site *config.Site) *reportCheck {
	rc := &reportCheck{units: units, criteria: criteria, pairs: ratioPairs(criteria), known: criteriaFields(criteria),
		aliases: headerAliases(criteria), site: site}
	if site != nil {
		rc.start, rc.end = site.Campaign.Start.MonthOf(), site.Campaign.End.MonthOf()
	}
	return rc
}

// reportFile is what one file of data/reports gives: its rows in file
// order, its value columns, and its problems.
type reportFile struct {
	reports []Report
	units   []int32 // each row's place in Units.All, -1 for an unknown unit
	fields  []string
	errs    diag.List
}

// filePair is a ratio pair whose two fields a file has: the index of each
// in the file's values, and the column of the numerator (for errors).
type filePair struct {
	ratioPair
	num, den, col int
}

// file reads and checks one report file. Rows that fail the checks of one
// row only (an unknown unit, a bad month) are left out; the check across
// files (one row per unit and month) is mergeReports'.
//
// The rows are appended to dst, which has room for every row of the file
// (see maxRows), so that they are written once, in their place in the set.
// They are read one at a time and not kept as a table; a record that
// cannot be read drops the file's rows and their problems, as when the
// table was read whole first.
//
// text is only lent: nothing kept may point into it (see source.go).
func (rc *reportCheck) file(file string, text []byte, err error, rows int, dst []Report) reportFile {
	var out reportFile
	t := openTable(file, text, err, []string{"unit", "month"}, reportColumnNames, &out.errs)
	if t == nil {
		return out
	}
	if hint := t.RowsHint(); rows == 0 && hint > 0 { // a workbook (see countSource)
		rows, dst = hint, make([]Report, 0, hint)
	}
	var rowErrs diag.List
	rr := rc.reader(t, rows, &rowErrs)
	out.fields, out.reports = rr.cols.names, dst
	out.units = make([]int32, 0, cap(dst))
	for {
		r, ok := t.Next(&out.errs)
		if !ok {
			break
		}
		// The row is written in its slot, field by field: copying a
		// Report there would cost a bulk write barrier while the
		// collector runs.
		n := len(out.reports)
		if n == cap(out.reports) { // a file longer than counted
			out.reports = append(out.reports, Report{})
		}
		out.reports = out.reports[:n+1]
		if seq, ok := rr.row(r, n, &out.reports[n], &rowErrs); ok {
			out.units = append(out.units, int32(seq))
		} else {
			out.reports[n] = Report{}
			out.reports = out.reports[:n]
		}
	}
	if t.Failed() {
		out.reports, out.units, out.fields = nil, nil, nil
		return out
	}
	out.errs.Append(&rowErrs)
	return out
}

// reportColumnNames are the Vietnamese headers a report's own columns may
// have, by header key (headerKey), as the fill-in templates write them:
// "Mã tổ" for unit, "Tháng" for month, and "Tên tổ" for name, a column
// of the team's name for the reader of the file, which is not read.
var reportColumnNames = map[string]string{"ma to": "unit", "thang": "month", "ten to": "name", "name": "name"}

// reportReader checks the rows of one report file.
type reportReader struct {
	*reportCheck
	t             *sheet.Table
	cUnit, cMonth int
	fields        []int // the value columns
	cols          *Columns
	pairs         []filePair
	vals          []decimal.D // the values of the row being read
	months        monthCache
	prevUnit      int // the place in units.All of the last row's unit
}

// reader checks the header of a report file (errors go to errs) and
// returns the reader of its rows, at most rows of them.
func (rc *reportCheck) reader(t *sheet.Table, rows int, errs *diag.List) *reportReader {
	rr := &reportReader{reportCheck: rc, t: t, cUnit: t.Col("unit"), cMonth: t.Col("month"), prevUnit: -1}
	var names []string
	rr.fields, names = rc.valueColumns(t, errs)
	rr.cols = NewColumns(names...)
	for _, p := range rc.pairs {
		n, okN := rr.cols.index[p.num]
		d, okD := rr.cols.index[p.den]
		if okN && okD {
			rr.pairs = append(rr.pairs, filePair{p, n, d, rr.fields[n]})
		}
	}
	rr.cols.room(rows)
	rr.vals = make([]decimal.D, len(rr.fields))
	return rr
}

// row checks row r, the file's k-th kept row, writes it to rep and
// returns the place of its unit in units.All (-1 when unknown), or false
// when the row cannot be kept (rep then holds part of it).
func (rr *reportReader) row(r sheet.Row, k int, rep *Report, errs *diag.List) (int, bool) {
	t := rr.t
	id := r.Cell(rr.cUnit)
	seq := -1
	if u := checkLeaf(rr.units, rr.prevUnit+1, id, t, r, rr.cUnit, "báo cáo", errs); u != nil {
		id, seq, rr.prevUnit = u.ID, u.seq, u.seq
	} else {
		id = strings.Clone(id) // not the lent text
	}
	m, err := rr.months.parse(r.Cell(rr.cMonth))
	if err != nil {
		errs.Add(t.CellPos(r, rr.cMonth), err.Error(), "tháng viết dạng 2025-03 hoặc 03/2025")
		return 0, false
	}
	if rr.site != nil && (m.Index() < rr.start.Index() || m.Index() > rr.end.Index()) {
		errs.Add(t.CellPos(r, rr.cMonth), fmt.Sprintf("tháng %s nằm ngoài thời gian phong trào (%s–%s)", m.VN(), rr.start.VN(), rr.end.VN()),
			config.OutsideHint(m.Index() < rr.start.Index(), "sửa tháng của dòng (cột month)"))
	}
	rep.Unit, rep.Month, rep.Pos, rep.cols, rep.row = id, m, t.RowPos(r), rr.cols, k
	rr.values(t, r, rr.fields, rr.pairs, rr.vals, errs)
	for i, v := range rr.vals {
		rr.cols.set(k, i, v)
	}
	return seq, true
}

// valueColumns returns the value columns of a report file's header (all
// but unit and month) and the field each holds, reporting the nameless
// ones and those no criterion uses, which it leaves out. A header may be a
// field's name or its label ([[field]]), without case or diacritics.
func (rc *reportCheck) valueColumns(t *sheet.Table, errs *diag.List) ([]int, []string) {
	cUnit, cMonth, cName := t.Col("unit"), t.Col("month"), t.Col("name")
	var fields []int
	var names []string
	seen := map[string]int{}
	for i, h := range t.Header {
		if i == cUnit || i == cMonth || i == cName {
			continue
		}
		if h == "" {
			errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %d không có tên", i+1), "đặt tên cột đúng như trường trong data/criteria.toml, hoặc xóa cột")
			continue
		}
		if rc.aliases != nil && !rc.known[h] {
			if id, ok := rc.aliases[headerKey(h)]; ok {
				h = id
			}
		}
		if len(rc.criteria) > 0 && !rc.known[h] {
			errs.AddAfter(CriteriaFile, t.HeaderPos(i), fmt.Sprintf("cột %q không được nội dung thi đua nào trong data/criteria.toml dùng", t.Header[i]),
				"sửa tên cột cho khớp trường trong criteria.toml, hoặc xóa cột")
			continue
		}
		if j, dup := seen[h]; dup && t.Header[j] != t.Header[i] { // the same text: the sheet's error
			errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %q và cột %d cùng là trường %q", t.Header[i], j+1, h),
				"mỗi trường chỉ một cột: xóa một trong hai cột")
			continue
		}
		seen[h] = i
		fields = append(fields, i)
		names = append(names, strings.Clone(h)) // not the lent text
	}
	return fields, names
}

// hundred is the largest percentage ("100%").
var hundred = decimal.FromInt(100)

// values reads the figures of row r into vals and checks that no
// percentage exceeds 100% and no numerator exceeds its denominator.
func (rc *reportCheck) values(t *sheet.Table, r sheet.Row, fields []int, pairs []filePair, vals []decimal.D, errs *diag.List) {
	bad := false // some figure of the row could not be read
	for k, i := range fields {
		v, err := decimal.Parse(r.Cell(i))
		vals[k] = v // 0 when unreadable
		if err != nil {
			bad = true
			errs.Add(t.CellPos(r, i), fmt.Sprintf("cột %q: %v", t.Header[i], err),
				"ghi số không âm, ví dụ 12 hoặc 92,5 (ghi 0 nếu không phát sinh)")
		} else if v > hundred && strings.HasSuffix(r.Cell(i), "%") {
			errs.Add(t.CellPos(r, i), fmt.Sprintf("cột %q: tỷ lệ %s lớn hơn 100%%", t.Header[i], r.Cell(i)),
				"một tỷ lệ phần trăm nằm trong khoảng 0–100%; kiểm tra lại số liệu")
		}
	}
	for _, p := range pairs {
		if bad && pairUnreadable(r, fields, p) {
			continue // a figure that could not be read: its own problem says so
		}
		if n, d := vals[p.num], vals[p.den]; n > d {
			errs.Add(t.CellPos(r, p.col), fmt.Sprintf("%s = %s lớn hơn %s = %s (chỉ tiêu %s)", p.ratioPair.num, n, p.ratioPair.den, d, p.key),
				"tử số không được vượt mẫu số trong cùng một dòng; kiểm tra lại số liệu")
		}
	}
}

// pairUnreadable reports whether either figure of pair p in row r cannot be read.
func pairUnreadable(r sheet.Row, fields []int, p filePair) bool {
	_, errN := decimal.Parse(r.Cell(fields[p.num]))
	_, errD := decimal.Parse(r.Cell(fields[p.den]))
	return errN != nil || errD != nil
}

// monthCache parses the month cells of a file, which nearly always repeat
// the one before.
type monthCache struct {
	text string
	m    calendar.Month
	err  error
	ok   bool
}

func (c *monthCache) parse(s string) (calendar.Month, error) {
	if !c.ok || s != c.text {
		c.m, c.err = calendar.ParseMonth(s)
		c.text, c.ok = s, true
	}
	return c.m, c.err
}

// mergeReports joins the files' rows and problems in file order, reports a
// unit and month given twice (at the later row, naming the first), and
// returns the sorted set of value columns found in any file. The files'
// rows were written in all, each file's from where the rows of the files
// before it could end at the most; they are moved up only when a file had
// fewer rows than that. Workbooks, whose rows were not counted, make the
// rows more than all holds: they are then all moved, once, to an array
// that holds them.
func mergeReports(all []Report, files []reportFile, nUnits int, errs *diag.List) ([]Report, []string) {
	fieldSet := map[string]bool{}
	total := 0
	for i := range files {
		total += len(files[i].reports)
	}
	out := all[:0]
	if total > cap(all) {
		out = make([]Report, 0, total)
	}
	for i := range files {
		f := &files[i]
		for _, name := range f.fields {
			fieldSet[name] = true
		}
		n := len(out)
		if len(f.reports) > 0 && n < cap(out) && &f.reports[0] == &out[:n+1][n] {
			out = out[:n+len(f.reports)] // in place already
		} else {
			out = append(out, f.reports...)
		}
		f.reports = out[n:]
	}
	seen := newRowIndex(files, nUnits, len(out))
	k := 0
	for i := range files {
		errs.Append(&files[i].errs)
		for j, rep := range files[i].reports {
			if prev := seen.first(rep, files[i].units[j], k); prev >= 0 {
				errs.Add(rep.Pos, fmt.Sprintf("tổ %q đã có báo cáo tháng %s ở %s", rep.Unit, rep.Month.VN(), out[prev].Pos),
					"mỗi tổ chỉ một dòng cho mỗi tháng, trên tất cả các tệp báo cáo; xóa dòng trùng")
			}
			k++
		}
	}
	clear(out[len(out):cap(out)]) // rows moved up leave copies behind
	fields := make([]string, 0, len(fieldSet))
	for f := range fieldSet {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	return out, fields
}

// rowIndex finds the first report row of each unit and month. Rows of
// known units go to a table with a cell per unit and month (a million
// rows make a map slow); rows of unknown units, or months so spread that
// the table would be too large, go to a map.
type rowIndex struct {
	table        []int32 // 1 + index of the first row, 0 for none
	lo, months   int     // the table's first month index and its number of months
	byUnitString map[unitMonth]int
}

// unitMonth identifies the one report row a team may have for a month.
type unitMonth struct {
	unit  string
	month int
}

func newRowIndex(files []reportFile, nUnits, total int) *rowIndex {
	ri := &rowIndex{byUnitString: map[unitMonth]int{}}
	lo, hi := 0, -1
	for i := range files {
		for k, rep := range files[i].reports {
			if files[i].units[k] < 0 {
				continue
			}
			if m := rep.Month.Index(); hi < lo {
				lo, hi = m, m
			} else {
				lo, hi = min(lo, m), max(hi, m)
			}
		}
	}
	if span := hi - lo + 1; span > 0 && nUnits*span <= 4*total+1024 {
		ri.table, ri.lo, ri.months = make([]int32, nUnits*span), lo, span
	}
	return ri
}

// first records row i of unit seq (-1 for an unknown unit) and returns
// the index of the earlier row with the same unit and month, or -1.
func (ri *rowIndex) first(rep Report, seq int32, i int) int {
	if seq >= 0 && ri.table != nil {
		cell := &ri.table[int(seq)*ri.months+rep.Month.Index()-ri.lo]
		if *cell > 0 {
			return int(*cell) - 1
		}
		*cell = int32(i + 1)
		return -1
	}
	key := unitMonth{rep.Unit, rep.Month.Index()}
	if prev, dup := ri.byUnitString[key]; dup {
		return prev
	}
	ri.byUnitString[key] = i
	return -1
}

// checkLeaf reports a reference to a unit that does not exist or is not a
// team, at column c of row r. It returns the unit when it exists, so that
// callers can keep its ID string: a million report rows then share the
// units' strings instead of keeping their files in memory. guess is the
// place in units.All where the unit may be (-1 for none): report files
// often list teams in the order of units.csv, and comparing one string is
// cheaper than a lookup in a map of every unit.
func checkLeaf(units *Units, guess int, id string, t *sheet.Table, r sheet.Row, c int, what string, errs *diag.List) *Unit {
	if len(units.ByID) == 0 {
		return nil // units.csv could not be read: its error says enough
	}
	var u *Unit
	ok := guess >= 0 && guess < len(units.All) && units.All[guess].ID == id
	if ok {
		u = units.All[guess]
	} else {
		u, ok = units.ByID[id]
	}
	switch {
	case id == "":
		errs.Add(t.CellPos(r, c), fmt.Sprintf("%s thiếu mã tổ (cột unit)", what), "điền id của tổ như trong data/units.csv")
	case !ok:
		errs.AddAfter(UnitCause(id), t.CellPos(r, c), fmt.Sprintf("%s cho đơn vị %q không có trong data/units.csv", what, id), "kiểm tra chính tả id của tổ")
	case !u.IsLeaf():
		errs.Add(t.CellPos(r, c), fmt.Sprintf("%s cho %q (%s) là đơn vị có cấp dưới; chỉ các tổ (cấp cuối) được chấm điểm", what, id, u.Name),
			"ghi cho từng tổ thuộc đơn vị này")
	}
	return u
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
