// Package sheet reads the CSV files that officers export from spreadsheets,
// with the leniency the contract promises (BOM, "," or ";" detected from the
// header, CRLF, header names in any case with spaces trimmed) and a position
// for every cell so that errors name the file, line and column.
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
	src       []byte
	lineStart []int
	headerPos [][2]int
}

// Row is one data record.
type Row struct {
	// Line is the 1-based line where the record starts (the header is line 1).
	Line  int
	Cells []string
	pos   [][2]int // (line, byte column) of each cell
}

// Cell returns the trimmed value of column i, or "" when the row is short.
func (r Row) Cell(i int) string {
	if i < 0 || i >= len(r.Cells) {
		return ""
	}
	return strings.TrimSpace(r.Cells[i])
}

// Read parses src (the raw bytes of path). A file that is not UTF-8, has a
// malformed quote, or a row with more non-empty cells than the header has
// columns is reported; a duplicate header name is reported too.
func Read(path string, src []byte) (*Table, *diag.List) {
	var errs diag.List
	text, bad := textfile.Decode(path, src)
	if bad != nil {
		errs.Add(bad.Pos, bad.Msg, bad.Hint)
		return nil, &errs
	}
	t := &Table{Path: path, src: text, Delimiter: detect(text)}
	t.lineStart = append(t.lineStart, 0)
	for i, b := range text {
		if b == '\n' {
			t.lineStart = append(t.lineStart, i+1)
		}
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = t.Delimiter
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	first := true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				errs.Add(t.pos(pe.Line, pe.Column), "không đọc được dòng CSV: "+pe.Err.Error(),
					"kiểm tra dấu ngoặc kép: một ô có dấu \" phải được bao cả ô trong ngoặc kép và nhân đôi dấu \" bên trong")
			} else {
				errs.Add(diag.Pos{File: path}, err.Error(), "")
			}
			return nil, &errs
		}
		pos := make([][2]int, len(rec))
		for i := range rec {
			l, c := r.FieldPos(i)
			pos[i] = [2]int{l, c}
		}
		if first {
			first = false
			t.HeaderLine = pos[0][0]
			t.headerPos = pos
			seen := map[string]int{}
			for i, h := range rec {
				h = strings.ToLower(strings.TrimSpace(h))
				t.Header = append(t.Header, h)
				if j, dup := seen[h]; dup && h != "" {
					errs.Add(t.pos(pos[i][0], pos[i][1]), fmt.Sprintf("cột %q xuất hiện hai lần (cột %d và cột %d)", h, j+1, i+1),
						"xóa hoặc đổi tên một trong hai cột")
				}
				seen[h] = i
			}
			continue
		}
		row := Row{Line: pos[0][0], Cells: rec, pos: pos}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a line of spaces only
		}
		for i := len(t.Header); i < len(rec); i++ {
			if strings.TrimSpace(rec[i]) != "" {
				errs.Add(t.pos(pos[i][0], pos[i][1]), fmt.Sprintf("dòng có %d ô nhưng tiêu đề chỉ có %d cột", len(rec), len(t.Header)),
					fmt.Sprintf("có thể ô chứa dấu %q mà không được bao trong ngoặc kép", string(t.Delimiter)))
				break
			}
		}
		t.Rows = append(t.Rows, row)
	}
	if first {
		errs.Add(diag.Pos{File: path, Line: 1}, "tệp trống: thiếu dòng tiêu đề", "dòng đầu tiên phải là tên các cột")
	}
	return t, &errs
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
	if i < 0 || i >= len(t.headerPos) {
		return diag.Pos{File: t.Path, Line: t.HeaderLine}
	}
	return t.pos(t.headerPos[i][0], t.headerPos[i][1])
}

// CellPos returns the position of column i in row r (the row's start when
// the row is short).
func (t *Table) CellPos(r Row, i int) diag.Pos {
	if i < 0 || i >= len(r.pos) {
		return diag.Pos{File: t.Path, Line: r.Line}
	}
	return t.pos(r.pos[i][0], r.pos[i][1])
}

// RowPos returns the position of the start of row r.
func (t *Table) RowPos(r Row) diag.Pos { return diag.Pos{File: t.Path, Line: r.Line} }

// pos turns a (line, byte column) into a position whose column counts characters.
func (t *Table) pos(line, byteCol int) diag.Pos {
	p := diag.Pos{File: t.Path, Line: line, Col: byteCol}
	if line >= 1 && line <= len(t.lineStart) {
		start := t.lineStart[line-1]
		end := start + byteCol - 1
		if byteCol >= 1 && end <= len(t.src) {
			p.Col = utf8.RuneCount(t.src[start:end]) + 1
		}
	}
	return p
}

// Complete reports a row that ends before one of the columns cols (a
// delimiter was lost, or the row was cut) and returns false for it. Columns
// not listed may be missing at the end of a row and read as empty.
func (t *Table) Complete(r Row, cols []int, errs *diag.List) bool {
	for _, c := range cols {
		if c >= len(r.Cells) {
			errs.Add(t.RowPos(r), fmt.Sprintf("dòng chỉ có %d ô, thiếu cột %q", len(r.Cells), t.Header[c]),
				fmt.Sprintf("kiểm tra dấu phân cách %q: mỗi dòng cần đủ các cột như dòng tiêu đề (ô trống vẫn cần dấu phân cách)", string(t.Delimiter)))
			return false
		}
	}
	return true
}
