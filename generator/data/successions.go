package data

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/diag"
	"phongtrao/generator/sheet"
)

// successionColumns are the columns of data/successions.csv, all required.
var successionColumns = []string{"from", "to", "date"}

// Succession is one row of data/successions.csv: from Date on, unit From
// no longer exists and is part of unit To (BRIEF.md §4 rule 8).
type Succession struct {
	From string
	To   string
	Date calendar.Date
	Pos  diag.Pos
}

// Successor returns the succession that ends the unit with id, and
// whether there is one (a unit ceases at most once). A set made by hand
// (in tests) is searched row by row.
func (s *Set) Successor(id string) (Succession, bool) {
	if s.ceased == nil {
		for _, x := range s.Successions {
			if x.From == id {
				return x, true
			}
		}
		return Succession{}, false
	}
	i, ok := s.ceased[id]
	if !ok {
		return Succession{}, false
	}
	return s.Successions[i], true
}

// Predecessors returns the successions into the unit with id (the units
// merged into it, "hình thành từ ..."), in file order.
func (s *Set) Predecessors(id string) []Succession {
	var out []Succession
	for _, x := range s.Successions {
		if x.To == id {
			out = append(out, x)
		}
	}
	return out
}

// loadSuccessions reads data/successions.csv when there is one, checks each
// row against the units and the campaign, and returns the rows that are
// usable (Units.Receive then marks the units that receive units).
func loadSuccessions(fsys fs.FS, units *Units, site *config.Site, errs *diag.List) []Succession {
	t := readOptional(fsys, SuccessionsFile, successionColumns, errs)
	if t == nil {
		return nil
	}
	cFrom, cTo, cDate := t.Col("from"), t.Col("to"), t.Col("date")
	first := map[string]int{} // from → the line where it ceases
	var out []Succession
	for _, r := range t.Rows {
		s := Succession{From: r.Cell(cFrom), To: r.Cell(cTo), Pos: t.RowPos(r)}
		ok := knownUnit(units, s.From, t.CellPos(r, cFrom), errs) && knownUnit(units, s.To, t.CellPos(r, cTo), errs)
		if ok && s.From == s.To {
			errs.Add(t.CellPos(r, cTo), fmt.Sprintf("đơn vị %q không thể sáp nhập vào chính nó", s.From),
				"cột to là đơn vị nhận, khác với đơn vị ở cột from")
			ok = false
		}
		if ok && under(units.ByID[s.To], units.ByID[s.From]) {
			errs.Add(t.CellPos(r, cTo), fmt.Sprintf("đơn vị %q nằm dưới %q trong data/units.csv: không thể nhận chính đơn vị cấp trên của mình", s.To, s.From),
				"đơn vị nhận phải nằm ngoài đơn vị thôi tồn tại (ví dụ huyện sáp nhập vào tỉnh, không vào xã của nó)")
			ok = false
		}
		date, err := calendar.ParseDate(r.Cell(cDate))
		switch {
		case err != nil:
			errs.Add(t.CellPos(r, cDate), err.Error(), "ngày viết dạng 01/07/2025 hoặc 2025-07-01")
			ok = false
		case site != nil && (date.Before(site.Campaign.Start) || date.After(site.Campaign.End)):
			errs.Add(t.CellPos(r, cDate), fmt.Sprintf("ngày %s nằm ngoài thời gian phong trào (%s–%s)",
				date.VN(), site.Campaign.Start.VN(), site.Campaign.End.VN()),
				config.OutsideHint(date.Before(site.Campaign.Start), "chỉ ghi những thay đổi xảy ra trong thời gian phong trào"))
			ok = false
		}
		s.Date = date
		if line, dup := first[s.From]; dup && s.From != "" {
			errs.Add(t.CellPos(r, cFrom), fmt.Sprintf("đơn vị %q đã thôi tồn tại ở dòng %d; một đơn vị chỉ thôi tồn tại một lần", s.From, line),
				"giữ một dòng cho mỗi đơn vị ở cột from; nếu đơn vị nhận sau đó lại sáp nhập, ghi thêm dòng cho đơn vị nhận")
			continue
		}
		first[s.From] = r.Line
		if ok {
			out = append(out, s)
		}
	}
	return cutCycles(out, errs)
}

// under reports whether u is below a in the tree of units.csv.
func under(u, a *Unit) bool {
	for p := u.Parent; p != nil && p.Depth >= 0; p = p.Parent {
		if p == a {
			return true
		}
		if p.Depth == 0 {
			break
		}
	}
	return false
}

// knownUnit reports an empty or unknown unit id at pos.
func knownUnit(units *Units, id string, pos diag.Pos, errs *diag.List) bool {
	if id == "" {
		errs.Add(pos, "thiếu mã đơn vị", "điền id của đơn vị như trong data/units.csv")
		return false
	}
	if len(units.ByID) == 0 {
		return false // units.csv could not be read: its error says enough
	}
	if _, ok := units.ByID[id]; !ok {
		errs.AddAfter(UnitCause(id), pos, fmt.Sprintf("đơn vị %q không có trong data/units.csv", id),
			"data/units.csv ghi mọi đơn vị từng tồn tại trong thời gian phong trào; kiểm tra chính tả id")
		return false
	}
	return true
}

// cutCycles reports every succession on a cycle (A → B → A: a unit would be
// part of itself) at its row and returns the others.
func cutCycles(s []Succession, errs *diag.List) []Succession {
	to := make(map[string]string, len(s))
	for _, x := range s {
		to[x.From] = x.To
	}
	out := s[:0]
	for _, x := range s {
		id, cycle := x.To, false
		for step := 0; step <= len(s); step++ {
			if id == x.From {
				cycle = true
				break
			}
			next, ok := to[id]
			if !ok {
				break
			}
			id = next
		}
		if cycle {
			errs.Add(x.Pos, fmt.Sprintf("vòng lặp sáp nhập: %q sáp nhập vào %q, rồi lại quay về %q", x.From, x.To, x.From),
				"một đơn vị không thể (gián tiếp) sáp nhập vào chính nó; kiểm tra cột to")
			continue
		}
		out = append(out, x)
	}
	return out
}

// readOptional reads an optional CSV file whose columns are all required
// and the only ones allowed. It returns nil when there is no such file or
// it cannot be used.
func readOptional(fsys fs.FS, file string, columns []string, errs *diag.List) *sheet.Table {
	if _, err := fs.Stat(fsys, dataFile(fsys, file)); err != nil {
		return nil
	}
	t := readTable(fsys, file, columns, errs)
	if t != nil {
		strictHeader(t, columns, errs)
	}
	return t
}

// strictHeader reports the columns of t that are not in allowed.
func strictHeader(t *sheet.Table, allowed []string, errs *diag.List) {
	for i, h := range t.Header {
		if !slices.Contains(allowed, h) {
			errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %q không được hỗ trợ trong %s", h, t.Path),
				"các cột hợp lệ: "+strings.Join(allowed, ", "))
		}
	}
}

// Receive marks each unit that receives a unit with children in s (the
// new commune of merged communes): it is not a team, even with no child
// of its own (IsLeaf). Load calls it; tests that link units by hand may.
func (units *Units) Receive(s []Succession) {
	for _, x := range s {
		from, to := units.ByID[x.From], units.ByID[x.To]
		if from != nil && to != nil && !from.IsLeaf() {
			to.receives = true
		}
	}
}

// indexSuccessions keeps, for Set.Successor, where each unit ceases.
func (s *Set) indexSuccessions() {
	s.ceased = make(map[string]int, len(s.Successions))
	for i, x := range s.Successions {
		s.ceased[x.From] = i
	}
}

// checkCeased reports report rows of a unit for a month that starts on or
// after the day it ceased, and deeds dated on or after that day, at their
// rows.
func checkCeased(s *Set, errs *diag.List) {
	if len(s.Successions) == 0 {
		return
	}
	for i := range s.Reports {
		r := &s.Reports[i]
		if x, ok := s.Successor(r.Unit); ok && !r.Month.First().Before(x.Date) {
			errs.Add(r.Pos, fmt.Sprintf("báo cáo tháng %s của %q, nhưng đơn vị này đã sáp nhập vào %q từ %s (%s)",
				r.Month.VN(), r.Unit, x.To, x.Date.VN(), x.Pos),
				fmt.Sprintf("ghi số liệu từ tháng này cho đơn vị %q", x.To))
		}
	}
	for i := range s.Deeds {
		d := &s.Deeds[i]
		if x, ok := s.Successor(d.Unit); ok && !d.Date.Before(x.Date) {
			errs.Add(d.Pos, fmt.Sprintf("việc tốt ngày %s của %q, nhưng đơn vị này đã sáp nhập vào %q từ %s (%s)",
				d.Date.VN(), d.Unit, x.To, x.Date.VN(), x.Pos),
				fmt.Sprintf("ghi việc tốt từ ngày này cho đơn vị %q", x.To))
		}
	}
}
