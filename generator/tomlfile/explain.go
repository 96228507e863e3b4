package tomlfile

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"phongtrao/generator/calendar"
)

// explanation turns one kind of the toml package's (English) syntax
// messages into a Vietnamese message and hint; the groups of its pattern
// are quoted values for the message.
type explanation struct {
	re   *regexp.Regexp
	msg  func(m []string) string
	hint string
}

const (
	hintQuote  = `văn bản đặt trong dấu ngoặc kép, ví dụ title = "Tên bài"; số và ngày viết không có ngoặc kép (target = 0.8, date = 2025-03-12)`
	hintLine   = `mỗi dòng có dạng khóa = giá trị, ví dụ title = "Tên bài"; văn bản có dấu cách phải nằm trong ngoặc kép`
	hintNumber = "số viết bằng chữ số, dấu chấm thập phân, không có dấu phân cách hàng nghìn, ví dụ 0.8 hoặc 1200"
	hintList   = `danh sách viết trong ngoặc vuông, các phần tử cách nhau bằng dấu phẩy, ví dụ tags = ["a", "b"]`
	hintTable  = `tên bảng viết trong ngoặc vuông, ví dụ [campaign] hoặc [[campaign.phases]]`
)

var explanations = []explanation{
	{regexp.MustCompile(`^invalid datetime: "(.*)"$`), badDate,
		"viết ngày dạng năm-tháng-ngày, ví dụ date = 2025-02-28 (tháng 2 có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày)"},
	{regexp.MustCompile(`^Key '(.*)' has already been defined\.$`),
		func(m []string) string { return fmt.Sprintf("khóa %q được viết hai lần", m[1]) }, "mỗi khóa chỉ viết một lần: xóa hoặc gộp dòng lặp lại"},
	{regexp.MustCompile(`^Key '(.*)' was already created`),
		func(m []string) string {
			return fmt.Sprintf("khóa %q đã được dùng cho một giá trị khác", m[1])
		}, "mỗi khóa chỉ viết một lần: đổi tên một trong hai"},
	{regexp.MustCompile(`^"(.*)" is not a table$`),
		func(m []string) string {
			return fmt.Sprintf("%q đã là một giá trị, không phải một bảng", m[1])
		}, hintTable},
	{regexp.MustCompile(`^unexpected EOF; expected (?:'"'|'"""'|"'"|"'''")$`),
		func([]string) string { return "chuỗi mở dấu ngoặc kép mà không đóng" }, hintQuote},
	{regexp.MustCompile(`^strings cannot contain newlines$`),
		func([]string) string { return "chuỗi trong ngoặc kép không được xuống dòng" },
		`đóng ngoặc kép trên cùng dòng, hoặc viết văn bản nhiều dòng giữa hai dấu """`},
	{regexp.MustCompile(`^invalid escape in string '(.*)'$`),
		func(m []string) string {
			return fmt.Sprintf("trong chuỗi, %q không phải ký tự đặc biệt hợp lệ", m[1])
		},
		`trong dấu ngoặc kép, dấu \ mở đầu một ký tự đặc biệt; đường dẫn viết bằng dấu /, ví dụ image = "/anh/ten-anh.jpg"`},
	{regexp.MustCompile(`^unexpected EOF; expected value$|^expected value but found (.*) instead$`),
		func([]string) string { return "thiếu giá trị hợp lệ sau dấu =" }, hintQuote},
	{regexp.MustCompile(`^expected a top-level item to end with a newline, comment, or EOF, but got (.*) instead$`),
		func(m []string) string { return fmt.Sprintf("thừa %s sau giá trị", m[1]) }, hintLine},
	{regexp.MustCompile(`^expected '\.' or '=', but got (.*) instead$|^unexpected EOF; expected key separator '='$`),
		func([]string) string { return "thiếu dấu = sau tên khóa" }, hintLine},
	{regexp.MustCompile(`^unexpected '='|^unexpected '\.'`),
		func([]string) string { return "thiếu tên khóa trước dấu =" }, hintLine},
	{regexp.MustCompile(`^expected a comma \(','\) or array terminator|^unexpected comma$`),
		func([]string) string { return "danh sách thiếu dấu phẩy hoặc dấu ] đóng" }, hintList},
	{regexp.MustCompile(`inline table|^newlines not allowed`),
		func([]string) string {
			return "bảng trong { } phải viết trên một dòng, các khóa cách nhau bằng dấu phẩy"
		},
		"ví dụ window = { from = 2025-01, to = 2025-06 }"},
	{regexp.MustCompile(`table name|table array name`),
		func([]string) string { return "tên bảng viết sai" }, hintTable},
	{regexp.MustCompile(`float|digit|number|out of range|out of the safe`),
		func([]string) string { return "số viết sai" }, hintNumber},
	{regexp.MustCompile(`control characters`),
		func([]string) string { return "tệp chứa ký tự điều khiển không in được" },
		"lưu lại tệp bằng một trình soạn thảo văn bản (UTF-8) và xóa ký tự lạ ở vị trí này"},
}

// Explain returns a Vietnamese message and hint for a syntax error of the
// toml package, whose messages are English. A message the package took
// from one of this package's values (UnmarshalTOML) is Vietnamese already
// and kept; an English one no pattern knows gets a general message.
func Explain(pe toml.ParseError) (msg, hint string) {
	for _, e := range explanations {
		if m := e.re.FindStringSubmatch(pe.Message); m != nil {
			return e.msg(m), e.hint
		}
	}
	if !isASCII(pe.Message) {
		return pe.Message, "sửa giá trị cho đúng kiểu: chuỗi trong ngoặc kép, số không có ngoặc kép, ngày dạng 2025-08-19"
	}
	return "cú pháp TOML không hợp lệ", hintLine
}

// badDate says why a TOML date is refused: a date of the right form that
// is not on the calendar ("2025-02-30"), or a wrong form.
func badDate(m []string) string {
	v := m[1]
	if len(v) >= 10 && isoDate.MatchString(v[:10]) {
		if _, err := calendar.ParseDate(v[:10]); err != nil {
			return fmt.Sprintf("ngày %s không có trên lịch", v[:10])
		}
	}
	return fmt.Sprintf("%q không phải một ngày viết đúng dạng", v)
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func isASCII(s string) bool {
	return utf8.RuneCountInString(s) == len(s) && !strings.ContainsRune(s, utf8.RuneError)
}
