package data

import (
	"fmt"
	"io/fs"

	"phongtrao/generator/diag"
	"phongtrao/generator/sheet"
)

// readTable reads a data file of fsys, the CSV file named file or the
// Excel workbook of the same stem (dataFile), and checks that it has the
// required columns. It returns nil when the file cannot be used.
func readTable(fsys fs.FS, file string, required []string, errs *diag.List) *sheet.Table {
	file = dataFile(fsys, file)
	src, err := readData(fsys, file)
	return parseTable(file, src, err, required, errs)
}

// parseTable is readTable for a file already read: src and err are what
// fs.ReadFile returned. The table keeps src.
func parseTable(file string, src []byte, err error, required []string, errs *diag.List) *sheet.Table {
	if err != nil {
		unreadable(file, err, errs)
		return nil
	}
	t, terrs := sheet.Read(file, src)
	errs.Append(terrs)
	if t == nil {
		return nil
	}
	if missing := missingColumns(t, required); missing.Len() > 0 {
		errs.Append(missing)
		return nil
	}
	return t
}

// openTable is parseTable for a file whose rows are read one at a time
// (sheet.Open). When a required column is missing it reads the rows all
// the same, for the problems that sheet.Read would have found, and
// returns nil. A header whose key (headerKey) is in aliases is read as
// the column it names, unless the file also has that column.
func openTable(file string, src []byte, err error, required []string, aliases map[string]string, errs *diag.List) *sheet.Table {
	if err != nil {
		unreadable(file, err, errs)
		return nil
	}
	t, terrs := sheet.Open(file, src)
	errs.Append(terrs)
	if t == nil {
		return nil
	}
	for i, h := range t.Header {
		if name, ok := aliases[headerKey(h)]; ok && t.Col(name) < 0 {
			t.Header[i] = name
		}
	}
	missing := missingColumns(t, required)
	if missing.Len() == 0 {
		return t
	}
	for ok := true; ok; _, ok = t.Next(errs) {
	}
	if !t.Failed() {
		errs.Append(missing)
	}
	return nil
}

// missingColumns reports each of the required columns that t lacks.
func missingColumns(t *sheet.Table, required []string) *diag.List {
	var errs diag.List
	for _, name := range required {
		if t.Col(name) < 0 {
			errs.Add(diag.Pos{File: t.Path, Line: t.HeaderLine}, fmt.Sprintf("thiếu cột %q trong dòng tiêu đề", name),
				fmt.Sprintf("dòng đầu tiên cần có các cột %v (không phân biệt hoa thường)", required))
		}
	}
	return &errs
}

// UnitCause is the cause (diag.List.Break) of a units.csv row refused
// with its id: a report, deed or story naming that id then follows from
// the row's problem, not from a misspelt id of its own.
func UnitCause(id string) string { return "unit:" + id }

func loadUnits(fsys fs.FS, errs *diag.List) *Units {
	us := &Units{ByID: map[string]*Unit{}}
	t := readTable(fsys, UnitsFile, []string{"id", "name", "kind", "parent"}, errs)
	if t == nil {
		return us
	}
	cID, cName, cKind, cParent := t.Col("id"), t.Col("name"), t.Col("kind"), t.Col("parent")
	us.ByID = make(map[string]*Unit, len(t.Rows))
	us.All = make([]*Unit, 0, len(t.Rows))
	units := make([]Unit, len(t.Rows))           // one allocation for every unit
	parents := make([]parentRef, 0, len(t.Rows)) // parallel to us.All
	for k, r := range t.Rows {
		u := &units[k] // zero: filled field by field, without a bulk write barrier
		u.ID, u.Name, u.Kind, u.Pos = r.Cell(cID), r.Cell(cName), r.Cell(cKind), t.RowPos(r)
		switch {
		case u.ID == "":
			errs.Add(t.CellPos(r, cID), "thiếu id của đơn vị", "mỗi dòng cần một id duy nhất, ví dụ thon-1")
			continue
		case !isID(u.ID):
			errs.Add(t.CellPos(r, cID), fmt.Sprintf("id %q chỉ được gồm chữ thường không dấu, số và dấu gạch ngang", u.ID),
				"ví dụ quang-son-thon-1 (không dấu, không khoảng trắng)")
			errs.Break(UnitCause(u.ID))
			continue
		}
		if prev, dup := us.ByID[u.ID]; dup {
			errs.Add(t.CellPos(r, cID), fmt.Sprintf("id %q bị trùng với dòng %d", u.ID, prev.Pos.Line), "mỗi đơn vị cần một id riêng")
			continue
		}
		if u.Name == "" {
			errs.Add(t.CellPos(r, cName), fmt.Sprintf("đơn vị %q thiếu tên", u.ID), "điền tên đơn vị vào cột name")
		}
		if u.Kind == "" {
			errs.Add(t.CellPos(r, cKind), fmt.Sprintf("đơn vị %q thiếu loại (cột kind)", u.ID),
				"ghi loại đơn vị như người dân gọi: Tỉnh, Huyện, Xã, Phường, Thôn, Bon, Buôn, Tổ dân phố...")
		}
		u.seq = len(us.All)
		us.ByID[u.ID] = u
		us.All = append(us.All, u)
		parents = append(parents, parentRef{id: r.Cell(cParent), row: r, col: cParent})
	}
	link(us, t, parents, errs)
	return us
}

// isID reports whether s matches config.IDPattern (^[a-z0-9-]+$), without
// a regular expression: it runs for every unit and deed.
func isID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// parentRef is the parent cell of a units.csv row.
type parentRef struct {
	id  string
	row sheet.Row
	col int
}

// link connects parents and children, finds the root, and reports unknown
// parents, several roots and cycles. parents[i] is us.All[i]'s.
func link(us *Units, t *sheet.Table, parents []parentRef, errs *diag.List) {
	for i, u := range us.All {
		pid := parents[i].id
		if pid == "" {
			if us.Root != nil {
				errs.Add(u.Pos, fmt.Sprintf("đơn vị %q không có cấp trên, nhưng %q (dòng %d) đã là đơn vị gốc", u.ID, us.Root.ID, us.Root.Pos.Line),
					"chỉ một đơn vị (tỉnh) để trống cột parent; điền parent cho các đơn vị khác")
				continue
			}
			us.Root = u
			continue
		}
		p, ok := us.ByID[pid]
		if !ok {
			errs.AddAfter(UnitCause(pid), t.CellPos(parents[i].row, parents[i].col), fmt.Sprintf("cấp trên %q của %q không có trong danh sách đơn vị", pid, u.ID),
				"kiểm tra chính tả id trong cột parent")
			continue
		}
		u.Parent = p
	}
	children(us.All)
	switch {
	case us.Root == nil && len(us.All) > 0:
		errs.Add(diag.Pos{File: t.Path, Line: t.HeaderLine}, "không có đơn vị gốc (một dòng để trống cột parent)",
			"đơn vị cấp cao nhất (tỉnh) để trống cột parent")
	case len(t.Rows) == 0:
		errs.Add(diag.Pos{File: t.Path, Line: t.HeaderLine}, "không có đơn vị nào: tệp chỉ có dòng tiêu đề",
			"thêm mỗi đơn vị một dòng dưới dòng tiêu đề, bắt đầu bằng đơn vị gốc (tỉnh) để trống cột parent")
	}
	depths(us.All)
	for i, u := range us.All {
		if u.Parent != nil && u.Depth < 0 {
			errs.Add(t.CellPos(parents[i].row, parents[i].col), fmt.Sprintf("vòng lặp cấp trên: %q là cấp trên gián tiếp của chính nó", u.ID),
				"kiểm tra cột parent: một đơn vị không thể nằm dưới chính nó")
		}
	}
}

// children fills each unit's Children in file order, all in one array.
func children(all []*Unit) {
	count := make([]int, len(all))
	total := 0
	for _, u := range all {
		if u.Parent != nil {
			count[u.Parent.seq]++
			total++
		}
	}
	slab := make([]*Unit, total)
	at := 0
	for i, u := range all {
		if n := count[i]; n > 0 {
			u.Children = slab[at : at : at+n]
			at += n
		}
	}
	for _, u := range all {
		if p := u.Parent; p != nil {
			p.Children = append(p.Children, u)
		}
	}
}

// depths sets each unit's Depth: its number of ancestors, or -1 when a
// cycle is found going up from it (the unit is in the cycle or under it).
// Each unit is walked once: a walk stops at a unit whose depth is known.
func depths(all []*Unit) {
	const unknown, walking = -2, -3
	for _, u := range all {
		u.Depth = unknown
	}
	var path []*Unit
	for _, u := range all {
		path = path[:0]
		p := u
		for p.Depth == unknown && p.Parent != nil {
			p.Depth = walking
			path = append(path, p)
			p = p.Parent
		}
		base := p.Depth // known (≥ 0 or -1), a cycle (walking), or a top unit
		switch {
		case p.Depth == walking:
			base = -1
		case p.Parent == nil && p.Depth == unknown:
			p.Depth, base = 0, 0
		}
		for i := len(path) - 1; i >= 0; i-- {
			if base >= 0 {
				base++
			}
			path[i].Depth = base
		}
	}
}
