// Package sheet reads the CSV files that officers export from spreadsheets,
// with the leniency the contract promises (BOM, "," or ";" detected from the
// header, CRLF, header names in any case with spaces trimmed) and a position
// for every cell so that errors name the file, line and column. Records are
// read by encoding/csv; what this package adds is the leniency, the limits
// (MaxFileSize, MaxCellChars) and the Vietnamese errors.
package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"phongtrao/generator/diag"
	"phongtrao/generator/textfile"
)

// MaxFileSize is the largest CSV file read, far above what a province or a
// country writes (a national site's reports are tens of megabytes).
const MaxFileSize = 500 << 20

// maxFileSize is MaxFileSize, lowered by tests.
var maxFileSize = MaxFileSize

// MaxCellChars is the most characters a cell may hold: a deed's title or a
// unit's name is a line or two, never a book.
const MaxCellChars = 10_000

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

	text      []byte // the file, without its BOM
	r         *csv.Reader
	header    []pos
	lineStart []int     // offset of each line, computed when first needed
	failed    bool      // a record could not be read
	keep      bool      // rows are kept (Read): their cells are copied
	at        []pos     // the positions of the row being read, when not kept
	wb        *workbook // an .xlsx file's sheet (then text and r are nil)
}

// pos is where a field starts: its line and encoding/csv's 1-based byte
// column (the opening quote of a quoted field).
type pos struct{ line, col int32 }

// Row is one data record.
type Row struct {
	// Line is the 1-based line where the record starts (the header is line 1).
	Line  int
	cells []string
	at    []pos
}

// Len returns the number of cells in the row.
func (r Row) Len() int { return len(r.cells) }

// Cell returns the trimmed value of column i, or "" when the row is short.
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

// Read parses src (the raw bytes of path). A file that is not UTF-8, has a
// malformed quote, a row with fewer cells than the header has columns, or
// with more non-empty cells, or a cell over MaxCellChars, is reported; a
// duplicate header name is reported too.
func Read(path string, src []byte) (*Table, *diag.List) {
	t, errs := Open(path, src)
	if t == nil || t.Header == nil {
		return t, errs
	}
	t.keep = true
	t.Rows = make([]Row, 0, bytes.Count(t.text, []byte{'\n'}))
	for {
		row, ok := t.next(errs)
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
// It returns nil, as Read does, when the file is too large, not UTF-8 or
// its header cannot be read; Header is nil when the file is empty.
//
// A file named *.xlsx is read as an Excel workbook (see xlsx.go): its rows
// come as a CSV file's would, positioned by row and column.
func Open(path string, src []byte) (*Table, *diag.List) {
	var errs diag.List
	if len(src) > maxFileSize {
		errs.Add(diag.Pos{File: path}, TooLarge(int64(len(src))), TooLargeHint)
		return nil, &errs
	}
	if IsXLSX(path) {
		return openWorkbook(path, src, &errs)
	}
	text, bad := textfile.Decode(path, src)
	if bad != nil {
		errs.Add(bad.Pos, bad.Msg, bad.Hint)
		return nil, &errs
	}
	t := &Table{Path: path, Delimiter: detect(text), text: text}
	t.r = csv.NewReader(bytes.NewReader(text))
	t.r.Comma = t.Delimiter
	t.r.FieldsPerRecord = -1 // rows are checked against the header here, with Vietnamese errors
	t.r.ReuseRecord = true
	header, err := t.record(&errs)
	if err != nil {
		if err == io.EOF {
			errs.Add(diag.Pos{File: path, Line: 1}, "tệp trống: thiếu dòng tiêu đề", "dòng đầu tiên phải là tên các cột")
			return t, &errs
		}
		return nil, &errs
	}
	t.readHeader(header, &errs)
	return t, &errs
}

// TooLarge is the message for a file of size bytes over MaxFileSize.
func TooLarge(size int64) string {
	return fmt.Sprintf("tệp quá lớn (%d MB, tối đa %d MB)", size>>20, maxFileSize>>20)
}

// TooLargeHint says what to do with a file over MaxFileSize.
const TooLargeHint = "kiểm tra tệp có đúng là bảng số liệu xuất từ Excel không; chia số liệu ra nhiều tệp nhỏ hơn"

// Next reads the next row of a table from Open, reporting in errs what
// Read reports. The row is valid until the next call. It returns false at
// the end of the file, and at a record that cannot be read: Failed then
// reports it, and as Read would have returned no table, the caller should
// drop what it made of the rows before.
func (t *Table) Next(errs *diag.List) (Row, bool) {
	if t.Header == nil {
		return Row{}, false
	}
	return t.next(errs)
}

// Failed reports whether Next stopped at a record that cannot be read.
func (t *Table) Failed() bool { return t.failed }

// record reads the next record, with the positions of its fields, and
// reports a record encoding/csv refuses (then t.failed) or a cell that is
// too long. It returns io.EOF at the end of the file.
func (t *Table) record(errs *diag.List) (Row, error) {
	if t.wb != nil {
		return t.xlsxRecord(errs)
	}
	rec, err := t.r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			errs.Add(t.pos(pe.Line, pe.Column), "không đọc được dòng CSV: "+pe.Err.Error(),
				"kiểm tra dấu ngoặc kép: một ô có dấu \" phải được bao cả ô trong ngoặc kép và nhân đôi dấu \" bên trong")
			t.failed = true
		} else if err != io.EOF {
			errs.Add(diag.Pos{File: t.Path}, "không đọc được tệp CSV: "+err.Error(), "")
			t.failed = true
		}
		return Row{}, err
	}
	row := Row{cells: rec}
	if t.keep {
		row.cells = append([]string(nil), rec...)
	}
	if t.keep {
		row.at = make([]pos, len(rec))
	} else {
		t.at = append(t.at[:0], make([]pos, len(rec))...)
		row.at = t.at
	}
	for i := range rec {
		line, col := t.r.FieldPos(i)
		row.at[i] = pos{int32(line), int32(col)}
	}
	row.Line = int(row.at[0].line)
	t.limitCells(row, errs)
	return row, nil
}

// limitCells reports and empties each cell of row over MaxCellChars.
func (t *Table) limitCells(row Row, errs *diag.List) {
	for i, c := range row.cells {
		if len(c) > MaxCellChars && utf8.RuneCountInString(c) > MaxCellChars {
			errs.Add(t.CellPos(row, i), fmt.Sprintf("ô dài %d ký tự, quá giới hạn %d ký tự", utf8.RuneCountInString(c), MaxCellChars),
				"một ô chỉ ghi tên, ngày, số hoặc một câu ngắn; bài dài viết thành bài trong content/stories/")
			row.cells[i] = ""
		}
	}
}

// next reads the next row that is not blank, reporting a row shorter than
// the header (a delimiter was lost, or the file was cut in the middle of
// a row: Excel writes every column) and skipping it, and a row with a
// non-empty cell beyond the header.
func (t *Table) next(errs *diag.List) (Row, bool) {
	for !t.failed {
		row, err := t.record(errs)
		if err != nil {
			break
		}
		if row.Len() == 1 && row.Cell(0) == "" {
			continue // a line of spaces only
		}
		if n := row.Len(); n < len(t.Header) {
			errs.Add(t.RowPos(row), fmt.Sprintf("dòng chỉ có %d ô, thiếu cột %q (tiêu đề có %d cột)", n, t.Header[n], len(t.Header)),
				fmt.Sprintf("kiểm tra dấu phân cách %q: mỗi dòng cần đủ các cột như dòng tiêu đề (ô trống vẫn cần dấu phân cách); tệp bị cắt giữa chừng thì xuất lại từ Excel", string(t.Delimiter)))
			continue
		}
		for i := len(t.Header); i < row.Len(); i++ {
			if row.Cell(i) != "" {
				hint := fmt.Sprintf("có thể ô chứa dấu %q mà không được bao trong ngoặc kép", string(t.Delimiter))
				if t.wb != nil {
					hint = "đặt tên cho cột này ở dòng tiêu đề, hoặc xóa các ô ngoài bảng"
				}
				errs.Add(t.CellPos(row, i), fmt.Sprintf("dòng có %d ô nhưng tiêu đề chỉ có %d cột", row.Len(), len(t.Header)), hint)
				break
			}
		}
		return row, true
	}
	return Row{}, false
}

// readHeader keeps the column names of the header record and reports a
// name used twice.
func (t *Table) readHeader(header Row, errs *diag.List) {
	t.header, t.HeaderLine = append([]pos(nil), header.at...), header.Line
	seen := make(map[string]int, header.Len())
	for i := range header.cells {
		h := strings.ToLower(header.Cell(i))
		t.Header = append(t.Header, h)
		if j, dup := seen[h]; dup && h != "" {
			errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %q xuất hiện hai lần (cột %d và cột %d)", h, j+1, i+1),
				"xóa hoặc đổi tên một trong hai cột")
		}
		seen[h] = i
	}
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
	return t.pos(int(t.header[i].line), int(t.header[i].col))
}

// CellPos returns the position of column i in row r (the row's start when
// the row is short).
func (t *Table) CellPos(r Row, i int) diag.Pos {
	if i < 0 || i >= len(r.at) {
		return diag.Pos{File: t.Path, Line: r.Line}
	}
	return t.pos(int(r.at[i].line), int(r.at[i].col))
}

// RowPos returns the position of the start of row r.
func (t *Table) RowPos(r Row) diag.Pos { return diag.Pos{File: t.Path, Line: r.Line} }

// pos turns a (line, byte column) into a position whose column counts characters.
func (t *Table) pos(line, byteCol int) diag.Pos {
	if t.wb != nil {
		return diag.Pos{File: t.Path, Line: line, Col: byteCol} // a row and a column
	}
	if t.lineStart == nil {
		t.lineStart = append(t.lineStart, 0)
		for i, b := range t.text {
			if b == '\n' {
				t.lineStart = append(t.lineStart, i+1)
			}
		}
	}
	p := diag.Pos{File: t.Path, Line: line, Col: byteCol}
	if line >= 1 && line <= len(t.lineStart) {
		start := t.lineStart[line-1]
		end := start + byteCol - 1
		if byteCol >= 1 && end <= len(t.text) {
			p.Col = utf8.RuneCount(t.text[start:end]) + 1
		}
	}
	return p
}
