package tomlfile

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"phongtrao/generator/diag"
)

// MaxSize is the largest TOML document decoded: site.toml and criteria.toml
// are a few kilobytes, a front matter a few lines.
const MaxSize = 1 << 20

// MaxDepth is the deepest nesting of arrays and inline tables accepted
// ("[[campaign.phases]]" is 2, "phases = [{...}]" is 2). The toml package
// needs memory that grows with the square of the depth: 12,000 nested
// inline tables (50 KB) took over 4.6 GB.
const MaxDepth = 4

// Check refuses, before decoding, a document over MaxSize or nested deeper
// than MaxDepth, at the position of the first bracket too deep.
// lineOffset is added to its line, as in Decode.
func Check(path, text string, lineOffset int) *diag.Diagnostic {
	if len(text) > MaxSize {
		return &diag.Diagnostic{Pos: diag.Pos{File: path, Line: 1 + lineOffset},
			Msg:  fmt.Sprintf("tệp TOML quá lớn (%d KB, tối đa %d KB)", len(text)>>10, MaxSize>>10),
			Hint: "tệp cấu hình chỉ cần vài khóa; kiểm tra tệp có đúng là tệp cần dùng không"}
	}
	if line, col, ok := tooDeep(text); ok {
		return &diag.Diagnostic{Pos: diag.Pos{File: path, Line: line + lineOffset, Col: col},
			Msg:  fmt.Sprintf("mảng hoặc bảng lồng nhau quá %d cấp", MaxDepth),
			Hint: "mỗi khóa chỉ cần một giá trị, một danh sách [\"a\", \"b\"] hoặc một bảng { a = 1 }; xem docs/huong-dan-du-lieu.md"}
	}
	return nil
}

// tooDeep finds the first "[" or "{" nested deeper than MaxDepth outside
// strings and comments, and returns its line and column (in characters).
func tooDeep(text string) (line, col int, found bool) {
	depth, lineStart := 0, 0
	line = 1
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			line, lineStart = line+1, i+1
		case '#':
			if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
				i += j - 1
			} else {
				i = len(text)
			}
		case '"', '\'':
			end := stringEnd(text, i)
			line += strings.Count(text[i:end], "\n")
			if k := strings.LastIndexByte(text[i:end], '\n'); k >= 0 {
				lineStart = i + k + 1
			}
			i = end - 1
		case '[', '{':
			if depth++; depth > MaxDepth {
				return line, utf8.RuneCountInString(text[lineStart:i]) + 1, true
			}
		case ']', '}':
			depth = max(depth-1, 0)
		}
	}
	return 0, 0, false
}

// stringEnd returns the offset just after the string that opens at i
// (basic or literal, one line or multi-line), or the end of its line, or
// of the text, when it is not closed there (the decoder will say so).
func stringEnd(text string, i int) int {
	q := text[i]
	if strings.HasPrefix(text[i:], strings.Repeat(string(q), 3)) {
		delim := strings.Repeat(string(q), 3)
		for j := i + 3; j < len(text); j++ {
			if q == '"' && text[j] == '\\' {
				j++
				continue
			}
			if strings.HasPrefix(text[j:], delim) {
				return j + 3
			}
		}
		return len(text)
	}
	for j := i + 1; j < len(text); j++ {
		switch {
		case text[j] == '\n':
			return j
		case q == '"' && text[j] == '\\':
			j++
		case text[j] == q:
			return j + 1
		}
	}
	return len(text)
}

// ErrorPos returns where a toml.ParseError of text points: its line and
// its column in characters, counted from the byte offset the error
// carries (the package's own column counts bytes and can point past the
// end of the line before). col is 0 when the offset does not fall on the
// reported line.
func ErrorPos(text string, pe toml.ParseError) (line, col int) {
	p := pe.Position
	lineStart := 0
	for n := 1; n < p.Line; n++ {
		i := strings.IndexByte(text[lineStart:], '\n')
		if i < 0 {
			return p.Line, 0
		}
		lineStart += i + 1
	}
	if p.Start < lineStart || p.Start > len(text) || strings.Contains(text[lineStart:p.Start], "\n") {
		return p.Line, 0
	}
	return p.Line, utf8.RuneCountInString(text[lineStart:p.Start]) + 1
}
