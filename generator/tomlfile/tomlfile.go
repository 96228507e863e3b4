// Package tomlfile decodes TOML strictly: a syntax error and an unknown key
// both become diagnostics naming the file and line, so that a typo in
// site.toml or criteria.toml is never silently ignored.
package tomlfile

import (
	"errors"
	"fmt"

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
			msg, hint := Explain(pe)
			errs.Add(diag.Pos{File: path, Line: line + lineOffset, Col: col}, "lỗi cú pháp TOML: "+msg, hint)
		} else {
			// A type mismatch the value types below did not catch: toml
			// reports it in English and without a position.
			errs.Add(diag.Pos{File: path, Line: 1 + lineOffset}, "có giá trị không đúng kiểu",
				"kiểm tra kiểu giá trị: chuỗi trong ngoặc kép, số không có ngoặc kép, ngày dạng 2025-08-19")
		}
		return md, &errs
	}
	for _, key := range Unknown(md) {
		line := NearestKeyLine(string(text), key)
		what := "khóa"
		if t := md.Type(key...); t == "Hash" || t == "ArrayHash" {
			what = "bảng"
		}
		errs.Add(diag.Pos{File: path, Line: line + lineOffset},
			fmt.Sprintf("%s không được hỗ trợ %q", what, key.String()),
			"kiểm tra chính tả tên khóa hoặc xóa dòng này; xem docs/huong-dan-du-lieu.md cho danh sách khóa")
	}
	return md, &errs
}

// Unknown lists the keys of md that decoded into nothing, leaving out the
// keys inside an unknown table: a [[target]] table is one problem, not
// one for the table and one for each of its keys.
func Unknown(md toml.MetaData) []toml.Key {
	var out []toml.Key
	reported := map[string]bool{}
	for _, key := range md.Undecoded() {
		inside := false
		for n := 1; n < len(key); n++ {
			if reported[key[:n].String()] {
				inside = true
				break
			}
		}
		if !inside {
			reported[key.String()] = true
			out = append(out, key)
		}
	}
	return out
}
