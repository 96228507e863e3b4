package data

import (
	"fmt"
	"io/fs"

	"phongtrao/generator/config"
	"phongtrao/generator/diag"
	"phongtrao/generator/sheet"
)

// readTable reads a CSV file of fsys and checks that it has the required columns.
// It returns nil when the file cannot be used.
func readTable(fsys fs.FS, file string, required []string, errs *diag.List) *sheet.Table {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		errs.Add(diag.Pos{File: file}, "không đọc được tệp: "+err.Error(), "kiểm tra tệp có tồn tại trong thư mục data/")
		return nil
	}
	t, terrs := sheet.Read(file, src)
	errs.Append(terrs)
	if t == nil {
		return nil
	}
	ok := true
	for _, name := range required {
		if t.Col(name) < 0 {
			errs.Add(diag.Pos{File: file, Line: t.HeaderLine}, fmt.Sprintf("thiếu cột %q trong dòng tiêu đề", name),
				fmt.Sprintf("dòng đầu tiên cần có các cột %v (không phân biệt hoa thường)", required))
			ok = false
		}
	}
	if !ok {
		return nil
	}
	return t
}

func loadUnits(fsys fs.FS, errs *diag.List) *Units {
	us := &Units{ByID: map[string]*Unit{}}
	t := readTable(fsys, UnitsFile, []string{"id", "name", "kind", "parent"}, errs)
	if t == nil {
		return us
	}
	cID, cName, cKind, cParent := t.Col("id"), t.Col("name"), t.Col("kind"), t.Col("parent")
	parents := map[*Unit]parentRef{}
	for _, r := range t.Rows {
		if !t.Complete(r, []int{cID, cName, cKind, cParent}, errs) {
			continue
		}
		u := &Unit{ID: r.Cell(cID), Name: r.Cell(cName), Kind: r.Cell(cKind), Pos: t.RowPos(r)}
		switch {
		case u.ID == "":
			errs.Add(t.CellPos(r, cID), "thiếu id của đơn vị", "mỗi dòng cần một id duy nhất, ví dụ thon-1")
			continue
		case !config.IDPattern.MatchString(u.ID):
			errs.Add(t.CellPos(r, cID), fmt.Sprintf("id %q chỉ được gồm chữ thường không dấu, số và dấu gạch ngang", u.ID),
				"ví dụ quang-son-thon-1 (không dấu, không khoảng trắng)")
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
		us.ByID[u.ID] = u
		us.All = append(us.All, u)
		parents[u] = parentRef{id: r.Cell(cParent), pos: t.CellPos(r, cParent)}
	}
	link(us, t, parents, errs)
	return us
}

// parentRef is the parent cell of a units.csv row.
type parentRef struct {
	id  string
	pos diag.Pos
}

// link connects parents and children, finds the root, and reports unknown
// parents, several roots and cycles.
func link(us *Units, t *sheet.Table, parents map[*Unit]parentRef, errs *diag.List) {
	for _, u := range us.All {
		pid := parents[u].id
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
			errs.Add(parents[u].pos, fmt.Sprintf("cấp trên %q của %q không có trong danh sách đơn vị", pid, u.ID),
				"kiểm tra chính tả id trong cột parent")
			continue
		}
		u.Parent = p
		p.Children = append(p.Children, u)
	}
	if us.Root == nil && len(us.All) > 0 {
		errs.Add(diag.Pos{File: UnitsFile, Line: t.HeaderLine}, "không có đơn vị gốc (một dòng để trống cột parent)",
			"đơn vị cấp cao nhất (tỉnh) để trống cột parent")
	}
	for _, u := range us.All {
		if u.Parent == nil {
			continue
		}
		depth, seen := 0, map[*Unit]bool{}
		for p := u; p.Parent != nil; p = p.Parent {
			if seen[p] {
				errs.Add(parents[u].pos, fmt.Sprintf("vòng lặp cấp trên: %q là cấp trên gián tiếp của chính nó", u.ID),
					"kiểm tra cột parent: một đơn vị không thể nằm dưới chính nó")
				depth = -1
				break
			}
			seen[p] = true
			depth++
		}
		u.Depth = depth
	}
}
