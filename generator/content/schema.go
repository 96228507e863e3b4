package content

import (
	"fmt"
	"strings"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/diag"
)

// kind is the TOML type a front matter key must have.
type kind int

const (
	textKind kind = iota
	textList
	date
	boolean
	integer
)

// field is one front matter key a section accepts.
type field struct {
	key      string
	kind     kind
	required bool
}

// schemas lists, per section, the front matter keys in the order a hint
// shows them.
var schemas = map[string][]field{
	Stories: {
		{"title", textKind, true}, {"date", date, true}, {"unit", textKind, true},
		{"people", textList, false}, {"criterion", textKind, false}, {"summary", textKind, false},
		{"image", textKind, false}, {"image_alt", textKind, false}, {"tags", textList, false},
		{"draft", boolean, false}, {"consent", boolean, false}, {"allow", textList, false}, {"allow_reason", textKind, false},
	},
	News: {
		{"title", textKind, true}, {"date", date, true}, {"summary", textKind, false},
		{"image", textKind, false}, {"image_alt", textKind, false}, {"tags", textList, false},
		{"draft", boolean, false}, {"allow", textList, false}, {"allow_reason", textKind, false},
	},
	Reports: {
		{"title", textKind, false}, {"draft", boolean, false}, {"allow", textList, false}, {"allow_reason", textKind, false},
	},
	Free: {
		{"title", textKind, true}, {"slug", textKind, false}, {"weight", integer, false},
		{"summary", textKind, false}, {"menu", boolean, false}, {"draft", boolean, false},
		{"allow", textList, false}, {"allow_reason", textKind, false},
	},
}

// schemaKeys indexes schemas by key, per section.
var schemaKeys = func() map[string]map[string]field {
	out := map[string]map[string]field{}
	for section, schema := range schemas {
		out[section] = map[string]field{}
		for _, f := range schema {
			out[section][f.key] = f
		}
	}
	return out
}()

// sectionNames name the sections in messages.
var sectionNames = map[string]string{
	Stories: "bài viết “Người tốt, việc tốt” (content/stories/)",
	News:    "tin tức (content/news/)",
	Reports: "báo cáo sơ kết, tổng kết (content/bao-cao/)",
	Free:    "trang thông tin",
}

// fields checks the decoded front matter against the page's section schema
// and fills p. Unknown keys, wrong types and missing required keys are
// reported at the key's line (missing ones at line 1).
func fields(p *Page, s *source, fm decoded, l *diag.List) {
	schema := schemas[p.Section]
	m := fm.values
	p.keys = frontKeys(s.front, fm)
	for _, k := range fm.order {
		f, ok := schemaKeys[p.Section][k]
		if k == "privacy" {
			l.Add(p.PosOf(k), `khóa privacy = "allow" không còn dùng: nó tắt mọi kiểm tra dữ liệu cá nhân của cả trang`,
				`thay bằng danh sách đúng những giá trị trang cố ý đăng và lý do, ví dụ allow = ["0261 3544 123"] `+
					`và allow_reason = "số đường dây nóng công khai của Công an xã"`)
			continue
		}
		if !ok {
			l.Add(p.PosOf(k), fmt.Sprintf("khóa %q không dùng được trong %s", k, sectionNames[p.Section]), unknownHint(k, schema))
			continue
		}
		set(p, f, m[k], l)
	}
	for _, f := range schema {
		if _, ok := m[f.key]; f.required && !ok {
			l.Add(p.Pos, fmt.Sprintf("thiếu khóa bắt buộc %q ở phần đầu trang", f.key),
				fmt.Sprintf("thêm một dòng %s giữa hai dòng +++", example(f)))
		}
	}
}

// frontKeys returns the front matter's keys with their lines in the file,
// as keyLines finds them.
func frontKeys(front string, fm decoded) []keyLine {
	keys := keyLines(front)
	for i := range keys {
		keys[i].line++ // the front matter's line 1 is the file's line 2
	}
	return keys
}

// set stores the value v of key f.key into p after checking its type.
func set(p *Page, f field, v any, l *diag.List) {
	at := p.PosOf(f.key)
	switch f.kind {
	case textKind:
		s, ok := v.(string)
		if !ok {
			l.Add(at, fmt.Sprintf("khóa %q phải là văn bản trong dấu ngoặc kép", f.key), "viết "+example(f))
			return
		}
		if f.required && strings.TrimSpace(s) == "" {
			l.Add(at, fmt.Sprintf("khóa %q không được để trống", f.key), "viết "+example(f))
			return
		}
		setText(p, f.key, strings.TrimSpace(s))
	case textList:
		list, ok := stringList(v)
		if !ok {
			l.Add(at, fmt.Sprintf("khóa %q phải là danh sách văn bản trong ngoặc vuông", f.key), "viết "+example(f))
			return
		}
		switch f.key {
		case "people":
			p.People = list
		case "allow":
			p.Allow = list
		default:
			p.Tags = list
		}
	case date:
		d, err := toDate(v)
		if err != nil {
			l.Add(at, "ngày không hợp lệ: "+err.Error(), `viết date = 2025-03-12 hoặc date = "12/03/2025" (ngày/tháng/năm)`)
			return
		}
		p.Date = d
	case boolean:
		b, ok := v.(bool)
		if !ok {
			l.Add(at, fmt.Sprintf("khóa %q chỉ nhận true hoặc false (không đặt trong ngoặc kép)", f.key), "viết "+example(f))
			return
		}
		switch f.key {
		case "draft":
			p.Draft = b
		case "consent":
			p.Consent = b
		default:
			p.Menu = b
		}
	case integer:
		n, ok := v.(int64)
		if !ok {
			l.Add(at, fmt.Sprintf("khóa %q phải là một số nguyên", f.key), "viết "+example(f))
			return
		}
		p.Weight = int(n)
	}
}

// setText stores a text key.
func setText(p *Page, key, s string) {
	switch key {
	case "title":
		p.Title = s
	case "unit":
		p.Unit = s
	case "criterion":
		p.Criterion = s
	case "summary":
		p.Summary = s
	case "image":
		p.Image = s
	case "image_alt":
		p.ImageAlt = s
	case "slug":
		p.Slug = s
	case "allow_reason":
		p.AllowReason = s
	}
}

// stringList converts a TOML array of strings.
func stringList(v any) ([]string, bool) {
	arr, ok := v.([]any)
	if !ok {
		return nil, false
	}
	out := make([]string, 0, len(arr))
	for _, e := range arr {
		s, ok := e.(string)
		if !ok {
			return nil, false
		}
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out, true
}

// toDate accepts a TOML local date (2025-03-12) or a string in YYYY-MM-DD or
// DD/MM/YYYY form.
func toDate(v any) (calendar.Date, error) {
	switch v := v.(type) {
	case time.Time:
		if h, m, s := v.Clock(); h != 0 || m != 0 || s != 0 || v.Nanosecond() != 0 {
			return calendar.Date{}, fmt.Errorf("chỉ ghi ngày, không ghi giờ (%s)", v.Format("2006-01-02 15:04"))
		}
		return calendar.Of(v), nil
	case string:
		return calendar.ParseDate(v)
	}
	return calendar.Date{}, fmt.Errorf("%v không phải là ngày", v)
}

// example shows a valid line for f.
func example(f field) string {
	switch f.key {
	case "date":
		return "date = 2025-03-12"
	case "unit":
		return `unit = "thon-1" (mã đơn vị trong data/units.csv)`
	case "criterion":
		return `criterion = "4.7" (mã nội dung thi đua trong data/criteria.toml)`
	case "allow":
		return `allow = ["0261 3544 123"]`
	}
	switch f.kind {
	case textList:
		return f.key + ` = ["…", "…"]`
	case boolean:
		return f.key + " = true"
	case integer:
		return f.key + " = 10"
	}
	return f.key + ` = "…"`
}

// unknownHint names the closest accepted key, if one is close, and lists them all.
func unknownHint(k string, schema []field) string {
	keys := make([]string, len(schema))
	best, bestD := "", 3
	for i, f := range schema {
		keys[i] = f.key
		if d := distance(strings.ToLower(k), f.key); d < bestD {
			best, bestD = f.key, d
		}
	}
	all := "các khóa dùng được: " + strings.Join(keys, ", ")
	if best != "" {
		return fmt.Sprintf("có phải là %q? %s", best, all)
	}
	return all
}

// distance is the Levenshtein edit distance between a and b, in bytes
// (keys are ASCII).
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
