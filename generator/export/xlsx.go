package export

import (
	"archive/zip"
	"bytes"
	"cmp"
	"compress/flate"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/render"
	"phongtrao/generator/results"
)

// XLSXPath is where the Excel workbook of the results is written,
// relative to the output folder.
const XLSXPath = "du-lieu/ket-qua.xlsx"

// The workbook is for officers who read results in Excel: a sheet per
// started period, its units in tree order (each under its parent, in
// units.csv order) with names indented by depth, the score and ranks, each
// criterion's result and each indicator's value, target and status, in
// Vietnamese. Figures are numbers, shown with formats Excel displays in
// the reader's own locale (85,0% in Vietnamese); the header row is frozen
// and filtered. What it holds is what ket-qua.csv holds, sensitive
// figures left out alike (figures); the CSV and JSON stay the exports of
// record (docs/ket-qua-export.md).
//
// It is written by excelize's StreamWriter, a row at a time, and its
// bytes depend only on the results: excelize writes no clock time, and
// sortedZip puts the sheets in the zip in name order (excelize writes
// streamed sheets in a map's order).

// xlsxStyles are the workbook's cell styles.
type xlsxStyles struct {
	header, text, number, decimal, percent, score int
	indent                                        []int // a unit name's, by depth
}

// WriteXLSX writes du-lieu/ket-qua.xlsx to w.
func WriteXLSX(w io.Writer, r *results.Results) error {
	f := excelize.NewFile()
	defer f.Close()
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return &sortedZip{w: w, parts: map[string]*zipPart{}} })
	st, err := newXLSXStyles(f, r)
	if err != nil {
		return err
	}
	first := true
	names := map[string]bool{}
	for _, p := range r.Periods {
		if !p.Started() {
			continue
		}
		name := sheetName(p.Name, names)
		if first {
			err = f.SetSheetName("Sheet1", name)
			first = false
		} else {
			_, err = f.NewSheet(name)
		}
		if err == nil {
			err = writePeriodSheet(f, name, r, p, st)
		}
		if err != nil {
			return err
		}
	}
	if first { // no period started: one sheet saying so
		if err := f.SetSheetName("Sheet1", "Kết quả"); err != nil {
			return err
		}
		if err := f.SetCellStr("Kết quả", "A1", "Chưa có đợt thi đua nào bắt đầu."); err != nil {
			return err
		}
	}
	_, err = f.WriteTo(w)
	return err
}

// newXLSXStyles makes the workbook's styles.
func newXLSXStyles(f *excelize.File, r *results.Results) (*xlsxStyles, error) {
	var st xlsxStyles
	var err error
	style := func(s *excelize.Style) int {
		id, e := f.NewStyle(s)
		if err == nil {
			err = e
		}
		return id
	}
	st.header = style(&excelize.Style{Font: &excelize.Font{Bold: true},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}})
	st.text = style(&excelize.Style{})
	numFmt := func(code string) int { return style(&excelize.Style{CustomNumFmt: &code}) }
	st.number = numFmt("#,##0")
	st.decimal = numFmt("#,##0.0##")
	st.percent = numFmt("0.0%")
	st.score = numFmt("0.00")
	depth := 0
	for _, u := range r.Set.Units.All {
		depth = max(depth, u.Depth)
	}
	for d := 0; d <= depth; d++ {
		st.indent = append(st.indent, style(&excelize.Style{Alignment: &excelize.Alignment{Indent: min(2*d, 250)},
			Font: &excelize.Font{Bold: d < depth}}))
	}
	return &st, err
}

// sheetName makes a period's name a sheet name Excel accepts: at most 31
// characters, none of []:*?/\, and not one used before.
func sheetName(name string, used map[string]bool) string {
	s := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	s = strings.Trim(s, "'")
	if s == "" {
		s = "Đợt"
	}
	base := []rune(s)
	for n := 1; ; n++ {
		cand := string(base[:min(len(base), 31)])
		if n > 1 {
			suffix := fmt.Sprintf(" (%d)", n)
			cand = string(base[:min(len(base), 31-len(suffix))]) + suffix
		}
		if !used[strings.ToLower(cand)] {
			used[strings.ToLower(cand)] = true
			return cand
		}
	}
}

// xlsxColumn is one column of a period's sheet.
type xlsxColumn struct {
	title string
	width float64
}

// writePeriodSheet writes period p's sheet.
func writePeriodSheet(f *excelize.File, name string, r *results.Results, p *results.Period, st *xlsxStyles) error {
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	cols := []xlsxColumn{{"Đơn vị", 40}, {"Mã đơn vị", 22}, {"Loại", 12}, {"Điểm", 8},
		{"Hạng trong đơn vị cấp trên", 12}, {"Hạng cùng cấp", 10}, {"Số tổ", 8}, {"Tỷ lệ tổ đạt mọi nội dung thi đua", 12}}
	l := newCSVLayout(r)
	for ci, c := range r.Set.Criteria {
		name := c.ID + ". " + cmp.Or(c.Short, c.Title)
		cols = append(cols, xlsxColumn{name + ": kết quả của tổ", 14}, xlsxColumn{name + ": tỷ lệ tổ đạt", 12})
		for _, i := range l.groups[ci] {
			label := r.Indicators[i].Key + " " + r.Indicators[i].Indicator.Label
			cols = append(cols, xlsxColumn{label + ": giá trị", 14}, xlsxColumn{label + ": chỉ tiêu", 12},
				xlsxColumn{label + ": trạng thái", 16})
		}
	}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	row := make([]any, len(cols))
	for i, c := range cols {
		row[i] = excelize.Cell{StyleID: st.header, Value: c.title}
	}
	if err := sw.SetRow("A1", row, excelize.RowOpts{Height: 75}); err != nil {
		return err
	}
	n := 1
	for _, u := range treeOrder(p) {
		n++
		row = row[:0]
		row = append(row, excelize.Cell{StyleID: st.indent[min(u.Depth, len(st.indent)-1)], Value: u.Unit.Name},
			cell(st.text, u.Unit.ID), cell(st.text, u.Unit.Kind), ratCell(st.score, u.Score),
			cell(st.number, u.Rank.Siblings), cell(st.number, u.Rank.Level))
		if u.Leaf {
			row = append(row, nil, nil)
		} else {
			row = append(row, cell(st.number, u.Leaves), ratCell(st.percent, u.AllMetShare))
		}
		for ci := range r.Set.Criteria {
			c := &u.Criteria[ci]
			switch {
			case !u.Leaf:
				row = append(row, nil, ratCell(st.percent, c.Share))
			case c.Met:
				row = append(row, cell(st.text, "Đạt"), nil)
			default:
				row = append(row, cell(st.text, "Chưa đạt"), nil)
			}
			for _, i := range l.groups[ci] {
				row = append(row, indicatorCells(st, l.defs[i], u, &u.Indicators[i])...)
			}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", n), row); err != nil {
			return err
		}
	}
	// A table gives the header its filter buttons as the rows are
	// streamed; File.AutoFilter would read the written sheet back whole
	// (measured: 80% of the demo's workbook time).
	last, _ := excelize.CoordinatesToCellName(len(cols), max(n, 2))
	stripes := false
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: tableName(sheetIndex(f, name)),
		StyleName: "TableStyleLight1", ShowRowStripes: &stripes}); err != nil {
		return err
	}
	return sw.Flush()
}

// tableName names the table of the i-th sheet: a workbook's table names are unique.
func tableName(i int) string { return fmt.Sprintf("KetQua%d", i+1) }

// sheetIndex returns the index of sheet name.
func sheetIndex(f *excelize.File, name string) int {
	i, _ := f.GetSheetIndex(name)
	return i
}

// indicatorCells returns an indicator's value, target and status cells:
// the value as the CSV has it (a fraction as a percentage, left out where
// figures leaves it out), a team's target (not a sensitive indicator's),
// and a team's status in words.
func indicatorCells(st *xlsxStyles, def *data.Indicator, u *results.UnitResult, in *results.IndicatorResult) []any {
	out := []any{nil, nil, nil}
	if figures(def, u, in).value == written {
		if in.Fraction() {
			out[0] = excelize.Cell{StyleID: st.percent, Value: in.Numerator.Float() / in.Denominator.Float()}
		} else {
			v, _ := in.Decimal()
			out[0] = decimalCell(st, v)
		}
	}
	if u.Leaf && !def.Sensitive {
		if def.Kind == data.KindRatio {
			out[1] = excelize.Cell{StyleID: st.percent, Value: in.Target.Float()}
		} else {
			out[1] = decimalCell(st, in.Target)
		}
	}
	if u.Leaf && in.Status != 0 {
		word, _ := render.StatusWord(in.Status)
		out[2] = cell(st.text, word)
	}
	return out
}

// cell is a value with a style.
func cell(style int, v any) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }

// decimalCell is d as a number: whole with thousands, else with its decimals.
func decimalCell(st *xlsxStyles, d decimal.D) excelize.Cell {
	if d%decimal.Scale == 0 {
		return cell(st.number, int64(d/decimal.Scale))
	}
	return cell(st.decimal, d.Float())
}

// ratCell is r as a number, or an empty cell for nil.
func ratCell(style int, r *big.Rat) any {
	if r == nil {
		return nil
	}
	f, _ := r.Float64()
	return cell(style, f)
}

// treeOrder returns the period's units with a result, each parent before
// its children, children in units.csv order.
func treeOrder(p *results.Period) []*results.UnitResult {
	kids := map[*data.Unit][]*results.UnitResult{}
	var roots []*results.UnitResult
	for _, u := range p.Units {
		switch {
		case u.Absent:
		case u.Parent == nil:
			roots = append(roots, u)
		default:
			kids[u.Parent] = append(kids[u.Parent], u)
		}
	}
	out := make([]*results.UnitResult, 0, len(p.Units))
	var walk func(u *results.UnitResult)
	walk = func(u *results.UnitResult) {
		out = append(out, u)
		for _, k := range kids[u.Unit] {
			walk(k)
		}
	}
	for _, u := range roots {
		walk(u)
	}
	return out
}

// sortedZip is a zip writer for excelize that keeps the parts until Close
// and writes them in name order. A part is kept compressed (a national
// workbook's sheets are hundreds of megabytes of XML), with what its zip
// header needs.
type sortedZip struct {
	w     io.Writer
	parts map[string]*zipPart
}

// zipPart is one compressed part.
type zipPart struct {
	data bytes.Buffer
	fw   *flate.Writer
	crc  hash.Hash32
	size uint64
}

func (p *zipPart) Write(b []byte) (int, error) {
	p.crc.Write(b)
	p.size += uint64(len(b))
	return p.fw.Write(b)
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	p := &zipPart{crc: crc32.NewIEEE()}
	fw, err := flate.NewWriter(&p.data, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	p.fw = fw
	z.parts[name] = p
	return p, nil
}

func (z *sortedZip) AddFS(fs.FS) error { return errors.New("sortedZip: AddFS is not supported") }

func (z *sortedZip) Close() error {
	zw := zip.NewWriter(z.w)
	for _, name := range slices.Sorted(maps.Keys(z.parts)) {
		p := z.parts[name]
		if err := p.fw.Close(); err != nil {
			return err
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: p.crc.Sum32(),
			CompressedSize64: uint64(p.data.Len()), UncompressedSize64: p.size})
		if err != nil {
			return err
		}
		if _, err := p.data.WriteTo(w); err != nil {
			return err
		}
	}
	return zw.Close()
}
