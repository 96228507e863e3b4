package fastexec_test

import (
	"bytes"
	"html/template"
	"math/big"
	"strings"
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/render"
	"phongtrao/generator/render/internal/fastexec"
)

// compile parses src as the template "p" with render's functions, as
// render.Load parses layouts, and compiles it; Compile has escaped it, so
// executing the template gives html/template's own output.
func compile(t testing.TB, src string) (*template.Template, *fastexec.Program) {
	t.Helper()
	tmpl, err := template.New("p").Funcs(render.Funcs()).Option("missingkey=error").Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return tmpl, fastexec.Compile(tmpl, "p", render.Funcs())
}

// mustCompile is compile, failing when the executor does not take src.
func mustCompile(t testing.TB, src string) (*template.Template, *fastexec.Program) {
	t.Helper()
	tmpl, p := compile(t, src)
	if p == nil {
		t.Fatalf("Compile refused %q", src)
	}
	return tmpl, p
}

// same renders data with html/template and with p, fails when p gives
// other bytes, or renders what html/template rejects, and reports whether
// p rendered.
func same(t *testing.T, tmpl *template.Template, p *fastexec.Program, data any) bool {
	t.Helper()
	var std, fast bytes.Buffer
	errStd := tmpl.Execute(&std, data)
	fast.WriteString("kept|")
	ok := p.Execute(&fast, data)
	got, hasMark := strings.CutPrefix(fast.String(), "kept|")
	switch {
	case !hasMark:
		t.Errorf("%#v: Execute changed what the buffer held before", data)
	case !ok && got != "":
		t.Errorf("%#v: Execute gave up but left %q in the buffer", data, got)
	case ok && errStd != nil:
		t.Errorf("%#v: fast executor rendered %q, html/template failed: %v", data, got, errStd)
	case ok && got != std.String():
		t.Errorf("%#v:\nfast:          %q\nhtml/template: %q", data, got, std.String())
	}
	return ok
}

type inner struct {
	Name  string
	Items []string
	M     map[string]int
	P     *inner
	None  []int
}

func (i inner) Upper() string          { return strings.ToUpper(i.Name) }
func (i *inner) Greet(s string) string { return "chào " + s + " " + i.Name }

// TestConstructs runs the constructs the executor handles, and some it
// leaves to html/template, on both executors.
func TestConstructs(t *testing.T) {
	src := `{{.Name}}|{{.Upper}}|{{.Greet "bạn"}}|{{len .Items}}|{{index .Items 1}}|{{index .M "b"}}` +
		`{{range $i, $e := .Items}}[{{$i}}:{{$e}}]{{else}}none{{end}}{{range .None}}x{{else}}none{{end}}` +
		`{{range .Items}}{{if eq . "b"}}{{continue}}{{end}}{{if eq . "d"}}{{break}}{{end}}<{{.}}>{{end}}` +
		`{{$x := 1}}{{if gt (len .Items) 2}}{{$x = 2}}{{end}}{{$x}}` +
		`{{if and .Name (not .P)}}A{{end}}{{if or .P .Items}}O{{end}}{{with .P}}{{.Name}}{{else}}noP{{end}}` +
		`{{if lt 1 2}}lt{{end}}{{if gt 2.5 1.5}}gt{{end}}{{if ne .Name "x"}}ne{{end}}{{if le 2 2}}le{{end}}{{if ge "b" "a"}}ge{{end}}` +
		`{{(index .Items 0)}}{{if .M}}{{.M.a}}{{end}}{{template "sub" .Items}}{{define "sub"}}<i>{{len .}}</i>{{end}}`
	tmpl, fast := mustCompile(t, src)
	// Ranging over a map with entries, and .P.Name on a nil .P (an error),
	// are left to html/template at run time.
	tmplLater, later := mustCompile(t, `{{range $k, $v := .M}}{{$k}}={{$v}};{{end}}{{.P.Name}}`)
	// printf is not run by the executor: Compile refuses the whole set.
	if _, p := compile(t, src+`{{printf "%03d" 7}}`); p != nil {
		t.Error("Compile took a template calling printf")
	}
	var nFast, nLater int
	for _, d := range []*inner{
		{Name: "Ê", Items: []string{"a", "b", "c", "d", "e"}, M: map[string]int{"a": 1, "b": 2}},
		{Name: "x", Items: []string{"only", "two"}, M: map[string]int{}, P: &inner{Name: "p"}},
		{Name: "", Items: []string{"x", "y"}, M: nil},
	} {
		nFast += btoi(same(t, tmpl, fast, d))
		nLater += btoi(same(t, tmplLater, later, d))
	}
	// A value, not a pointer: Greet (a method of *inner) is an error,
	// reported by html/template.
	if same(t, tmpl, fast, inner{Name: "v"}) {
		t.Error("fast executor called a pointer method on a value")
	}
	if nFast != 3 {
		t.Errorf("fast executor rendered %d of 3 pages", nFast)
	}
	// Data 1 has map entries, data 3 a nil .P; data 2 runs fast.
	if nLater != 1 {
		t.Errorf("fast executor rendered %d pages ranging over maps or reading a nil pointer, want 1", nLater)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// printed holds values for the functions a page prints directly.
type printed struct {
	N    any
	I    int
	L    level
	S    string
	D    calendar.Date
	M    calendar.Month
	Kind string
}

// level is a named int: number refuses it, as it refuses any type but its own.
type level int

// TestPrintedCalls: a printed call of a function giving text ({{number
// .N}}, {{breakable .S}}, {{date .D}}) is written without boxing its
// result, in every context, with the same bytes as html/template; a
// failing call (number of a string, status of an unknown word) is given
// back, for html/template to report.
func TestPrintedCalls(t *testing.T) {
	tmpl, fast := mustCompile(t, `<p>{{number .N}}|{{number .I}}|{{breakable .S}}|{{date .D}}|{{isoDate .D}}|{{month .M}}|{{status .Kind}}</p>`+
		`<a href="/x/{{number .N}}">{{periodStatus "running"}}</a>`)
	// Markup in an attribute loses its tags: left to html/template.
	tmplAttr, attr := mustCompile(t, `<a title="{{breakable .S}}">x</a>`)
	// number of a named int is an error, an int's fast path notwithstanding.
	tmplNamed, named := mustCompile(t, `{{number .L}}`)
	var nFast, nAttr, nNamed int
	for _, d := range []printed{
		{N: 1234567, I: 255, L: 7, S: "38.239/38.563 <b>&\"", D: calendar.Date{Year: 2024, Month: 8, Day: 9}, M: calendar.Month{Year: 2025, Month: 2}, Kind: "met"},
		{N: big.NewRat(13, 2), I: 1234567, S: "không có gạch", Kind: "none"},
		{N: "chữ", S: "a/b", Kind: "met"}, // number of a string: an error
		{N: 1, S: "a/b", Kind: "lạ"},      // an unknown status: an error
	} {
		nFast += btoi(same(t, tmpl, fast, d))
		nAttr += btoi(same(t, tmplAttr, attr, d))
		nNamed += btoi(same(t, tmplNamed, named, d))
	}
	if nFast != 2 || nAttr != 0 || nNamed != 0 {
		t.Errorf("fast executor rendered %d pages (want 2), %d with markup in an attribute (want 0), %d printing number of a named int (want 0)",
			nFast, nAttr, nNamed)
	}
}

// TestPrintedCallIsNotBoxed: printing a function's text ({{breakable .S}}
// of a string without "/", which breakable returns as it is) allocates no
// more than printing the field itself: the result goes to the page
// without a reflect.Value around it.
func TestPrintedCallIsNotBoxed(t *testing.T) {
	d := &printed{S: "ab"}
	allocs := func(src string) float64 {
		_, p := mustCompile(t, src)
		var b bytes.Buffer
		return testing.AllocsPerRun(100, func() {
			b.Reset()
			if !p.Execute(&b, d) {
				t.Fatalf("%s: fast executor gave up", src)
			}
		})
	}
	if call, field := allocs(`{{breakable .S}}`), allocs(`{{.S}}`); call > field {
		t.Errorf("{{breakable .S}} allocates %v times, {{.S}} %v: the call's result is boxed", call, field)
	}
}
