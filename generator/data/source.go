package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"phongtrao/generator/diag"
	"phongtrao/generator/sheet"
)

// Report files are read twice: once through a small buffer to count their
// lines, which bounds their rows so that every row can be written once in
// its place in Set.Reports, then whole into a buffer that each worker
// reuses from file to file, since nothing kept from a report file points
// into its text (units share the units' strings; what else is kept is
// copied). Seventy megabytes of national report files then take two
// buffers' worth of memory instead of seventy fresh megabytes. A file that
// cannot be read so is read with readData (fs.ReadFile, after a size check),
// as before, for the same errors.

// reportSource is what the first reading learnt of a report file.
type reportSource struct {
	rows int // at most this many rows (see maxRows)
	// text and err are fs.ReadFile's when the file could not be counted.
	text []byte
	err  error
	read bool
}

// countSource counts the lines of file through buf.
//
// A workbook's lines say nothing of its rows: its count is 0, and its
// rows go after the others (mergeReports).
func countSource(fsys fs.FS, file string, buf []byte) reportSource {
	if sheet.IsXLSX(file) {
		return reportSource{}
	}
	f, err := fsys.Open(file)
	if err == nil {
		defer f.Close()
		lines, last := 0, byte('\n')
		for {
			n, rerr := f.Read(buf)
			lines += bytes.Count(buf[:n], []byte{'\n'})
			if n > 0 {
				last = buf[n-1]
			}
			if rerr == io.EOF {
				if last != '\n' {
					lines++
				}
				return reportSource{rows: max(lines-1, 0)}
			}
			if rerr != nil {
				break
			}
		}
	}
	src := reportSource{read: true}
	src.text, src.err = readData(fsys, file)
	src.rows = maxRows(src.text)
	return src
}

// maxRows is the most rows a CSV file of text can have: one per line,
// less the header.
func maxRows(text []byte) int {
	n := bytes.Count(text, []byte{'\n'})
	if len(text) > 0 && text[len(text)-1] != '\n' {
		n++
	}
	return max(n-1, 0)
}

// readSource returns the text of file, read into buf (grown as needed)
// unless the first reading already has it.
func readSource(fsys fs.FS, file string, src reportSource, buf *[]byte) ([]byte, error) {
	if src.read {
		return src.text, src.err
	}
	f, err := fsys.Open(file)
	if err != nil {
		return readData(fsys, file)
	}
	defer f.Close()
	b := (*buf)[:0]
	info, err := f.Stat()
	if err == nil && info.Size() > sheet.MaxFileSize {
		return nil, tooLargeError{info.Size()}
	}
	if err == nil && int64(cap(b)) <= info.Size() {
		b = make([]byte, 0, info.Size()+info.Size()/8+512) // room for the next file, likely as long
	}
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			*buf = b
			return b, nil
		}
		if err != nil {
			return readData(fsys, file)
		}
	}
}

// tooLargeError is a data file over sheet.MaxFileSize, left unread.
type tooLargeError struct{ size int64 }

func (e tooLargeError) Error() string { return sheet.TooLarge(e.size) }

// readData is fs.ReadFile, refusing a file over sheet.MaxFileSize before
// reading it.
func readData(fsys fs.FS, file string) ([]byte, error) {
	if info, err := fs.Stat(fsys, file); err == nil && info.Size() > sheet.MaxFileSize {
		return nil, tooLargeError{info.Size()}
	}
	return fs.ReadFile(fsys, file)
}

// dataFile returns the file to read for name (a .csv file under data/):
// name, or the Excel workbook of the same stem (data/units.xlsx) when
// there is no CSV file.
func dataFile(fsys fs.FS, name string) string {
	if _, err := fs.Stat(fsys, name); err != nil {
		if _, err := fs.Stat(fsys, xlsxName(name)); err == nil {
			return xlsxName(name)
		}
	}
	return name
}

// xlsxName returns the name of the workbook with the stem of a .csv file.
func xlsxName(csv string) string { return strings.TrimSuffix(csv, path.Ext(csv)) + ".xlsx" }

// twin reports whether the workbook xlsx has a CSV file of the same stem
// beside it (any case of .csv), and then reports the pair in errs: one of
// them would be read and the other silently ignored.
func twin(fsys fs.FS, xlsx string, errs *diag.List) bool {
	if _, err := fs.Stat(fsys, xlsx); err != nil {
		return false
	}
	stem := strings.TrimSuffix(xlsx, path.Ext(xlsx))
	for _, ext := range []string{".csv", ".CSV"} {
		if _, err := fs.Stat(fsys, stem+ext); err == nil {
			errs.Add(diag.Pos{File: xlsx}, fmt.Sprintf("có cả %s và %s: hai tệp cùng tên cho một bảng số liệu", path.Base(stem+ext), path.Base(xlsx)),
				"chỉ giữ một trong hai tệp (CSV hoặc Excel); xóa hoặc chuyển tệp kia ra khỏi thư mục data/")
			return true
		}
	}
	return false
}

// unreadable reports a data file that could not be read.
func unreadable(file string, err error, errs *diag.List) {
	var big tooLargeError
	if errors.As(err, &big) {
		errs.Add(diag.Pos{File: file}, big.Error(), sheet.TooLargeHint)
		return
	}
	errs.Add(diag.Pos{File: file}, "không đọc được tệp: "+err.Error(), "kiểm tra tệp có tồn tại trong thư mục data/")
}
