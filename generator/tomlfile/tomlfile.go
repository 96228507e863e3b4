// Package tomlfile decodes TOML strictly: a syntax error and an unknown key
// both become diagnostics naming the file and line, so that a typo in
// site.toml or criteria.toml is never silently ignored.
package tomlfile

import (
	"errors"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"

	"phongtrao/generator/diag"
	"phongtrao/generator/textfile"
)

// Decode decodes src (the raw bytes of path) into v. lineOffset is added to
// every line number (for TOML embedded in another file, such as front
// matter). It returns the metadata for further checks and the problems found.
func Decode(path string, src []byte, lineOffset int, v any) (toml.MetaData, *diag.List) {
	var errs diag.List
	text, bad := textfile.Decode(path, src)
	if bad != nil {
		bad.Pos.Line += lineOffset
		errs.Add(bad.Pos, bad.Msg, bad.Hint)
		return toml.MetaData{}, &errs
	}
	if d := Check(path, string(text), lineOffset); d != nil {
		errs.Add(d.Pos, d.Msg, d.Hint)
		return toml.MetaData{}, &errs
	}
	md, err := toml.Decode(string(text), v)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			line, col := ErrorPos(string(text), pe)
			errs.Add(diag.Pos{File: path, Line: line + lineOffset, Col: col},
				"lỗi cú pháp TOML: "+pe.Message, syntaxHint(pe))
		} else {
			// A type mismatch (a string where a number is expected...): toml
			// reports it with the key's name but no position; find the key.
			pos := diag.Pos{File: path, Line: 1 + lineOffset}
			errs.Add(pos, "giá trị không đúng kiểu: "+err.Error(), "kiểm tra kiểu giá trị: chuỗi trong ngoặc kép, số không có ngoặc kép, ngày dạng 2025-08-19")
		}
		return md, &errs
	}
	for _, key := range md.Undecoded() {
		line := NearestKeyLine(string(text), key)
		name := key.String()
		errs.Add(diag.Pos{File: path, Line: line + lineOffset},
			fmt.Sprintf("khóa không được hỗ trợ %q (unknown key)", name),
			"kiểm tra chính tả tên khóa hoặc xóa dòng này; xem docs/huong-dan-du-lieu.md cho danh sách khóa")
	}
	return md, &errs
}

func syntaxHint(pe toml.ParseError) string {
	if pe.Usage != "" {
		first, _, _ := strings.Cut(strings.TrimSpace(pe.Usage), "\n")
		return "chuỗi phải nằm trong ngoặc kép, ví dụ title = \"...\"; " + first
	}
	return "chuỗi phải nằm trong ngoặc kép, ví dụ title = \"...\"; ngày viết dạng 2025-08-19"
}
