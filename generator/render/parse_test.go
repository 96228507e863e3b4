package render

import (
	"html/template"
	"strings"
	"testing"
)

// TestParsedBindsFunctionsOnce: the layouts are parsed with a stand-in
// for the site's function (only its name matters when parsing), and
// Templates renders with the function it is given: "hello" comes out as
// "HELLO" from the real one, not "stub" from the stand-in. The sets are
// handed out once; a second Templates says so, for the caller to parse
// again.
func TestParsedBindsFunctionsOnce(t *testing.T) {
	fs := layers(map[string]string{"_base.html": base, "partials/foot.html": "",
		"home.html": `{{define "main"}}{{shout "hello"}}{{end}}`})
	stub := template.FuncMap{"shout": func(string) string { return "stub" }}
	p, problems, err := Parse(stub, fs)
	if err != nil || problems.Len() != 0 {
		t.Fatalf("Parse: %v, %v", err, problems.Err())
	}
	real := template.FuncMap{"shout": strings.ToUpper}
	tpl, ok := p.Templates(nil, real)
	if !ok {
		t.Fatal("Templates refused the parsed sets the first time")
	}
	var b strings.Builder
	must(t, tpl.Execute(&b, "home.html", map[string]string{"Title": "t"}))
	// base: <title>{{.Title}}</title>\n<main>…</main> and an empty foot.
	if want := "<!doctype html><title>t</title>\n<main>HELLO</main>"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	if _, ok := p.Templates(nil, real); ok {
		t.Error("the parsed sets were handed out twice")
	}
	if _, ok := (*Parsed)(nil).Templates(nil, real); ok {
		t.Error("nil Parsed handed out sets")
	}
}

// TestParseReportsEveryFile: a broken partial does not stop the pages
// from being parsed, so each file's error is reported in one run: the
// partial's unclosed action (line 1) and the page's unknown function
// (line 2), in file order; no sets come back.
func TestParseReportsEveryFile(t *testing.T) {
	fs := layers(map[string]string{"_base.html": base, "partials/foot.html": "{{.X",
		"home.html": "{{define \"main\"}}\n{{nope}}{{end}}"})
	p, problems, err := Parse(nil, fs)
	if err != nil || p != nil {
		t.Fatalf("Parse = %v, %v", p, err)
	}
	var got []string
	for _, d := range problems.Items() {
		got = append(got, d.Pos.String()+": "+d.Msg)
	}
	want := []string{
		`layouts/home.html:2: mẫu giao diện sai cú pháp: không có hàm "nope"`,
		`layouts/partials/foot.html:1: mẫu giao diện sai cú pháp: thiếu dấu đóng }}`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
