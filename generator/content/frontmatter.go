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
		msg := err.Error()
		var pe toml.ParseError
		if errors.As(err, &pe) {
			msg = pe.Message
			if pe.Position.Line > 0 {
				line, col := tomlfile.ErrorPos(s.front, pe)
				pos.Line, pos.Col = line+1, col
			}
		}
		l.Add(pos, "phần đầu trang (front matter) sai cú pháp TOML: "+msg,
			`mỗi dòng có dạng khóa = giá trị; văn bản đặt trong dấu ngoặc kép (title = "Tên bài"), danh sách trong ngoặc vuông (tags = ["a", "b"]), mỗi khóa chỉ viết một lần`)
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
// top-level key is set, for messages about its value. The toml package keeps
// key positions private, so this is a small scanner of its own: a line that
// starts with a bare or quoted key followed by "=" (or by "." for a dotted
// key), or a table header "[name]". Lines inside multi-line strings (a
// value that opens with three quotes and does not close them on its line)
// are skipped. The first occurrence of each key is kept, in document order.
func keyLines(front string) []keyLine {
	var out []keyLine
	seen := map[string]bool{}
	inString := "" // the closing delimiter while inside a multi-line string
	for i, line := range strings.Split(front, "\n") {
		if inString != "" {
			if strings.Contains(line, inString) {
				inString = ""
			}
			continue
		}
		t := strings.TrimLeft(line, " \t")
		var key string
		if strings.HasPrefix(t, "[") {
			key, _ = leadingKey(strings.TrimLeft(t, "[ \t"))
		} else if k, rest := leadingKey(t); k != "" && strings.HasPrefix(rest, "=") {
			key = k
			v := strings.TrimLeft(rest[1:], " \t")
			for _, d := range []string{`"""`, `'''`} {
				if strings.HasPrefix(v, d) && !strings.Contains(v[3:], d) {
					inString = d
				}
			}
		}
		if key != "" && !seen[key] {
			seen[key] = true
			out = append(out, keyLine{key, i + 1})
		}
	}
	return out
}

// leadingKey reads a (possibly dotted) key at the start of t and returns its
// first component and what follows the whole key, spaces trimmed.
func leadingKey(t string) (first, rest string) {
	for part := 0; ; part++ {
		var k string
		switch {
		case strings.HasPrefix(t, `"`) || strings.HasPrefix(t, `'`):
			end := strings.IndexByte(t[1:], t[0])
			if end < 0 {
				return "", ""
			}
			k, t = t[1:end+1], t[end+2:]
		default:
			n := 0
			for n < len(t) && isBareKeyByte(t[n]) {
				n++
			}
			if n == 0 {
				return "", ""
			}
			k, t = t[:n], t[n:]
		}
		if part == 0 {
			first = k
		}
		t = strings.TrimLeft(t, " \t")
		if !strings.HasPrefix(t, ".") {
			return first, t
		}
		t = strings.TrimLeft(t[1:], " \t")
	}
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}
