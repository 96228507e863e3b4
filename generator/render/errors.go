package render

import (
	"errors"
	htmltemplate "html/template"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"
	"unicode/utf8"

	"phongtrao/generator/diag"
)

// The template packages return parse errors as plain errors formatted
// "template: NAME:LINE: MESSAGE", and execution errors as a typed
// template.ExecError whose message starts "template: NAME:LINE:COL: ".
// html/template's escaping errors are typed (*html/template.Error) with the
// node that failed. Positions are taken from the types where they carry
// them; the name and line of the other two are read from the packages' own
// fixed prefix, which tests pin down.
var locRE = regexp.MustCompile(`^template: ([^:]+):(\d+):(?:(\d+):)? ?(.*)$`)

const guide = "xem docs/huong-dan-giao-dien.md"

// parsePos turns a parse error of the file name into a position, message and hint.
func parsePos(err error, file string) (diag.Pos, string, string) {
	pos, msg := locate(err.Error(), file)
	pos.File = Dir + "/" + file // the file being parsed, whatever its template name
	return pos, "mẫu giao diện sai cú pháp: " + vietnamese(msg), parseHint(msg)
}

// execPos turns an execution error of page template name into a position,
// message and hint.
func execPos(err error, name string) (diag.Pos, string, string) {
	var he *htmltemplate.Error
	if errors.As(err, &he) {
		pos := diag.Pos{File: Dir + "/" + he.Name, Line: he.Line}
		if he.Node != nil {
			loc, _ := (*parse.Tree)(nil).ErrorContext(he.Node)
			if p, ok := splitLoc(loc); ok {
				pos = p
			}
		}
		if pos.File == Dir+"/" {
			pos.File = Dir + "/" + name
		}
		return pos, "mẫu giao diện không dựng được: " + vietnamese(he.Description), escapeHint(he)
	}
	var ee template.ExecError
	if errors.As(err, &ee) {
		pos, msg := locate(ee.Err.Error(), ee.Name)
		msg = strings.TrimPrefix(msg, "executing ")
		return pos, "lỗi khi dựng trang: " + vietnamese(msg), execHint(msg)
	}
	return diag.Pos{File: Dir + "/" + name}, "lỗi khi dựng trang: " + err.Error(), guide
}

// locate reads "template: NAME:LINE[:COL]: MESSAGE"; without that prefix the
// whole text is the message at the file fallback.
func locate(s, fallback string) (diag.Pos, string) {
	m := locRE.FindStringSubmatch(s)
	if m == nil {
		return diag.Pos{File: Dir + "/" + fallback}, s
	}
	line, _ := strconv.Atoi(m[2])
	pos := diag.Pos{File: Dir + "/" + m[1], Line: line}
	if m[3] != "" {
		col, _ := strconv.Atoi(m[3])
		pos.Col = col + 1 // the template packages count columns from 0
	}
	return pos, m[4]
}

// splitLoc reads the "NAME:LINE:COL" that parse.Tree.ErrorContext returns.
func splitLoc(loc string) (diag.Pos, bool) {
	parts := strings.Split(loc, ":")
	if len(parts) < 3 {
		return diag.Pos{}, false
	}
	n := len(parts)
	line, err1 := strconv.Atoi(parts[n-2])
	col, err2 := strconv.Atoi(parts[n-1])
	if err1 != nil || err2 != nil {
		return diag.Pos{}, false
	}
	return diag.Pos{File: Dir + "/" + strings.Join(parts[:n-2], ":"), Line: line, Col: col + 1}, true
}

// runeCol turns pos.Col, a 1-based byte column, into a 1-based character
// column using the template's source, so it matches what an editor shows
// for Vietnamese text.
func runeCol(pos diag.Pos, files map[string]string) diag.Pos {
	src, ok := files[strings.TrimPrefix(pos.File, Dir+"/")]
	if !ok || pos.Line <= 0 || pos.Col <= 0 {
		return pos
	}
	lines := strings.SplitN(src, "\n", pos.Line+1)
	if len(lines) < pos.Line {
		return pos
	}
	line := lines[pos.Line-1]
	if pos.Col-1 <= len(line) {
		pos.Col = utf8.RuneCountInString(line[:pos.Col-1]) + 1
	}
	return pos
}

func parseHint(msg string) string {
	switch {
	case strings.Contains(msg, "function") && strings.Contains(msg, "not defined"):
		return "hàm này không có; các hàm dùng được liệt kê trong docs/huong-dan-giao-dien.md"
	case strings.Contains(msg, "unexpected EOF"), strings.Contains(msg, "unexpected {{end}}"):
		return "mỗi {{if}}, {{range}}, {{with}}, {{define}}, {{block}} cần đúng một {{end}}"
	case strings.Contains(msg, "unclosed action"):
		return "thiếu dấu đóng }}"
	}
	return guide
}

// escapeHint is the hint for what html/template's escaper refuses.
func escapeHint(he *htmltemplate.Error) string {
	switch he.ErrorCode {
	case htmltemplate.ErrBranchEnd, htmltemplate.ErrRangeLoopReentry, htmltemplate.ErrEndContext:
		return "đóng mỗi thẻ, thuộc tính và dấu ngoặc kép ở trong chính nhánh {{if}}/{{else}}, vòng {{range}} hoặc khối {{define}} đã mở nó — " + guide
	case htmltemplate.ErrAmbigContext:
		return "viết trọn địa chỉ trong mỗi nhánh {{if}}/{{else}}, hoặc đưa giá trị ra ngoài {{if}} — " + guide
	case htmltemplate.ErrNoSuchTemplate:
		return execHint(he.Description)
	}
	return guide
}

func execHint(msg string) string {
	switch {
	case strings.Contains(msg, "can't evaluate field"):
		return "trường này không có trong dữ liệu của trang; tên trường phân biệt chữ hoa, chữ thường — " + guide
	case strings.Contains(msg, "map has no entry for key"):
		return "khóa này không có trong dữ liệu; " + guide
	case strings.Contains(msg, "no such template"):
		return "không có mẫu con (partial) mang tên này trong layouts/partials/"
	case strings.Contains(msg, "nil pointer"):
		return "giá trị này có thể trống trên một số trang; bọc bằng {{with ...}} ... {{end}}"
	}
	return guide
}
