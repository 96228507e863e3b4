// Package textfile reads the site's text files: it insists on UTF-8, drops a
// byte-order mark, and explains legacy Vietnamese encodings when it meets one.
package textfile

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"phongtrao/generator/diag"
)

// BOM is the UTF-8 byte-order mark that Excel writes at the start of "CSV UTF-8" files.
var BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode checks that src is UTF-8 and returns it without a leading BOM. For
// any other encoding it returns a diagnostic at the first invalid byte that
// says how to re-save the file as UTF-8.
func Decode(path string, src []byte) ([]byte, *diag.Diagnostic) {
	src = bytes.TrimPrefix(src, BOM)
	if utf8.Valid(src) {
		return src, nil
	}
	line, col, lineStart := 1, 1, 0
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if src[i] == '\n' {
			line, col, lineStart = line+1, 1, i+1
		} else {
			col++
		}
		i += size
	}
	end := bytes.IndexByte(src[lineStart:], '\n')
	if end < 0 {
		end = len(src) - lineStart
	}
	raw := bytes.TrimRight(src[lineStart:lineStart+end], "\r")
	guess, _ := charmap.Windows1258.NewDecoder().Bytes(raw)
	return nil, &diag.Diagnostic{
		Pos: diag.Pos{File: path, Line: line, Col: col},
		Msg: "tệp không phải UTF-8: có vẻ được lưu bằng bảng mã cũ (Windows-1258, TCVN3/ABC hoặc VNI) " +
			"(file is not UTF-8; it looks like a legacy Vietnamese encoding such as Windows-1258)",
		Hint: fmt.Sprintf("mở tệp trong Excel rồi chọn Lưu thành (Save As) → \"CSV UTF-8 (Comma delimited)\", "+
			"hoặc trong LibreOffice chọn Bộ ký tự \"Unicode (UTF-8)\"; với TCVN3/VNI hãy chuyển mã bằng Unikey "+
			"(Công cụ chuyển mã) sang Unicode trước. Dòng này đọc theo Windows-1258: %q", string(guess)),
	}
}
