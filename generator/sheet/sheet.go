// Package sheet reads the CSV files that officers export from spreadsheets,
// with the leniency the contract promises (BOM, "," or ";" detected from the
// header, CRLF, header names in any case with spaces trimmed) and a position
// for every cell so that errors name the file, line and column.
package sheet

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"

	"phongtrao/generator/diag"
	"phongtrao/generator/textfile"
)

// Table is a CSV file read into rows, remembering cell positions.
type Table struct {
	Path string
	// Header holds the column names, lowercased and trimmed.
	Header []string
	// HeaderLine is the 1-based line of the header (1 unless blank lines precede it).
	HeaderLine int
	Rows       []Row
	// Delimiter is ',' or ';'.
	Delimiter rune
	p         parser // the text, and the fields that had to be rebuilt
	cells     []cell // every row's fields, row after row
	header    []cell
	lineStart []int // offset of each line, computed when first needed
	failed    bool  // a record could not be read
}

// Row is one data record.
type Row struct {
	// Line is the 1-based line where the record starts (the header is line 1).
	Line  int
	t     *Table
	first int32 // the row's fields are t.cells[first : first+n]
	n     int32
}

// Len returns the number of cells in the row.
func (r Row) Len() int { return int(r.n) }

// Cell returns the trimmed value of column i, or "" when the row is short.
// The value shares the file's memory: it costs no allocation.
func (r Row) Cell(i int) string {
	if i < 0 || i >= int(r.n) {
		return ""
	}
	return strings.TrimSpace(r.t.p.value(r.t.cells[int(r.first)+i]))
}

// Read parses src (the raw bytes of path). A file that is not UTF-8, has a
// malformed quote, or a row with more non-empty cells than the header has
// columns is reported; a duplicate header name is reported too.
//
// The table and the cells it returns share src's memory, without a copy:
// the caller must not change src afterwards.
func Read(path string, src []byte) (*Table, *diag.List) {
	t, errs := Open(path, src)
	if t == nil || t.Header == nil {
		return t, errs
	}
	lines := strings.Count(t.p.src, "\n") + 1
	t.cells = make([]cell, 0, lines*len(t.Header))
	t.Rows = make([]Row, 0, lines)
	for {
		row, ok := t.next(errs, true)
		if !ok {
			break
		}
		t.Rows = append(t.Rows, row)
	}
	if t.failed {
		return nil, errs
	}
	return t, errs
}

// Open parses the header of src and returns the table without its rows,
// for a caller that reads them one at a time with Next instead of keeping
// them all (a report file of a national site has a hundred thousand rows).
// It returns nil, as Read does, when the file is not UTF-8 or its header
// cannot be read; Header is nil when the file is empty.
func Open(path string, src []byte) (*Table, *diag.List) {
	var errs diag.List
	text, bad := textfile.Decode(path, src)
	if bad != nil {
		errs.Add(bad.Pos, bad.Msg, bad.Hint)
		return nil, &errs
	}
	if len(text) > math.MaxInt32 {
		errs.Add(diag.Pos{File: path}, "tệp quá lớn (hơn 2 GB)", "chia số liệu ra nhiều tệp nhỏ hơn")
		return nil, &errs
	}
	t := &Table{Path: path, Delimiter: detect(text)}
	t.p = parser{src: unsafe.String(unsafe.SliceData(text), len(text)), comma: byte(t.Delimiter)}
	header, ok, perr := t.p.record(nil)
	if perr != nil {
		t.parseError(perr, &errs)
		return nil, &errs
	}
	if !ok {
		errs.Add(diag.Pos{File: path, Line: 1}, "tệp trống: thiếu dòng tiêu đề", "dòng đầu tiên phải là tên các cột")
		return t, &errs
	}
	t.readHeader(header, &errs)
	return t, &errs
}

// Next reads the next row of a table from Open, reporting in errs what
// Read reports. The row is valid until the next call. It returns false at
// the end of the file, and at a record that cannot be read: Failed then
// reports it, and as Read would have returned no table, the caller should
// drop what it made of the rows before.
func (t *Table) Next(errs *diag.List) (Row, bool) {
	if t.Header == nil {
		return Row{}, false
	}
	return t.next(errs, false)
}

// Failed reports whether Next stopped at a record that cannot be read.
func (t *Table) Failed() bool { return t.failed }

// next reads the next row; keep keeps the cells of the rows before.
func (t *Table) next(errs *diag.List, keep bool) (Row, bool) {
	for !t.failed {
		if !keep {
			t.cells = t.cells[:0]
		}
		first := len(t.cells)
		var ok bool
		var perr *parseError
		t.cells, ok, perr = t.p.record(t.cells)
		if perr != nil {
			t.parseError(perr, errs)
			t.failed = true
			break
		}
		if !ok {
			break
		}
		row := Row{Line: t.p.start, t: t, first: int32(first), n: int32(len(t.cells) - first)}
		if row.n == 1 && row.Cell(0) == "" {
			t.cells = t.cells[:first]
			continue // a line of spaces only
		}
		for i := len(t.Header); i < row.Len(); i++ {
			if row.Cell(i) != "" {
				errs.Add(t.CellPos(row, i), fmt.Sprintf("dòng có %d ô nhưng tiêu đề chỉ có %d cột", row.n, len(t.Header)),
					fmt.Sprintf("có thể ô chứa dấu %q mà không được bao trong ngoặc kép", string(t.Delimiter)))
				break
			}
		}
		return row, true
	}
	return Row{}, false
}

// readHeader keeps the column names of the header record and reports a
// name used twice.
func (t *Table) readHeader(header []cell, errs *diag.List) {
	t.header, t.HeaderLine = header, t.p.start
	seen := make(map[string]int, len(header))
	for i, c := range header {
		h := strings.ToLower(strings.TrimSpace(t.p.value(c)))
		t.Header = append(t.Header, h)
		if j, dup := seen[h]; dup && h != "" {
			errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %q xuất hiện hai lần (cột %d và cột %d)", h, j+1, i+1),
				"xóa hoặc đổi tên một trong hai cột")
		}
		seen[h] = i
	}
}

// parseError reports a record that encoding/csv would refuse.
func (t *Table) parseError(e *parseError, errs *diag.List) {
	errs.Add(t.pos(e.line, e.col), "không đọc được dòng CSV: "+e.err.Error(),
		"kiểm tra dấu ngoặc kép: một ô có dấu \" phải được bao cả ô trong ngoặc kép và nhân đôi dấu \" bên trong")
}

// detect picks the delimiter from the header line: ";" when it holds more
// semicolons than commas outside quotes, else ",".
func detect(text []byte) rune {
	line := text
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		line = text[:i]
	}
	commas, semis, quoted := 0, 0, false
	for _, b := range line {
		switch {
		case b == '"':
			quoted = !quoted
		case quoted:
		case b == ',':
			commas++
		case b == ';':
			semis++
		}
	}
	if semis > commas {
		return ';'
	}
	return ','
}

// Col returns the index of the column named name (lowercase), or -1.
func (t *Table) Col(name string) int {
	for i, h := range t.Header {
		if h == name {
			return i
		}
	}
	return -1
}

// HeaderPos returns the position of column i's name in the header.
func (t *Table) HeaderPos(i int) diag.Pos {
	if i < 0 || i >= len(t.header) {
		return diag.Pos{File: t.Path, Line: t.HeaderLine}
	}
	return t.posIn(t.HeaderLine, t.p.at(t.header[0]), t.p.at(t.header[i]))
}

// CellPos returns the position of column i in row r (the row's start when
// the row is short).
func (t *Table) CellPos(r Row, i int) diag.Pos {
	if i < 0 || i >= int(r.n) {
		return diag.Pos{File: t.Path, Line: r.Line}
	}
	return t.posIn(r.Line, t.p.at(t.cells[r.first]), t.p.at(t.cells[int(r.first)+i]))
}

// RowPos returns the position of the start of row r.
func (t *Table) RowPos(r Row) diag.Pos { return diag.Pos{File: t.Path, Line: r.Line} }

// posIn returns the position of the byte at off in a record that starts at
// offset start, at the beginning of line line. The column counts characters.
func (t *Table) posIn(line, start, off int) diag.Pos {
	before := t.p.src[start:off]
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		line += strings.Count(before, "\n")
		before = before[k+1:]
	}
	return diag.Pos{File: t.Path, Line: line, Col: utf8.RuneCountInString(before) + 1}
}

// pos turns a (line, byte column) into a position whose column counts characters.
func (t *Table) pos(line, byteCol int) diag.Pos {
	if t.lineStart == nil {
		t.lineStart = append(t.lineStart, 0)
		for i := 0; i < len(t.p.src); i++ {
			if t.p.src[i] == '\n' {
				t.lineStart = append(t.lineStart, i+1)
			}
		}
	}
	p := diag.Pos{File: t.Path, Line: line, Col: byteCol}
	if line >= 1 && line <= len(t.lineStart) {
		start := t.lineStart[line-1]
		end := start + byteCol - 1
		if byteCol >= 1 && end <= len(t.p.src) {
			p.Col = utf8.RuneCountInString(t.p.src[start:end]) + 1
		}
	}
	return p
}

// Complete reports a row that ends before one of the columns cols (a
// delimiter was lost, or the row was cut) and returns false for it. Columns
// not listed may be missing at the end of a row and read as empty.
func (t *Table) Complete(r Row, cols []int, errs *diag.List) bool {
	for _, c := range cols {
		if c >= int(r.n) {
			errs.Add(t.RowPos(r), fmt.Sprintf("dòng chỉ có %d ô, thiếu cột %q", r.n, t.Header[c]),
				fmt.Sprintf("kiểm tra dấu phân cách %q: mỗi dòng cần đủ các cột như dòng tiêu đề (ô trống vẫn cần dấu phân cách)", string(t.Delimiter)))
			return false
		}
	}
	return true
}
