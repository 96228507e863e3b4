package render

import (
	"fmt"
	"regexp"
)

// templateWords turns the template packages' commonest (English) messages
// into Vietnamese, keeping the names and the code excerpt they quote so a
// layout author finds the place. A message no pattern knows is kept as it
// is, after the Vietnamese prefix its caller writes.
var templateWords = []struct {
	re  *regexp.Regexp
	say func(m []string) string
}{
	{regexp.MustCompile(`^(?:"[^"]*" )?at (<[^>]*>): can't evaluate field (\S+) in type (\S+)$`),
		func(m []string) string {
			return fmt.Sprintf("dữ liệu trang (%s) không có trường %s, ở %s", m[3], m[2], m[1])
		}},
	{regexp.MustCompile(`^(?:"[^"]*" )?at (<[^>]*>): nil pointer evaluating (\S+)`),
		func(m []string) string { return fmt.Sprintf("giá trị trống (nil) ở %s", m[1]) }},
	{regexp.MustCompile(`^(?:"[^"]*" )?at (<[^>]*>): map has no entry for key "(.*)"$`),
		func(m []string) string { return fmt.Sprintf("không có khóa %q, ở %s", m[2], m[1]) }},
	{regexp.MustCompile(`^(?:"[^"]*" )?at (<[^>]*>): error calling (\S+): (.*)$`),
		func(m []string) string { return fmt.Sprintf("hàm %s báo lỗi ở %s: %s", m[2], m[1], m[3]) }},
	{regexp.MustCompile(`no such template "(.*)"`),
		func(m []string) string { return fmt.Sprintf("không có mẫu %q", m[1]) }},
	{regexp.MustCompile(`^function "(.*)" not defined$`),
		func(m []string) string { return fmt.Sprintf("không có hàm %q", m[1]) }},
	{regexp.MustCompile(`^missing value for (\S+)$`),
		func(m []string) string { return fmt.Sprintf("{{%s}} thiếu giá trị", m[1]) }},
	{regexp.MustCompile(`unexpected EOF`),
		func([]string) string { return "tệp kết thúc khi còn khối chưa đóng bằng {{end}}" }},
	{regexp.MustCompile(`^unexpected \{\{end\}\}`),
		func([]string) string { return "thừa {{end}}" }},
	{regexp.MustCompile(`^unclosed action`),
		func([]string) string { return "thiếu dấu đóng }}" }},
	// html/template's escaper, which reads the HTML around each action.
	{regexp.MustCompile(`^\{\{(\w+)\}\} branches end in different contexts`),
		func(m []string) string {
			return fmt.Sprintf("các nhánh của {{%s}} kết thúc ở những chỗ khác nhau của HTML (một nhánh để dở thẻ, thuộc tính hoặc dấu ngoặc kép)", m[1])
		}},
	{regexp.MustCompile(`^on range loop re-entry`),
		func([]string) string {
			return "một vòng {{range}} kết thúc ở chỗ khác của HTML so với chỗ nó bắt đầu (để dở thẻ, thuộc tính hoặc dấu ngoặc kép)"
		}},
	{regexp.MustCompile(`^ends in a non-text context`),
		func([]string) string {
			return "trang kết thúc khi một thẻ, thuộc tính hoặc chuỗi trong ngoặc kép chưa đóng"
		}},
	{regexp.MustCompile(`^(\{\{.*\}\}) appears in an ambiguous context within a URL$`),
		func(m []string) string {
			return fmt.Sprintf("%s nằm ở chỗ không xác định được là phần nào của địa chỉ (URL)", m[1])
		}},
	{regexp.MustCompile(`^"(.*)" is an incomplete or empty template$`),
		func(m []string) string { return fmt.Sprintf("mẫu %q trống hoặc chưa viết xong", m[1]) }},
	{regexp.MustCompile(`^undefined variable "(.*)"$`),
		func(m []string) string { return fmt.Sprintf("biến %s chưa được gán", m[1]) }},
}

// vietnamese returns the Vietnamese for a template package's message, or
// the message itself when no pattern knows it.
func vietnamese(msg string) string {
	for _, w := range templateWords {
		if m := w.re.FindStringSubmatch(msg); m != nil {
			return w.say(m)
		}
	}
	return msg
}
