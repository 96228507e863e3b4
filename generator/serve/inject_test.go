package serve

import (
	"errors"
	"strings"
	"testing"

	"phongtrao/generator/diag"
)

func TestInjectHTML(t *testing.T) {
	script := `<script src="/__phongtrao/reload.js" data-gen="3">`
	cases := []struct{ name, page, before, after string }{
		{"before the last </body>", "<html><body><p>a</p></body></html>", "<html><body><p>a</p>", "</body></html>"},
		{"tags in any case", "<HTML><BODY>a</BODY></HTML>", "<HTML><BODY>a", "</BODY></HTML>"},
		// "</body>" inside an earlier script must not be taken for the end.
		{"last one wins", `<body><script>"</body>"</script>x</body>`, `<body><script>"</body>"</script>x`, "</body>"},
		{"no body: before </html>", "<html><p>a</p></html>", "<html><p>a</p>", "</html>"},
		{"neither: at the end", "<p>a</p>", "<p>a</p>", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := string(injectHTML([]byte(c.page), 3, nil))
			if !strings.HasPrefix(got, c.before+script) || !strings.HasSuffix(got, "</script>"+c.after) {
				t.Errorf("got %s", got)
			}
		})
	}
	page := []byte("<body></body>")
	injectHTML(page, 1, &failure{text: "x", count: 1})
	if string(page) != "<body></body>" {
		t.Errorf("injectHTML modified its input: %s", page)
	}
}

func TestBannerEscapesAndCounts(t *testing.T) {
	var l diag.List
	l.Add(diag.Pos{File: "content/stories/a.md", Line: 4}, `khóa lạ "<img src=x onerror=alert(1)>"`, "xóa khóa này")
	l.Add(diag.Pos{File: "data/deeds.csv", Line: 2, Col: 2}, "không có đơn vị t9", "")
	f := failureOf(l.Err())
	if f.count != 2 {
		t.Errorf("count %d, want 2 (one per diagnostic; hints are not errors)", f.count)
	}
	got := string(injectHTML([]byte("<body>trang</body>"), 5, f))
	for _, want := range []string{
		`id="` + bannerID + `"`,
		"Chưa dựng lại được trang: 2 lỗi.",
		"content/stories/a.md:4: khóa lạ &#34;&lt;img src=x onerror=alert(1)&gt;&#34;",
		"gợi ý: xóa khóa này",
		"data/deeds.csv:2:2: không có đơn vị t9",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("banner lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "<img") {
		t.Error("markup from an error reached the page")
	}
	if f := failureOf(errors.New("ghi lỗi")); f.count != 1 || f.text != "ghi lỗi" {
		t.Errorf("plain error: %+v", f)
	}
}
