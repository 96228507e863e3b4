package content

import (
	"errors"
	"strings"

	"github.com/BurntSushi/toml"

	"phongtrao/generator/diag"
	"phongtrao/generator/tomlfile"
)

// delimiter opens and closes the front matter, alone on its line.
const delimiter = "+++"

// exampleFront is shown in hints about a missing or broken front matter.
const exampleFront = `+++ / title = "Tên bài" / date = 2025-03-12 / unit = "thon-1" / +++`

// source is one file split into its front matter and body.
type source struct {
	path      string // relative to the source folder
	front     string // TOML between the delimiters
	body      string // Markdown after the closing delimiter
	bodyStart int    // file line of the body's first line (1-based)
	lines     []string
}

// split separates the front matter from the body. src must already be free of
// a BOM and of "\r". It reports a missing or unclosed front matter in l.
func split(path, src string, l *diag.List) (*source, bool) {
	lines := strings.Split(src, "\n")
	at := diag.Pos{File: path, Line: 1}
	first := strings.TrimRight(lines[0], " \t")
	switch {
	case first == "---":
		l.Add(at, "phần đầu trang (front matter) phải viết bằng TOML giữa hai dòng +++, không phải giữa hai dòng ---",
			"đổi hai dòng --- thành +++ và viết mỗi khóa dạng khóa = giá trị, ví dụ: "+exampleFront)
		return nil, false
	case first != delimiter:
		l.Add(at, "thiếu phần đầu trang (front matter): dòng đầu tiên của tệp phải là +++",
			"mở đầu tệp bằng phần đầu trang, mỗi dòng một khóa, ví dụ: "+exampleFront)
		return nil, false
	}
	frontStart := len(lines[0]) + 1 // byte offset of line i in src, as i goes
	for i, at := 1, frontStart; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t") == delimiter {
			// The lines are src's, so the front matter and the body are
			// slices of src: lines 1..i-1 and everything after line i.
			s := &source{path: path, bodyStart: i + 2, lines: lines}
			if i > 1 {
				s.front = src[frontStart : at-1]
			}
			if i+1 < len(lines) {
				s.body = src[at+len(lines[i])+1:]
			}
			return s, true
		}
		at += len(lines[i]) + 1
	}
	l.Add(at, "thiếu dòng +++ đóng phần đầu trang (front matter)",
		"thêm một dòng chỉ có +++ ngay sau khóa cuối cùng (title, date, ...), trước nội dung bài")
	return nil, false
}

// decoded is the front matter once decoded.
type decoded struct {
	values map[string]any
	order  []string // the top-level keys in document order
}

// backslashHint explains a syntax error on a line with a backslash: a
// Windows path (image = "anh\ten-anh.jpg") in a double-quoted TOML string,
// where "\" starts an escape sequence.
const backslashHint = `trong dấu ngoặc kép, dấu \ mở đầu một ký tự đặc biệt; đường dẫn viết bằng dấu /, ví dụ image = "/anh/ten-anh.jpg"`

// frontLine is line n (1-based) of the front matter, "" past its end.
func frontLine(front string, n int) string {
	for i := 1; i < n; i++ {
		_, rest, ok := strings.Cut(front, "\n")
		if !ok {
			return ""
		}
		front = rest
	}
	line, _, _ := strings.Cut(front, "\n")
	return line
}

// decodeTOML parses the front matter into a map, with the keys in document
// order. A front matter too large or nested too deep (tomlfile.Check) and
// a syntax error (including a repeated key) are reported at their line and
// column in the file.
func decodeTOML(s *source, l *diag.List) (decoded, bool) {
	// The front matter's line 1 is the file's line 2 (after "+++").
	if d := tomlfile.Check(s.path, s.front, 1); d != nil {
		l.Add(d.Pos, d.Msg, d.Hint)
		return decoded{}, false
	}
	m := map[string]any{}
	md, err := toml.Decode(s.front, &m)
	if err != nil {
		pos := diag.Pos{File: s.path, Line: 1}
		msg := "cú pháp TOML không hợp lệ"
		hint := `mỗi dòng có dạng khóa = giá trị; văn bản đặt trong dấu ngoặc kép (title = "Tên bài"), danh sách trong ngoặc vuông (tags = ["a", "b"]), mỗi khóa chỉ viết một lần`
		var pe toml.ParseError
		if errors.As(err, &pe) {
			msg, hint = tomlfile.Explain(pe)
			if pe.Position.Line > 0 {
				line, col := tomlfile.ErrorPos(s.front, pe)
				pos.Line, pos.Col = line+1, col
				if strings.Contains(frontLine(s.front, line), `\`) {
					hint = backslashHint
				}
			}
		}
		l.Add(pos, "phần đầu trang (front matter) sai: "+msg, hint)
		return decoded{}, false
	}
	var order []string
	for _, k := range md.Keys() {
		if len(k) == 1 {
			order = append(order, k[0])
		}
	}
	// Decoding into a map decodes every key, so MetaData.Undecoded() is
	// always empty here: unknown keys are found by checking each key against
	// the section's schema instead (schema.go), which also type-checks values
	// with messages in Vietnamese.
	return decoded{values: m, order: order}, true
}

// keyLines finds the line (1-based, within the front matter) where each
// top-level key is first set, in document order, as tomlfile.KeyLines
// finds them: for a table or a dotted key, its first part.
func keyLines(front string) []keyLine {
	var out []keyLine
	seen := map[string]bool{}
	for _, k := range tomlfile.KeyLines(front) {
		if top := k.Key[0]; !seen[top] {
			seen[top] = true
			out = append(out, keyLine{top, k.Line})
		}
	}
	return out
}
