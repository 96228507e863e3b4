// Package fillin writes the fill-in workbooks of du-lieu/mau/: for each
// commune (a unit with teams under it) a report form with a row per team
// for one month, and one for the whole province. Commune police fill in
// the figures in Excel and send the file back; dropped into data/reports/
// as it is, it builds (the headers are those the report reader accepts:
// "Mã tổ", "Tên tổ", "Tháng" and each field's label from criteria.toml).
//
// A form has the data sheet first (the one data/reports reads), its
// header frozen, each figure's column checked by Excel as a number not
// below 0 (a numerator also not above its denominator), and a second
// sheet that explains each column in a sentence.
package fillin

import (
	"fmt"
	"io"
	"path"

	"github.com/xuri/excelize/v2"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// Dir is where the forms are written, relative to the output folder.
const Dir = "du-lieu/mau"

// ProvinceFile is the province-wide form's name in Dir.
const ProvinceFile = "toan-tinh.xlsx"

// MaxTeams is the most teams a site may have for its forms to be written:
// a province has hundreds, a country tens of thousands (thousands of
// communes' forms nobody downloads from one site).
const MaxTeams = 5000

// Form is one workbook to write: its path under the output folder, its
// title and the teams it lists.
type Form struct {
	Path  string
	Title string
	Teams []*data.Unit
}

// Forms returns the forms of the month of res.AsOf: one per unit with
// teams under it (a commune) in the tree in force that day (data/successions.csv
// merges communes), in units.csv order, then the province's. None when
// the site has more than MaxTeams teams.
func Forms(res *results.Results) []Form {
	set := res.Set
	tree := res.TreeOn(res.AsOf)
	teams := map[*data.Unit][]*data.Unit{}
	var all []*data.Unit
	for _, u := range set.Units.All {
		if p := tree.Parent(u); u.IsLeaf() && tree.Lives(u) && p != nil {
			teams[p] = append(teams[p], u)
			all = append(all, u)
		}
	}
	if len(all) == 0 || len(all) > MaxTeams {
		return nil
	}
	var out []Form
	for _, u := range set.Units.All {
		if t := teams[u]; len(t) > 0 {
			out = append(out, Form{Path: path.Join(Dir, u.ID+".xlsx"), Title: u.Name, Teams: t})
		}
	}
	title := "Toàn tỉnh"
	if set.Units.Root != nil {
		title = set.Units.Root.Name
	}
	return append(out, Form{Path: path.Join(Dir, ProvinceFile), Title: title, Teams: all})
}

// field is one figure's column.
type field struct {
	id, label string
	den       string // the denominator's id, for a numerator
	uses      []string
}

// fields returns the report fields the criteria read, in criteria.toml
// order, a denominator before its numerator.
func fields(set *data.Set) []field {
	var out []field
	at := map[string]int{}
	add := func(id, den, use string) {
		if id == "" {
			return
		}
		if i, ok := at[id]; ok {
			out[i].uses = append(out[i].uses, use)
			return
		}
		at[id] = len(out)
		out = append(out, field{id: id, label: set.FieldLabel(id), den: den, uses: []string{use}})
	}
	for _, c := range set.Criteria {
		for _, in := range c.Indicators {
			if in.Source != data.SourceReports {
				continue
			}
			use := fmt.Sprintf("%s «%s»", in.Key(c), in.Label)
			add(in.Denominator, "", "mẫu số của chỉ tiêu "+use)
			add(in.Numerator, in.Denominator, "tử số của chỉ tiêu "+use)
			add(in.Field, "", "số liệu của chỉ tiêu "+use)
		}
	}
	return out
}

// Write writes form f for month m to w.
func Write(w io.Writer, set *data.Set, f Form, m calendar.Month) error {
	x := excelize.NewFile()
	defer x.Close()
	const sheet, help = "Báo cáo", "Hướng dẫn"
	fs := fields(set)
	if err := x.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	head, err := x.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	if err != nil {
		return err
	}
	header := []any{"Mã tổ", "Tên tổ", "Tháng"}
	for _, fd := range fs {
		header = append(header, fd.label)
	}
	if err := x.SetSheetRow(sheet, "A1", &header); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(header), 1)
	if err := x.SetCellStyle(sheet, "A1", last, head); err != nil {
		return err
	}
	if err := x.SetRowHeight(sheet, 1, 60); err != nil {
		return err
	}
	month := m.String()
	for i, u := range f.Teams {
		row := []any{u.ID, u.Name, month}
		if err := x.SetSheetRow(sheet, fmt.Sprintf("A%d", i+2), &row); err != nil {
			return err
		}
	}
	for _, c := range []struct {
		from, to string
		width    float64
	}{{"A", "A", 24}, {"B", "B", 30}, {"C", "C", 10}} {
		if err := x.SetColWidth(sheet, c.from, c.to, c.width); err != nil {
			return err
		}
	}
	end := len(f.Teams) + 1
	for k, fd := range fs {
		col, _ := excelize.ColumnNumberToName(k + 4)
		if err := x.SetColWidth(sheet, col, col, 16); err != nil {
			return err
		}
		if err := x.AddDataValidation(sheet, validation(fd, fs, col, end)); err != nil {
			return err
		}
	}
	if err := x.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 2, YSplit: 1, TopLeftCell: "C2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := writeHelp(x, help, f, fs, m, head); err != nil {
		return err
	}
	_, err = x.WriteTo(w)
	return err
}

// validation is the check Excel makes of a figure's column: a number not
// below 0, and for a numerator not above its denominator on the same row.
func validation(fd field, fs []field, col string, end int) *excelize.DataValidation {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(fmt.Sprintf("%s2:%s%d", col, col, max(end, 2)))
	den := ""
	for k, other := range fs {
		if other.id == fd.den && fd.den != "" {
			den, _ = excelize.ColumnNumberToName(k + 4)
		}
	}
	if den == "" {
		_ = dv.SetRange(0, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween)
		dv.SetError(excelize.DataValidationErrorStyleStop, "Số không hợp lệ", "Ghi một số không âm, ví dụ 12 hoặc 92,5 (ghi 0 nếu không phát sinh).")
		return dv
	}
	dv.Type = "custom"
	// Formula1 is written into the sheet's XML as it is: its "<" and ">" escaped.
	dv.Formula1 = fmt.Sprintf("AND(ISNUMBER(%s2),%s2&gt;=0,%s2&lt;=%s2)", col, col, col, den)
	dv.SetError(excelize.DataValidationErrorStyleStop, "Số không hợp lệ",
		fmt.Sprintf("Ghi một số không âm, không lớn hơn «%s» (cột %s) trên cùng dòng.", labelOf(fs, fd.den), den))
	return dv
}

func labelOf(fs []field, id string) string {
	for _, f := range fs {
		if f.id == id {
			return f.label
		}
	}
	return id
}

// writeHelp writes the sheet that explains each column.
func writeHelp(x *excelize.File, name string, f Form, fs []field, m calendar.Month, head int) error {
	if _, err := x.NewSheet(name); err != nil {
		return err
	}
	rows := [][]any{
		{"Mẫu báo cáo số liệu tháng: " + f.Title},
		{"Điền số liệu vào trang «Báo cáo», mỗi tổ một dòng, rồi gửi tệp cho Công an cấp xã; tệp đặt vào thư mục data/reports/ của trang là dùng được ngay, không cần sửa. Không đổi dòng tiêu đề, không đổi mã tổ."},
		{},
		{"Cột", "Ý nghĩa"},
		{"Mã tổ", "Mã của tổ trong danh sách đơn vị (data/units.csv); đã điền sẵn, không sửa."},
		{"Tên tổ", "Tên của tổ, để người điền dễ nhận ra; không được đọc khi dựng trang."},
		{"Tháng", fmt.Sprintf("Tháng của số liệu, dạng %s (năm-tháng) hoặc %s; đã điền sẵn, sửa nếu báo cáo tháng khác.", m, m.VN())},
	}
	for _, fd := range fs {
		sentence := "Số liệu của tháng, là " + joinUses(fd.uses) + "; ghi số không âm (ghi 0 nếu không phát sinh)"
		if fd.den != "" {
			sentence += fmt.Sprintf(", không lớn hơn «%s»", labelOf(fs, fd.den))
		}
		rows = append(rows, []any{fd.label, sentence + "."})
	}
	for i, r := range rows {
		if err := x.SetSheetRow(name, fmt.Sprintf("A%d", i+1), &r); err != nil {
			return err
		}
	}
	if err := x.SetCellStyle(name, "A4", "B4", head); err != nil {
		return err
	}
	if err := x.SetColWidth(name, "A", "A", 32); err != nil {
		return err
	}
	return x.SetColWidth(name, "B", "B", 110)
}

func joinUses(uses []string) string {
	s := uses[0]
	for _, u := range uses[1:] {
		s += " và " + u
	}
	return s
}
