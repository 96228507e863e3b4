package tomlfile

import (
	"strings"
	"testing"
)

// TestExplainInVietnamese decodes documents the toml package refuses and
// checks the message and hint a user sees: Vietnamese, at the value.
func TestExplainInVietnamese(t *testing.T) {
	for _, c := range []struct {
		src, want, hint string
	}{
		// 2025 is not a leap year: 30 February is on no calendar. The
		// value starts after "date = " (7 runes), at column 8 of line 2.
		{"title = \"x\"\ndate = 2025-02-30\n", "a.toml:2:8: lỗi cú pháp TOML: ngày 2025-02-30 không có trên lịch", "tháng 2 có 28 hoặc 29 ngày"},
		{"title = \"x\"\ntitle = \"y\"\n", `a.toml:2:1: lỗi cú pháp TOML: khóa "title" được viết hai lần`, "mỗi khóa chỉ viết một lần"},
		{"title = Tên bài\n", "a.toml:1:9: lỗi cú pháp TOML: thiếu giá trị hợp lệ sau dấu =", "dấu ngoặc kép"},
		{"title = \"x\n", "a.toml:1:", "ngoặc kép"},
		{"tags = [\"a\" \"b\"]\n", "a.toml:1:", "dấu phẩy"},
	} {
		var d struct {
			Title string
			Date  any
			Tags  []string
		}
		_, errs := Decode("a.toml", []byte(c.src), 0, &d)
		items := errs.Items()
		if len(items) != 1 || !strings.HasPrefix(items[0].Pos.String()+": "+items[0].Msg, c.want) || !strings.Contains(items[0].Hint, c.hint) {
			t.Errorf("%q: got %v, want %q with a hint naming %q", c.src, items, c.want, c.hint)
			continue
		}
		for _, english := range []string{"invalid", "expected", "defined", "unexpected", "toml:"} {
			if strings.Contains(items[0].Msg+items[0].Hint, english) {
				t.Errorf("%q: English %q reaches the user: %s / %s", c.src, english, items[0].Msg, items[0].Hint)
			}
		}
	}
}

// TestUnknownTableOnce: a [[target]] table criteria.toml does not know is
// one problem at its header (line 3), not one more for each of its keys.
func TestUnknownTableOnce(t *testing.T) {
	var d struct{ Title string }
	_, errs := Decode("a.toml", []byte("title = \"x\"\n\n[[target]]\nunit = \"u\"\nvalue = 0.8\n"), 0, &d)
	items := errs.Items()
	if len(items) != 1 || items[0].Pos.String()+": "+items[0].Msg != `a.toml:3: bảng không được hỗ trợ "target"` {
		t.Errorf("got %v", items)
	}
}
