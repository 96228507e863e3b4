package render

import (
	"errors"
	htmltemplate "html/template"
	"math/big"
	"strings"
	"testing"
	"testing/fstest"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
	"phongtrao/generator/diag"
)

const base = `<!doctype html><title>{{block "title" .}}{{.Title}}{{end}}</title>
<main>{{block "main" .}}{{end}}</main>{{template "foot.html" .}}`

func layers(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return m
}

func firstDiag(t *testing.T, err error) diag.Diagnostic {
	t.Helper()
	var de *diag.Error
	if !errors.As(err, &de) || len(de.Items) == 0 {
		t.Fatalf("error %v is not a *diag.Error", err)
	}
	return de.Items[0]
}

func TestExecuteWithOverride(t *testing.T) {
	theme := layers(map[string]string{
		"_base.html":         base,
		"partials/foot.html": `<footer>theme</footer>`,
		"home.html":          `{{define "main"}}<h1>{{.Title}}</h1>{{end}}`,
	})
	site := layers(map[string]string{"partials/foot.html": `<footer>site {{number 1234.5}}</footer>`})
	tpl, err := Load(nil, theme, site)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := tpl.Execute(&b, "home.html", map[string]string{"Title": "<script>x</script>"}); err != nil {
		t.Fatal(err)
	}
	// The site's partial replaces the theme's; data is escaped.
	want := "<!doctype html><title>&lt;script&gt;x&lt;/script&gt;</title>\n<main><h1>&lt;script&gt;x&lt;/script&gt;</h1></main><footer>site 1.234,5</footer>"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	if got := strings.Join(tpl.Names(), ","); got != "home.html" {
		t.Errorf("Names = %s", got)
	}
}

func TestErrorPositions(t *testing.T) {
	tests := []struct {
		name  string
		page  string
		data  any
		pos   string
		inMsg string
	}{
		{"parse: unclosed if", "{{define \"main\"}}\n<p>\n{{if .X}}\n{{end}}", nil,
			// The define opened on line 1 is never closed: the parser reports end of input at line 4.
			"layouts/unit.html:4", "còn khối chưa đóng bằng {{end}}"},
		{"parse: unknown function", "{{define \"main\"}}\n\n{{frobnicate .}}{{end}}", nil,
			"layouts/unit.html:3", `không có hàm "frobnicate"`},
		{"exec: missing field", "{{define \"main\"}}\n<p>{{.Missing}}</p>{{end}}", struct{ Title string }{"t"},
			// Line 2, column 6 is where ".Missing" starts (after "<p>{{").
			"layouts/unit.html:2:6", "can't evaluate field Missing"},
		{"exec: missing map key", "{{define \"main\"}}{{.Nope}}{{end}}", map[string]string{"Title": "t"},
			"layouts/unit.html:1:20", `không có khóa "Nope", ở <.Nope>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := layers(map[string]string{"_base.html": base, "partials/foot.html": "", "unit.html": tt.page})
			tpl, err := Load(nil, fs)
			if err == nil {
				var b strings.Builder
				err = tpl.Execute(&b, "unit.html", tt.data)
			}
			if err == nil {
				t.Fatal("no error")
			}
			d := firstDiag(t, err)
			if d.Pos.String() != tt.pos || !strings.Contains(d.Msg, tt.inMsg) || d.Hint == "" {
				t.Errorf("got %s: %s (hint %q); want %s: …%s…", d.Pos, d.Msg, d.Hint, tt.pos, tt.inMsg)
			}
		})
	}
}

// TestEscapeErrorsFoundWhenParsed: what html/template's escaper refuses
// depends on the layouts alone, so Load reports it, for every page, before
// anything renders. Three pages go wrong in three ways, a fourth is fine:
//   - a.html: one branch of {{if}} leaves an href open; the escaper names
//     the {{if}} by its condition .X, line 2 column 6 (after "{{if ").
//   - b.html: its block ends inside an href; the escaper only sees the
//     base layout end open, with no line, but as d.html's does not, the
//     page is named.
//   - c.html: {{template}} of no partial, at the name's opening quote,
//     line 2 column 15 (after `<p>{{template `, 14 characters).
func TestEscapeErrorsFoundWhenParsed(t *testing.T) {
	fs := layers(map[string]string{"_base.html": base, "partials/foot.html": "",
		"a.html": "{{define \"main\"}}\n{{if .X}}<a href=\"{{end}}x{{end}}",
		"b.html": "{{define \"main\"}}\n<a href=\"{{.X}}{{end}}",
		"c.html": "{{define \"main\"}}\n<p>{{template \"khong-co.html\" .}}</p>{{end}}",
		"d.html": "{{define \"main\"}}<p>{{.Title}}</p>{{end}}",
	})
	_, err := Load(nil, fs)
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatalf("Load = %v, want the escaper's problems", err)
	}
	var got []string
	for _, d := range de.Items {
		got = append(got, d.Pos.String()+": "+d.Msg+" | "+d.Hint)
	}
	const closeHint = "đóng mỗi thẻ, thuộc tính và dấu ngoặc kép ở trong chính nhánh {{if}}/{{else}}, vòng {{range}} hoặc khối {{define}} đã mở nó — xem docs/huong-dan-giao-dien.md"
	want := []string{
		"layouts/a.html:2:6: mẫu giao diện không dựng được: các nhánh của {{if}} kết thúc ở những chỗ khác nhau của HTML (một nhánh để dở thẻ, thuộc tính hoặc dấu ngoặc kép) | " + closeHint,
		"layouts/b.html: mẫu giao diện không dựng được: trang kết thúc khi một thẻ, thuộc tính hoặc chuỗi trong ngoặc kép chưa đóng | " + closeHint,
		`layouts/c.html:2:15: mẫu giao diện không dựng được: không có mẫu "khong-co.html" | không có mẫu con (partial) mang tên này trong layouts/partials/`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEscapeErrorOfTheBase: when every page ends open, the base layout is
// the cause and is named once (no line: the escaper gives none).
func TestEscapeErrorOfTheBase(t *testing.T) {
	fs := layers(map[string]string{"_base.html": base + `<p title="`, "partials/foot.html": "",
		"a.html": `{{define "main"}}a{{end}}`, "b.html": `{{define "main"}}b{{end}}`})
	_, err := Load(nil, fs)
	if d := firstDiag(t, err); d.Pos.String() != "layouts/_base.html" || !strings.Contains(err.Error(), "\n1 lỗi") {
		t.Errorf("got %v, want one problem at layouts/_base.html", err)
	}
}

func TestMissingBase(t *testing.T) {
	_, err := Load(nil, layers(map[string]string{"home.html": ""}))
	if d := firstDiag(t, err); d.Pos.String() != "layouts/_base.html" {
		t.Errorf("pos %s", d.Pos)
	}
}

func TestLocateFallback(t *testing.T) {
	pos, msg := locate("something odd", "x.html")
	if pos.String() != "layouts/x.html" || msg != "something odd" {
		t.Errorf("locate fallback = %s, %q", pos, msg)
	}
	pos, msg = locate("template: partials/a.html:12:3: executing \"x\" at <.A>: boom", "x.html")
	// Column 3 counted from 0 is column 4 counted from 1.
	if pos.String() != "layouts/partials/a.html:12:4" || msg != "executing \"x\" at <.A>: boom" {
		t.Errorf("locate = %s, %q", pos, msg)
	}
}

func TestFormatting(t *testing.T) {
	num := func(x any) string { s, err := Number(x); must(t, err); return s }
	pct := func(x any) string { s, err := Percent(x); must(t, err); return s }
	word := func(x any) string { s, err := StatusWord(x); must(t, err); return s }
	d, _ := decimal.Parse("1234,5")
	tests := []struct{ got, want string }{
		{num(1234567), "1.234.567"},
		{num(d), "1.234,5"},
		{num(big.NewRat(13, 2)), "6,5"},  // mean score 13/2
		{num(big.NewRat(20, 3)), "6,67"}, // 6.666… rounded to 2 places
		{pct(big.NewRat(161, 200)), "80,5%"},
		{pct(1.0), "100%"},
		{pct((*big.Rat)(nil)), "–"},
		{word("met"), "Đạt"},
		{word("not-met"), "Chưa đạt"},
		{word("none"), "Không phát sinh"},
		{word("no-data"), "Chưa có số liệu"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
	if _, err := StatusWord("weird"); err == nil {
		t.Error("unknown status accepted")
	}
	if _, err := Number("x"); err == nil {
		t.Error("string accepted by number")
	}
	w, _ := PeriodStatusWord("running")
	c, _ := StatusClass("no-data")
	if w != "Đang diễn ra" || c != "st-no-data" {
		t.Errorf("period %q class %q", w, c)
	}
	// The slash of a fraction becomes a break opportunity; markup in the
	// text stays escaped.
	if got := Breakable(`38.239/38.563 <b>&"`); got != `38.239/<wbr>38.563 &lt;b&gt;&amp;&#34;` {
		t.Errorf("breakable = %q", got)
	}
	// A text whose every word fits (9 bytes at most, counted before
	// escaping) is only escaped: the longest word of "2/13 tháng" is 4
	// bytes, "999/1.000" is 9, "a/<b>" 5; "1.000/1.000" (11) gets its break.
	for in, want := range map[string]htmltemplate.HTML{
		"14/14":         "14/14",
		"2/13 tháng":    "2/13 tháng",
		"999/1.000":     "999/1.000",
		"1.000/1.000":   "1.000/<wbr>1.000",
		"x 1.000/1.000": "x 1.000/<wbr>1.000",
		"a/<b>":         "a/&lt;b&gt;",
	} {
		if got := Breakable(in); got != want {
			t.Errorf("breakable(%q) = %q, want %q", in, got, want)
		}
	}
	date := Funcs()["date"].(func(any) (string, error))
	if got, err := date(calendar.Date{Year: 2024, Month: 8, Day: 9}); got != "09/08/2024" || err != nil {
		t.Errorf("date = %q, %v", got, err)
	}
	if _, err := date("2024-08-09"); err == nil || !strings.Contains(err.Error(), "calendar.Date") {
		t.Errorf("date of a string: %v, want an error naming calendar.Date", err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestExecColumnCountsCharacters(t *testing.T) {
	// "<p>Đạt {{" is 9 characters but 12 bytes (Đ, ạ take 2 and 3 bytes):
	// the field starts at character 10.
	fs := layers(map[string]string{"_base.html": base, "partials/foot.html": "",
		"u.html": "{{define \"main\"}}\n<p>Đạt {{.Missing}}</p>{{end}}"})
	tpl, err := Load(nil, fs)
	must(t, err)
	var b strings.Builder
	err = tpl.Execute(&b, "u.html", struct{ Title string }{})
	if d := firstDiag(t, err); d.Pos.String() != "layouts/u.html:2:10" {
		t.Errorf("pos %s, want layouts/u.html:2:10", d.Pos)
	}
}

func TestPartialErrorNamesItsFile(t *testing.T) {
	fs := layers(map[string]string{"_base.html": base, "partials/foot.html": "<p>\n{{.Nope}}</p>",
		"home.html": `{{define "main"}}{{end}}`})
	tpl, err := Load(nil, fs)
	must(t, err)
	var b strings.Builder
	err = tpl.Execute(&b, "home.html", struct{ Title string }{})
	// The partial is called as "foot.html" but lives in layouts/partials/foot.html.
	if d := firstDiag(t, err); d.Pos.String() != "layouts/partials/foot.html:2:3" {
		t.Errorf("pos %s", d.Pos)
	}
	fs["partials/foot.html"] = &fstest.MapFile{Data: []byte("{{if}}")}
	_, err = Load(nil, fs)
	if d := firstDiag(t, err); d.Pos.String() != "layouts/partials/foot.html:1" {
		t.Errorf("parse pos %s", d.Pos)
	}
}
