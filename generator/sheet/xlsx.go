package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"html"
	"io"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	kflate "github.com/klauspost/compress/flate"

	"phongtrao/generator/diag"
)

// An .xlsx workbook is a zip of XML parts. The small ones (the list of
// sheets, the shared strings, the cell styles) are read with encoding/xml;
// the sheet itself, which holds every row, is scanned here for its <row>,
// <c>, <v>, <f> and <is> elements, as it is inflated, through a window of
// a few hundred kilobytes (a national site's workbooks unzip to 430 MB).
// A generic XML decoder (excelize's Rows, encoding/xml) spends
// microseconds per cell, ninety times what reading the same rows from CSV
// costs (measured on a national month file: 82,200 rows, 5 s against
// 55 ms), and excelize's Rows cannot tell a cell's number format; this
// scanner keeps loading the national reports from workbooks within twice
// loading them from CSV (BenchmarkReportsXLSX in generator/data;
// BenchmarkOpen here times the reading alone).
//
// Rows above the header that hold a single cell are titles, and skipped:
// the header is the first row of two cells or more (every table in data/
// has two columns at least).
//
// Values are read as the workbook stores them, then written as text that
// the CSV rules read (decimal.Parse, calendar dates): a number formatted as
// a percentage (stored 0.85) becomes "85%", as Excel writes it to CSV; a
// date (a serial number of days) becomes "2025-03-14"; any other number
// its shortest decimal form, rounded to Excel's 15 significant digits. A
// formula gives its cached value; one without (a workbook saved by a
// program that does not compute) is an error.

// IsXLSX reports whether file is read as an Excel workbook.
func IsXLSX(file string) bool { return strings.EqualFold(path.Ext(file), ".xlsx") }

// maxXMLSize is the most bytes a sheet may take once unzipped.
const maxXMLSize = 2 * MaxFileSize

// windowSize is the bytes of a sheet's XML held at a time at first: the
// sheet is inflated as it is scanned, and the window grows only for a row
// longer than it.
const windowSize = 256 << 10

// workbook is what an .xlsx file holds for reading one sheet.
type workbook struct {
	strings  []string // the shared strings
	formats  []cellFormat
	date1904 bool
	src      io.Reader // the sheet's XML, inflated as it is read
	xml      []byte    // a window on the sheet: what src gave after the bytes already scanned
	i        int       // where the scan is in xml
	safe     int       // xml[:safe] ends after a "</row>": a row that starts before safe ends there
	eof      bool      // xml holds the rest of the sheet
	read     int64     // the bytes src has given
	size     uint64    // the sheet's size, unzipped, as the zip says
	row      int       // the last row's number
	rows     int       // the last row the sheet's <dimension> names, 0 when unknown
	width    int       // the header's columns, once read
	cells    []string
	spans    []cellText       // the row's cells, in buf or shared strings
	buf      []byte           // the row's texts
	bad      *diag.Diagnostic // the problem of the row being read
}

// cellFormat is what a cell's number format says of its number.
type cellFormat uint8

const (
	plainNumber cellFormat = iota
	percent
	date
)

// openWorkbook is Open for an .xlsx file.
func openWorkbook(path string, src []byte, errs *diag.List) (*Table, *diag.List) {
	wb, bad := openXLSX(path, src)
	if bad != nil {
		errs.Add(bad.Pos, bad.Msg, bad.Hint)
		return nil, errs
	}
	t := &Table{Path: path, wb: wb}
	header, err := t.record(errs)
	if err != nil {
		if err == io.EOF {
			errs.Add(diag.Pos{File: path, Line: 1}, "trang tính trống: thiếu dòng tiêu đề", "dòng đầu tiên phải là tên các cột")
			return t, errs
		}
		return nil, errs
	}
	t.readHeader(header, errs)
	return t, errs
}

// RowsHint returns at most how many rows follow the header of a
// workbook, as its sheet says, for a caller to make room for them; 0 for
// a CSV file or when the sheet does not say.
func (t *Table) RowsHint() int {
	if t.wb == nil || t.wb.rows <= t.HeaderLine {
		return 0
	}
	// A row takes 40 bytes of XML at the least: a sheet formatted down
	// to row 1,048,576 does not have that many.
	return min(t.wb.rows-t.HeaderLine, int(min(t.wb.size, maxXMLSize)/40))
}

// xlsxRecord is record for an .xlsx file: the next row holding a value,
// as long as the header. A cell that cannot be read is reported and its
// row left out (as encoding/csv cannot tell where a broken CSV row ends,
// a whole CSV file is; a workbook's rows are whole).
func (t *Table) xlsxRecord(errs *diag.List) (Row, error) {
	for {
		line, cells, err := t.wb.next(t.Path)
		if err != nil {
			if err != io.EOF {
				errs.Add(diag.Pos{File: t.Path}, "không đọc được tệp Excel: "+err.Error(),
					"mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng Sổ làm việc Excel (.xlsx)")
				t.failed = true
			}
			return Row{}, err
		}
		if t.wb.bad != nil {
			errs.Add(t.wb.bad.Pos, t.wb.bad.Msg, t.wb.bad.Hint)
			continue
		}
		row := Row{Line: line, cells: cells}
		if t.keep {
			row.cells = append([]string(nil), cells...)
			row.at = make([]pos, len(cells))
		} else {
			t.at = append(t.at[:0], make([]pos, len(cells))...)
			row.at = t.at
		}
		for i := range row.at {
			row.at[i] = pos{int32(line), int32(i + 1)}
		}
		t.limitCells(row, errs)
		return row, nil
	}
}

// openXLSX opens the sheet of src that Open reads: the one named like the
// file, else the first. It returns the workbook or a problem.
func openXLSX(file string, src []byte) (*workbook, *diag.Diagnostic) {
	bad := func(msg string) (*workbook, *diag.Diagnostic) {
		return nil, &diag.Diagnostic{Pos: diag.Pos{File: file}, Msg: "không đọc được tệp Excel: " + msg,
			Hint: "mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng Sổ làm việc Excel (.xlsx); tệp .xls cũ cần lưu lại dạng .xlsx"}
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return bad("tệp không phải dạng .xlsx (" + err.Error() + ")")
	}
	zr.RegisterDecompressor(zip.Deflate, inflate)
	parts := make(map[string]*zip.File, len(zr.File))
	for _, f := range zr.File {
		parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	var wbx struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := readXML(parts, "xl/workbook.xml", &wbx); err != nil {
		return bad(err.Error())
	}
	if len(wbx.Sheets) == 0 {
		return bad("sổ làm việc không có trang tính nào")
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := readXML(parts, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return bad(err.Error())
	}
	target := func(t string) string {
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(t, "/")
		}
		return path.Clean("xl/" + t)
	}
	chosen := wbx.Sheets[0]
	stem := strings.TrimSuffix(path.Base(file), path.Ext(file))
	for _, s := range wbx.Sheets {
		if strings.EqualFold(strings.TrimSpace(s.Name), stem) {
			chosen = s
			break
		}
	}
	wb := &workbook{date1904: wbx.Pr.Date1904 == "1" || wbx.Pr.Date1904 == "true"}
	sheetPart := ""
	for _, r := range rels.Rel {
		switch {
		case r.ID == chosen.ID:
			sheetPart = target(r.Target)
		case strings.HasSuffix(r.Type, "/sharedStrings"):
			if wb.strings, err = sharedStrings(parts, target(r.Target)); err != nil {
				return bad(err.Error())
			}
		case strings.HasSuffix(r.Type, "/styles"):
			if wb.formats, err = formats(parts, target(r.Target)); err != nil {
				return bad(err.Error())
			}
		}
	}
	f := parts[sheetPart]
	if f == nil {
		return bad(fmt.Sprintf("không tìm thấy trang tính %q", chosen.Name))
	}
	if f.UncompressedSize64 > maxXMLSize {
		return bad(fmt.Sprintf("trang tính %q quá lớn (%d MB khi giải nén)", chosen.Name, f.UncompressedSize64>>20))
	}
	if wb.src, err = f.Open(); err != nil {
		return bad(err.Error())
	}
	wb.size, wb.xml = f.UncompressedSize64, make([]byte, 0, windowSize)
	// The rows start after <sheetData>, and <dimension> comes before it.
	for start := -1; start < 0; {
		if err := wb.more(); err != nil {
			return bad(err.Error())
		}
		if start = bytes.Index(wb.xml, []byte("sheetData")); start < 0 && wb.eof {
			start = len(wb.xml)
		}
		wb.i = start
	}
	if wb.rows = dimensionRows(wb.xml[:wb.i]); wb.rows <= 1 {
		wb.rows = wb.estimateRows()
	}
	return wb, nil
}

// inflate decompresses a part with klauspost/compress's flate reader:
// 1.2–1.4 times the standard library's speed on a sheet
// (BenchmarkInflate), and inflating is about a third of reading a
// workbook (BenchmarkReportsXLSX in generator/data).
func inflate(r io.Reader) io.ReadCloser { return kflate.NewReader(r) }

// more reads on into the window: it keeps what is left to scan
// (xml[i:]), moved to the front, and doubles the window when that fills
// it. A sheet is refused past maxXMLSize bytes (a zip may state a false
// size).
func (wb *workbook) more() error {
	n := copy(wb.xml[:cap(wb.xml)], wb.xml[max(wb.i, 0):])
	wb.xml, wb.i = wb.xml[:n], 0
	if n == cap(wb.xml) {
		wb.xml = append(wb.xml, make([]byte, n)...)[:n]
	}
	k, err := io.ReadFull(wb.src, wb.xml[n:cap(wb.xml)])
	wb.xml, wb.read = wb.xml[:n+k], wb.read+int64(k)
	switch {
	case wb.read > maxXMLSize:
		return fmt.Errorf("trang tính quá %d MB khi giải nén", maxXMLSize>>20)
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		wb.eof = true
	case err != nil:
		return fmt.Errorf("trang tính hỏng (%v)", err)
	}
	if wb.eof {
		wb.safe = len(wb.xml)
	} else if j := bytes.LastIndex(wb.xml, []byte("</row>")); j >= 0 {
		wb.safe = j + len("</row>")
	} else {
		wb.safe = 0
	}
	return nil
}

// readXML decodes a small part into v; a missing part is an error.
func readXML(parts map[string]*zip.File, name string, v any) error {
	f := parts[name]
	if f == nil {
		return fmt.Errorf("thiếu phần %s", name)
	}
	if f.UncompressedSize64 > maxXMLSize {
		return fmt.Errorf("phần %s quá lớn", name)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("phần %s hỏng: %v", name, err)
	}
	defer rc.Close()
	// A zip may state a false size: past maxXMLSize the XML is cut short,
	// and so broken.
	if err := xml.NewDecoder(io.LimitReader(rc, maxXMLSize)).Decode(v); err != nil {
		return fmt.Errorf("phần %s hỏng: %v", name, err)
	}
	return nil
}

// sharedStrings reads the workbook's table of strings: the text of each
// <si>, its runs joined, without phonetic guides (<rPh>).
func sharedStrings(parts map[string]*zip.File, name string) ([]string, error) {
	var sst struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	if err := readXML(parts, name, &sst); err != nil {
		return nil, err
	}
	out := make([]string, len(sst.SI))
	for i, si := range sst.SI {
		s := si.T
		for _, r := range si.R {
			s += r.T
		}
		out[i] = s
	}
	return out, nil
}

// formats reads what the number format of each cell style (<cellXfs>) says.
func formats(parts map[string]*zip.File, name string) ([]cellFormat, error) {
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := readXML(parts, name, &st); err != nil {
		return nil, err
	}
	custom := map[int]string{}
	for _, n := range st.NumFmts {
		custom[n.ID] = n.Code
	}
	out := make([]cellFormat, len(st.Xfs))
	for i, x := range st.Xfs {
		if code, ok := custom[x.NumFmtID]; ok {
			out[i] = formatOf(code)
			continue
		}
		switch id := x.NumFmtID; {
		case id == 9 || id == 10:
			out[i] = percent
		case id >= 14 && id <= 22, id >= 45 && id <= 47:
			out[i] = date
		}
	}
	return out, nil
}

// formatOf classifies a custom number format code: a "%" outside quotes
// makes a percentage, a day, month or year part a date.
func formatOf(code string) cellFormat {
	code, _, _ = strings.Cut(code, ";") // the format of positive numbers
	quoted, bracket := false, false
	dateLike := false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '\\' || c == '_' || c == '*':
			i++ // the next character is shown as is
		case c == '[':
			bracket = true
		case c == ']':
			bracket = false
		case bracket:
		case c == '%':
			return percent
		case strings.IndexByte("dDmMyY", c) >= 0:
			dateLike = true
		}
	}
	if dateLike {
		return date
	}
	return plainNumber
}

// estimateRows guesses the sheet's last row from the rows in the window
// and the sheet's stated size, for a sheet whose <dimension> does not say
// (programs that write rows as they come leave it at "A1"). It guesses
// 5% over: a file with more rows than guessed only costs the caller
// room made twice.
func (wb *workbook) estimateRows() int {
	body := wb.xml[wb.i:]
	n := bytes.Count(body, []byte("</row>"))
	if wb.eof || n == 0 {
		return n
	}
	rest := float64(min(wb.size, maxXMLSize)) - float64(wb.read-int64(len(body)))
	return int(float64(n) * rest / float64(len(body)) * 1.05)
}

// dimensionRows returns the last row of the sheet's <dimension
// ref="A1:O31201">, which comes before its rows, or 0; head is the sheet
// up to its rows.
func dimensionRows(head []byte) int {
	i := bytes.Index(head, []byte("dimension "))
	if i < 0 {
		return 0
	}
	j := bytes.IndexByte(head[i:], '>')
	if j < 0 {
		return 0
	}
	ref := attr(head[i+9:i+j], "ref")
	if k := bytes.IndexByte(ref, ':'); k >= 0 {
		ref = ref[k+1:]
	}
	row, _ := splitRef(ref)
	return row
}

// splitRef reads "C12" as row 12, column 3 (0, 0 when it is not a reference).
func splitRef[T string | []byte](ref T) (row, col int) {
	i := 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
	}
	for ; i < len(ref); i++ {
		if ref[i] < '0' || ref[i] > '9' {
			return 0, 0
		}
		row = row*10 + int(ref[i]-'0')
	}
	return row, col
}

// next returns the next row that holds a value: its number and its cells
// (valid until the next call), io.EOF after the last. A cell that cannot
// be read (a formula without a value, an error value) is reported in
// wb.bad, and the row's other cells are still returned.
func (wb *workbook) next(file string) (int, []string, error) {
	for {
		wb.bad = nil
		for wb.i >= wb.safe && !wb.eof { // the next row may not be whole in the window
			if err := wb.more(); err != nil {
				return 0, nil, err
			}
		}
		tag, ok := wb.tag()
		if !ok || tag.end && tag.name == "sheetData" {
			wb.xml, wb.i, wb.safe, wb.eof = nil, 0, 0, true
			return 0, nil, io.EOF
		}
		if tag.end || tag.name != "row" {
			continue
		}
		if r := attrInt(tag.attrs, "r"); r > 0 {
			wb.row = r
		} else {
			wb.row++
		}
		wb.buf, wb.spans = wb.buf[:0], wb.spans[:0]
		if !tag.selfClosing {
			wb.rowCells(file)
		}
		wb.texts()
		if wb.width > 0 && len(wb.cells) > wb.width { // empty cells past the header
			n := len(wb.cells)
			for n > wb.width && blank(wb.cells[n-1]) {
				n--
			}
			wb.cells = wb.cells[:n]
		}
		filled := 0
		for _, c := range wb.cells {
			if !blank(c) {
				filled++
			}
		}
		if filled == 0 && wb.bad == nil {
			continue // a blank row
		}
		if wb.width == 0 && filled == 1 {
			continue // a title above the header (a header has two columns at least)
		}
		if wb.width == 0 { // the header: trailing empty columns left out
			n := len(wb.cells)
			for n > 0 && blank(wb.cells[n-1]) {
				n--
			}
			wb.cells, wb.width = wb.cells[:n], n
		}
		for len(wb.cells) < wb.width { // Excel leaves out empty cells
			wb.cells = append(wb.cells, "")
		}
		return wb.row, wb.cells, nil
	}
}

// blank reports whether a cell holds only spaces, quickly for the usual
// cell that starts with a letter or digit.
func blank(s string) bool {
	if s != "" && s[0] > ' ' && s[0] < utf8.RuneSelf {
		return false
	}
	return strings.TrimSpace(s) == ""
}

// cellText is where a cell's text is: a shared string, or from lo to hi
// in the row's buffer (lo < 0 for a shared string).
type cellText struct {
	s      string
	lo, hi int
}

// texts makes the row's cells from its spans: the texts written to the
// row's buffer share one string, so that a row costs one allocation.
func (wb *workbook) texts() {
	all := string(wb.buf)
	wb.cells = wb.cells[:0]
	for _, sp := range wb.spans {
		if sp.lo < 0 {
			wb.cells = append(wb.cells, sp.s)
		} else {
			wb.cells = append(wb.cells, all[sp.lo:sp.hi])
		}
	}
}

// rowCells reads the cells of a row up to </row> into wb.spans.
func (wb *workbook) rowCells(file string) {
	col := 0
	for {
		attrs, selfClosing, ok := wb.cellTag()
		if !ok {
			tag, ok := wb.tag()
			if !ok || tag.end && tag.name == "row" {
				return
			}
			if tag.end || tag.name != "c" {
				continue
			}
			attrs, selfClosing = tag.attrs, tag.selfClosing
		}
		ref, style, kind := cellAttrs(attrs)
		if _, c := splitRef(ref); c > 0 {
			col = c
		} else {
			col++
		}
		if col > 16384 || col <= len(wb.spans) { // past Excel's last column, or out of order
			continue
		}
		var v, inline []byte
		formula := false
		if !selfClosing {
			var ok bool
			if v, inline, ok = wb.plainCell(); !ok {
				v, inline, formula = wb.cellContent()
			}
		}
		for len(wb.spans) < col-1 {
			wb.spans = append(wb.spans, cellText{})
		}
		wb.value(file, col, style, kind, v, inline, formula)
	}
}

// cellTag reads the next tag when it is a cell's ("<c ...>"), as nearly
// every tag of a row is, more quickly than tag: it returns the tag's
// attributes and whether it closes itself, or false, having read nothing,
// at any other tag. Here and in cellAttrs and plainCell, plain loops look
// for the next few bytes: they find them sooner than bytes.IndexByte
// starts its vector search (BenchmarkOpen).
func (wb *workbook) cellTag() (attrs []byte, selfClosing, ok bool) {
	b, i := wb.xml, wb.i
	for i < len(b) && b[i] != '<' {
		i++
	}
	if i+2 >= len(b) || b[i+1] != 'c' || b[i+2] != ' ' && b[i+2] != '>' && b[i+2] != '/' {
		return nil, false, false
	}
	start := i + 2
	for i = start; i < len(b) && b[i] != '>'; i++ {
	}
	if i == len(b) {
		return nil, false, false
	}
	attrs = b[start:i]
	if n := len(attrs); n > 0 && attrs[n-1] == '/' {
		selfClosing, attrs = true, attrs[:n-1]
	}
	wb.i = i + 1
	return attrs, selfClosing, true
}

// cellAttrs reads a cell's attributes r (its reference), s (its style)
// and t (its type) in one pass.
func cellAttrs(attrs []byte) (ref []byte, style int, kind []byte) {
	style = -1
	n := len(attrs)
	for i := 0; i < n; {
		if c := attrs[i]; c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			i++
			continue
		}
		name := i
		for i < n && attrs[i] != '=' {
			i++
		}
		if i+1 >= n {
			break
		}
		q, from := attrs[i+1], i+2
		if len(attrs[name:i]) != 1 { // r, s and t are one letter
			name = -1
		}
		for i = from; i < n && attrs[i] != q; i++ {
		}
		if i == n {
			break
		}
		if name >= 0 {
			switch val := attrs[from:i]; attrs[name] {
			case 'r':
				ref = val
			case 's':
				style = atoi(val)
			case 't':
				kind = val
			}
		}
		i++
	}
	return ref, style, kind
}

// plainCell reads the content of a cell written as nearly every cell is,
// "<v>12</v></c>" or "<is><t>text</t></is></c>", without a tag at a time.
// It returns false, having read nothing, for any other content.
func (wb *workbook) plainCell() (v, inline []byte, ok bool) {
	b := wb.xml[wb.i:]
	var open, close string
	switch {
	case bytes.HasPrefix(b, []byte("<v>")):
		open, close = "<v>", "</v></c>"
	case bytes.HasPrefix(b, []byte("<is><t>")):
		open, close = "<is><t>", "</t></is></c>"
	default:
		return nil, nil, false
	}
	text := b[len(open):]
	end := 0
	for end < len(text) && text[end] != '<' {
		end++
	}
	if !bytes.HasPrefix(text[end:], []byte(close)) {
		return nil, nil, false
	}
	wb.i += len(open) + end + len(close)
	if open == "<v>" {
		return text[:end], nil, true
	}
	return nil, text[:end:end], true
}

// cellContent reads a cell's children up to </c>: the text of <v>, the
// text of an inline string (<is>, its runs joined, phonetic guides left
// out), and whether it has a formula. The texts point into the sheet.
func (wb *workbook) cellContent() (v, inline []byte, formula bool) {
	inPhonetic := false
	for {
		tag, ok := wb.tag()
		if !ok || tag.end && tag.name == "c" {
			return v, inline, formula
		}
		switch {
		case tag.name == "rPh":
			inPhonetic = !tag.end && !tag.selfClosing
		case tag.end || tag.selfClosing:
			if tag.name == "f" {
				formula = true
			}
		case tag.name == "f":
			formula = true
		case tag.name == "v":
			v = wb.text()
		case tag.name == "t" && !inPhonetic:
			t := wb.text()
			if inline == nil {
				inline = t[:len(t):len(t)] // a later run is appended to a copy
			} else {
				inline = append(inline, t...)
			}
		}
	}
}

// value appends the span of a cell's text, as the CSV rules read it, to wb.spans.
func (wb *workbook) value(file string, col, style int, kind, v, inline []byte, formula bool) {
	lo := len(wb.buf)
	put := func(b []byte) { wb.buf = append(wb.buf, b...) }
	fail := func(msg, hint string) {
		if wb.bad == nil {
			wb.bad = &diag.Diagnostic{Pos: diag.Pos{File: file, Line: wb.row, Col: col}, Msg: msg, Hint: hint}
		}
	}
	switch {
	case formula && len(v) == 0 && string(kind) != "inlineStr":
		// Programs that write workbooks without computing them leave the
		// value out, or empty as an empty text result would be.
		fail("ô có công thức nhưng chưa có giá trị đã tính (hoặc công thức cho kết quả trống)",
			"mở tệp bằng Excel hoặc LibreOffice để tính lại rồi lưu; hoặc chép rồi dán giá trị (Paste Special → Values)")
	case string(kind) == "s":
		i := atoi(v)
		if i < 0 || i >= len(wb.strings) {
			fail("ô trỏ tới chuỗi không có trong sổ làm việc", "mở tệp bằng Excel hoặc LibreOffice và lưu lại")
			break
		}
		wb.spans = append(wb.spans, cellText{s: wb.strings[i], lo: -1})
		return
	case string(kind) == "inlineStr":
		wb.unescape(inline)
	case string(kind) == "str", string(kind) == "d", string(kind) == "b":
		wb.unescape(v)
	case string(kind) == "e":
		fail(fmt.Sprintf("ô có lỗi công thức %s", html.UnescapeString(string(v))), "sửa công thức hoặc ghi thẳng con số vào ô")
	case len(v) == 0:
	case plainDecimal(v) && wb.format(style) == plainNumber:
		put(v) // as nearly every count and figure is
	default:
		f, err := strconv.ParseFloat(string(bytes.TrimSpace(v)), 64)
		if err != nil {
			fail(fmt.Sprintf("ô số có giá trị %q không đọc được", v), "ghi lại con số vào ô")
			break
		}
		switch wb.format(style) {
		case percent:
			wb.buf = append(number(wb.buf, f*100), '%')
		case date:
			wb.buf = append(wb.buf, serialDate(f, wb.date1904)...)
		default:
			wb.buf = number(wb.buf, f)
		}
	}
	wb.spans = append(wb.spans, cellText{lo: lo, hi: len(wb.buf)})
}

// unescape appends XML text to the row's buffer, its character references decoded.
func (wb *workbook) unescape(b []byte) {
	if bytes.IndexByte(b, '&') < 0 {
		wb.buf = append(wb.buf, b...)
		return
	}
	wb.buf = append(wb.buf, html.UnescapeString(string(b))...)
}

// format returns the number format of cell style s.
func (wb *workbook) format(s int) cellFormat {
	if s < 0 || s >= len(wb.formats) {
		return plainNumber
	}
	return wb.formats[s]
}

// number appends f as Excel shows it at most: 15 significant digits, in
// the shortest form, without an exponent ("0.3" for 0.30000000000000004).
func number(b []byte, f float64) []byte {
	g, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	return strconv.AppendFloat(b, g, 'f', -1, 64)
}

// serialDate writes a date's serial number (days since 30/12/1899, or
// since 1/1/1904) as "2006-01-02"; the time of day is dropped. Serials
// below 61 are one day late in Excel, which counts a 29/2/1900 that never was.
func serialDate(f float64, date1904 bool) string {
	days := int(f)
	switch {
	case date1904:
		days += 1462
	case days < 61:
		days++
	}
	return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days).Format("2006-01-02")
}

// plainDecimal reports whether a stored number is digits with at most one
// ".", at most 15 of them: as Excel shows it, with nothing to round.
func plainDecimal(b []byte) bool {
	if len(b) == 0 || len(b) > 16 {
		return false
	}
	dot := false
	for _, c := range b {
		switch {
		case c == '.' && !dot:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return len(b) <= 15 || dot
}

// xmlTag is one tag of the sheet.
type xmlTag struct {
	name             string // the local name, without a namespace prefix
	attrs            []byte
	end, selfClosing bool
}

// tag returns the next tag from wb.i, skipping declarations, comments and
// text, and leaves wb.i after it.
func (wb *workbook) tag() (xmlTag, bool) {
	b := wb.xml
	for {
		j := bytes.IndexByte(b[wb.i:], '<')
		if j < 0 {
			wb.i = len(b)
			return xmlTag{}, false
		}
		start := wb.i + j + 1
		if bytes.HasPrefix(b[start:], []byte("!--")) {
			k := bytes.Index(b[start:], []byte("-->"))
			if k < 0 {
				wb.i = len(b)
				return xmlTag{}, false
			}
			wb.i = start + k + 3
			continue
		}
		k := bytes.IndexByte(b[start:], '>')
		if k < 0 {
			wb.i = len(b)
			return xmlTag{}, false
		}
		body := b[start : start+k]
		wb.i = start + k + 1
		if len(body) == 0 || body[0] == '?' || body[0] == '!' {
			continue
		}
		t := xmlTag{}
		if body[0] == '/' {
			t.end, body = true, body[1:]
		}
		if n := len(body); n > 0 && body[n-1] == '/' {
			t.selfClosing, body = true, body[:n-1]
		}
		n := 0
		for n < len(body) && body[n] != ' ' && body[n] != '\t' && body[n] != '\r' && body[n] != '\n' {
			n++
		}
		name := body[:n]
		if c := bytes.IndexByte(name, ':'); c >= 0 {
			name = name[c+1:]
		}
		t.name, t.attrs = tagName(name), body[n:]
		return t, true
	}
}

// tagName returns name as a string, without allocating for the sheet's
// usual tags.
func tagName(name []byte) string {
	switch string(name) {
	case "c":
		return "c"
	case "v":
		return "v"
	case "row":
		return "row"
	case "f":
		return "f"
	case "t":
		return "t"
	case "is":
		return "is"
	case "r":
		return "r"
	case "sheetData":
		return "sheetData"
	}
	return string(name)
}

// text returns the text from wb.i up to the next tag.
func (wb *workbook) text() []byte {
	j := bytes.IndexByte(wb.xml[wb.i:], '<')
	if j < 0 {
		j = len(wb.xml) - wb.i
	}
	return wb.xml[wb.i : wb.i+j]
}

// attr returns the value of attribute name in attrs, or nil.
func attr(attrs []byte, name string) []byte {
	for i := 0; i < len(attrs) && name != ""; {
		j := bytes.Index(attrs[i:], []byte(name))
		if j < 0 {
			return nil
		}
		at := i + j
		end := at + len(name)
		if at > 0 && (attrs[at-1] == ' ' || attrs[at-1] == '\t' || attrs[at-1] == '\n' || attrs[at-1] == '\r') &&
			end+1 < len(attrs) && attrs[end] == '=' && (attrs[end+1] == '"' || attrs[end+1] == '\'') {
			q := attrs[end+1]
			k := bytes.IndexByte(attrs[end+2:], q)
			if k < 0 {
				return nil
			}
			return attrs[end+2 : end+2+k]
		}
		i = end
	}
	return nil
}

// attrInt returns attribute name as a number, -1 when absent or not one.
func attrInt(attrs []byte, name string) int { return atoi(attr(attrs, name)) }

// atoi reads up to nine digits, -1 when b is not that.
func atoi(b []byte) int {
	if len(b) == 0 || len(b) > 9 {
		return -1
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
