package render

import (
	"bytes"
	"html/template"
	"math/big"
	"strings"
	"testing"

	"phongtrao/generator/calendar"
)

// contexts puts one value in every context the fast executor escapes
// itself: text, quoted attributes, URLs (whole, and a query parameter),
// RCDATA and a CSS value.
const contexts = `<!doctype html><p>{{.V}}</p><a title="{{.V}}" href="{{.V}}">x</a>` +
	`<a href="/tim-kiem/?q={{.V}}">y</a><textarea>{{.V}}</textarea><span style="width:{{.V}}"></span>` +
	`{{if .V}}yes{{else}}no{{end}}{{with .V}}[{{.}}]{{end}}`

// pair loads the same layouts twice: with the fast executor and with
// html/template alone.
func pair(t testing.TB, page string) (fast, std *Templates) {
	t.Helper()
	return pairWith(t, page, true)
}

// pairWith is pair, expecting the fast executor to take the layout or not.
func pairWith(t testing.TB, page string, wantFast bool) (fast, std *Templates) {
	t.Helper()
	files := layers(map[string]string{Base: `{{template "main" .}}`, "p.html": `{{define "main"}}` + page + `{{end}}`})
	var err error
	if fast, err = Load(nil, files); err != nil {
		t.Fatal(err)
	}
	if (fast.fast["p.html"] != nil) != wantFast {
		t.Fatalf("fast executor takes the test layout: %v, want %v", fast.fast["p.html"] != nil, wantFast)
	}
	t.Setenv(StandardEnv, "1")
	if std, err = Load(nil, files); err != nil {
		t.Fatal(err)
	}
	t.Setenv(StandardEnv, "")
	return fast, std
}

// same renders data with both and fails when the bytes differ.
func same(t *testing.T, fast, std *Templates, data any) {
	t.Helper()
	var a, b bytes.Buffer
	errA := fast.Execute(&a, "p.html", data)
	errB := std.Execute(&b, "p.html", data)
	if (errA == nil) != (errB == nil) || a.String() != b.String() {
		t.Errorf("%#v:\nfast: %q (%v)\nstd:  %q (%v)", data, a.String(), errA, b.String(), errB)
	}
}

type holder struct{ V any }

// escapeInputs are strings that need each escaper's every rule: HTML
// specials, quotes, '+', NUL, invalid UTF-8, Vietnamese, unsafe URL
// schemes, percent escapes valid and not, CSS breakers and comments.
var escapeInputs = []string{
	"", "Thôn Đắk R'Lấp", `<script>alert("x")</script>`, "a & b + c", "tab\tnew\nline", "nul\x00byte",
	"bad\xffutf8", "javascript:alert(1)", "JavaScript:x", "https://example.vn/a?b=c&d=e#f", "mailto:a@b.vn",
	"/don-vi/thon-1/", "a/b:c", "100%", "50%25", "%zz", "80,5", "12px", "-1", "--x", "a;b", "expression(x)",
	"mozBinding", "Đợt 1: 19/08/2024 – 03/02/2025", "ℌ\u2028\ufdd0", "#fff", "a b c",
}

func TestFastEscapersMatchHTMLTemplate(t *testing.T) {
	fast, std := pair(t, contexts)
	var values []any
	for _, s := range escapeInputs {
		values = append(values, s, template.HTML(s), template.URL(s), &s)
	}
	values = append(values, 0, 73086, -5, int64(7), 2.5, true, false, nil, big.NewRat(1, 3), (*big.Rat)(nil),
		[]string{}, []string{"a"}, struct{}{})
	for _, v := range values {
		same(t, fast, std, holder{v})
	}
	if n, _ := fast.Stats(); n == 0 {
		t.Error("no value went through the fast executor")
	}
}

func FuzzFastEscapers(f *testing.F) {
	for _, s := range escapeInputs {
		f.Add(s)
	}
	fast, std := pair(f, contexts)
	f.Fuzz(func(t *testing.T, s string) {
		same(t, fast, std, holder{s})
		same(t, fast, std, holder{template.HTML(s)})
	})
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

// TestFastExecutorConstructs runs the constructs the fast executor handles
// (and some it leaves to html/template) on both executors.
func TestFastExecutorConstructs(t *testing.T) {
	page := `{{.Name}}|{{.Upper}}|{{.Greet "bạn"}}|{{len .Items}}|{{index .Items 1}}|{{index .M "b"}}` +
		`{{range $i, $e := .Items}}[{{$i}}:{{$e}}]{{else}}none{{end}}{{range .None}}x{{else}}none{{end}}` +
		`{{range .Items}}{{if eq . "b"}}{{continue}}{{end}}{{if eq . "d"}}{{break}}{{end}}<{{.}}>{{end}}` +
		`{{$x := 1}}{{if gt (len .Items) 2}}{{$x = 2}}{{end}}{{$x}}` +
		`{{if and .Name (not .P)}}A{{end}}{{if or .P .Items}}O{{end}}{{with .P}}{{.Name}}{{else}}noP{{end}}` +
		`{{if lt 1 2}}lt{{end}}{{if gt 2.5 1.5}}gt{{end}}{{if ne .Name "x"}}ne{{end}}{{if le 2 2}}le{{end}}{{if ge "b" "a"}}ge{{end}}` +
		`{{(index .Items 0)}}{{if .M}}{{.M.a}}{{end}}`
	fast, std := pair(t, page)
	// Ranging over a map with entries, and .P.Name on a nil .P (an error),
	// are left to html/template at run time.
	later, std3 := pair(t, `{{range $k, $v := .M}}{{$k}}={{$v}};{{end}}{{.P.Name}}`)
	// printf is not run by the fast executor: the whole layout goes to html/template.
	slow, std2 := pairWith(t, page+`{{printf "%03d" 7}}`, false)
	for _, d := range []*inner{
		{Name: "Ê", Items: []string{"a", "b", "c", "d", "e"}, M: map[string]int{"a": 1, "b": 2}},
		{Name: "x", Items: []string{"only", "two"}, M: map[string]int{}, P: &inner{Name: "p"}},
		{Name: "", Items: []string{"x", "y"}, M: nil},
	} {
		same(t, fast, std, d)
		same(t, slow, std2, d)
		same(t, later, std3, d)
	}
	// A value, not a pointer: Greet (a method of *inner) is an error,
	// reported by html/template.
	same(t, fast, std, inner{Name: "v"})
	if n, m := fast.Stats(); n != 3 || m != 1 {
		t.Errorf("fast executor ran %d pages, handed over %d; want 3 and 1", n, m)
	}
	// Data 1 has map entries, data 3 a nil .P; data 2 runs fast.
	if n, m := later.Stats(); n != 1 || m != 2 {
		t.Errorf("fast executor ran %d pages, handed over %d; want 1 and 2", n, m)
	}
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

// TestPrintedCallsMatchHTMLTemplate: a printed call of a function giving
// text ({{number .N}}, {{breakable .S}}) is written without boxing its
// result (textCall), in every context, with the same bytes as
// html/template; a failing call (number of a string, status of an
// unknown word) is handed over and reported as html/template reports it.
func TestPrintedCallsMatchHTMLTemplate(t *testing.T) {
	page := `<p>{{number .N}}|{{number .I}}|{{breakable .S}}|{{date .D}}|{{isoDate .D}}|{{month .M}}|{{status .Kind}}</p>` +
		`<a href="/x/{{number .N}}">{{periodStatus "running"}}</a>`
	fast, std := pair(t, page)
	// Markup in an attribute loses its tags: left to html/template.
	attr, std2 := pair(t, `<a title="{{breakable .S}}">x</a>`)
	// number of a named int is an error, an int's fast path (textCaller) notwithstanding.
	named, std3 := pair(t, `{{number .L}}`)
	for _, d := range []printed{
		{N: 1234567, I: 255, L: 7, S: "38.239/38.563 <b>&\"", D: calendar.Date{Year: 2024, Month: 8, Day: 9}, M: calendar.Month{Year: 2025, Month: 2}, Kind: "met"},
		{N: big.NewRat(13, 2), I: 1234567, S: "không có gạch", Kind: "none"},
		{N: "chữ", S: "a/b", Kind: "met"}, // number of a string: an error
		{N: 1, S: "a/b", Kind: "lạ"},      // an unknown status: an error
	} {
		same(t, fast, std, d)
		same(t, attr, std2, d)
		same(t, named, std3, d)
	}
	if n, _ := named.Stats(); n != 0 {
		t.Errorf("fast executor printed number of a named int %d times, want 0", n)
	}
	if n, m := fast.Stats(); n != 2 || m != 2 {
		t.Errorf("fast executor ran %d pages, handed over %d; want 2 and 2", n, m)
	}
	if n, _ := attr.Stats(); n != 0 {
		t.Errorf("fast executor ran %d pages with markup in an attribute, want 0", n)
	}
}

// TestPrintedCallIsNotBoxed: printing a function's text ({{breakable .S}}
// of a string without "/", which breakable returns as it is) allocates no
// more than printing the field itself: the result goes to the page
// without a reflect.Value around it (textCall). Boxed, it costs one
// allocation more per call, a hundred per unit page.
func TestPrintedCallIsNotBoxed(t *testing.T) {
	d := &printed{S: "ab"}
	allocs := func(page string) float64 {
		fast, _ := pair(t, page)
		var b bytes.Buffer
		return testing.AllocsPerRun(100, func() {
			b.Reset()
			if err := fast.Execute(&b, "p.html", d); err != nil {
				t.Fatal(err)
			}
		})
	}
	if call, field := allocs(`{{breakable .S}}`), allocs(`{{.S}}`); call > field {
		t.Errorf("{{breakable .S}} allocates %v times, {{.S}} %v: the call's result is boxed", call, field)
	}
}
