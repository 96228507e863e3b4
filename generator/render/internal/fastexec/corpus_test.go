package fastexec_test

import (
	"errors"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"math/big"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"text/template/parse"
	"time"

	"phongtrao/generator/render"
	"phongtrao/generator/render/internal/fastexec"
)

// This file compares the escapers copied in escape.go with html/template
// itself: adversarial input, printed in every context the site's layouts
// print values in, must come out of both executors with the same bytes.
// When a Go release changes an escaper (a security fix, say), the copy no
// longer matches and TestEscaperCorpus fails: update escape.go from the
// new html/template (html.go, url.go, css.go, content.go) until it passes.

// escapeContext is a small template printing {{.}} in one context, and
// the escapers html/template puts after it there, without their
// _html_template_ prefix.
type escapeContext struct {
	name, src, chain string
	// partial: the escapers there give some values back to
	// html/template (cssvaluefilter gives back any value that could break
	// out of the declaration); elsewhere every string renders fast.
	partial bool
}

var contexts = []escapeContext{
	{name: "text", src: `<p>{{.}}</p>`, chain: "htmlescaper"},
	{name: "title", src: `<title>{{.}}</title>`, chain: "rcdataescaper"},
	{name: "textarea", src: `<textarea>{{.}}</textarea>`, chain: "rcdataescaper"},
	{name: "attribute", src: `<a title="{{.}}">x</a>`, chain: "attrescaper"},
	{name: "attribute in single quotes", src: `<img alt='{{.}}'>`, chain: "attrescaper"},
	{name: "attribute after text", src: `<div class="card {{.}}"></div>`, chain: "attrescaper"},
	{name: "meta content", src: `<meta name="description" content="{{.}}">`, chain: "attrescaper"},
	{name: "URL", src: `<a href="{{.}}">x</a>`, chain: "urlfilter | urlnormalizer | attrescaper"},
	{name: "image source", src: `<img src="{{.}}">`, chain: "urlfilter | urlnormalizer | attrescaper"},
	{name: "URL path", src: `<a href="/don-vi/{{.}}/">x</a>`, chain: "urlnormalizer | attrescaper"},
	{name: "URL query", src: `<a href="/tim-kiem/?q={{.}}">x</a>`, chain: "urlescaper | attrescaper"},
	{name: "CSS value", src: `<span style="width:{{.}}"></span>`, chain: "cssvaluefilter | attrescaper", partial: true},
	{name: "style element", src: `<style>p { color: {{.}} }</style>`, chain: "cssvaluefilter", partial: true},
}

// corpus holds strings that need each escaper's every rule: markup and
// quotes that try to leave their context, entities, '+', NUL, control
// characters, invalid UTF-8, Vietnamese, Unicode line separators and
// look-alikes, URL schemes safe and not, percent escapes valid and not,
// CSS that ends a declaration, opens a comment or calls expression().
var corpus = []string{
	"", "Thôn Đắk R'Lấp", "Đợt 1: 19/08/2024 – 03/02/2025", "a b c", "80,5 %", "1.234",
	`<script>alert("x")</script>`, `"><img src=x onerror=alert(1)>`, `' onmouseover='alert(1)`, "`backtick`",
	"</title><script>x</script>", "</textarea>", "</style>", "<!--", "-->", "]]>", "{{.}}", "＜script＞",
	"a & b + c", "&amp; &lt; &#60; &#x3c; &nbsp; &", "tab\tnew\nline\rcr\fff\vvt", "nul\x00byte", "\x00",
	"bad\xffutf8", "\xc3", "\xed\xa0\x80", "ℌ\u2028\u2029\ufdd0\ufeff\u200b\u202e\ufffd",
	"javascript:alert(1)", "JavaScript:x", " javascript:x", "java\tscript:x", "jav&#x09;ascript:x",
	"data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "HTTP://EXAMPLE.VN/", "https://example.vn/a?b=c&d=e#f",
	"mailto:a@b.vn", "//evil.example/x", "/don-vi/thon-1/", "a/b:c", "?q=1&r=2", "#top", "a b/c?d=e f",
	"100%", "50%25", "%zz", "%e1%bb%87", "%", "ả/ệ?ờ=ữ", "!*'();:@&=+$,/?#[]",
	"12px", "-1", "--x", "a;b", "a:b", "red}body{x", "#fff", `\41`, "expression(x)", "EXPRESSION(x)",
	"exp/**/ression", "mozBinding", "-moz-binding:url(x)", "url(javascript:x)", "x\x00y",
}

// TestEscaperCorpus renders every corpus string, as each type a value may
// have (a string, html/template's typed strings, a pointer), in every
// context, with the fast executor and with html/template, and requires
// the same bytes. It also requires that html/template still puts the same
// escapers in each context, and that the fast executor rendered every
// plain string (outside partial contexts): otherwise the comparison
// would prove nothing.
func TestEscaperCorpus(t *testing.T) {
	for _, c := range contexts {
		t.Run(c.name, func(t *testing.T) {
			tmpl, p := mustCompile(t, c.src)
			if got := chain(tmpl.Tree.Root); got != c.chain {
				t.Fatalf("html/template escapes %s with %q, the corpus expects %q: "+
					"Go's escaping changed; compare escape.go with html/template", c.src, got, c.chain)
			}
			plain := 0
			for _, s := range corpus {
				if same(t, tmpl, p, s) {
					plain++
				}
				for _, v := range []any{template.HTML(s), template.URL(s), template.HTMLAttr(s),
					template.CSS(s), template.JS(s), template.Srcset(s), &s} {
					same(t, tmpl, p, v)
				}
			}
			if plain == 0 || !c.partial && plain != len(corpus) {
				t.Errorf("fast executor rendered %d of %d strings in %s", plain, len(corpus), c.src)
			}
		})
	}
}

// TestOtherValues prints values that are not strings (numbers, nil,
// Stringers, collections) in every context.
func TestOtherValues(t *testing.T) {
	values := []any{0, 73086, -5, int64(7), uint8(200), 2.5, 1e21, true, false, nil, big.NewRat(1, 3), (*big.Rat)(nil),
		[]string{}, []string{"a", "<b>"}, map[string]int{"a": 1}, struct{ A string }{"<x>"}, level(3), time.Month(8),
		errors.New("<lỗi>"), (*int)(nil)}
	for _, c := range contexts {
		tmpl, p := mustCompile(t, c.src)
		for _, v := range values {
			same(t, tmpl, p, v)
		}
	}
}

// FuzzEscapers compares the two executors on any string, in every context.
func FuzzEscapers(f *testing.F) {
	for _, s := range corpus {
		f.Add(s)
	}
	type compiled struct {
		tmpl *template.Template
		p    *fastexec.Program
	}
	var all []compiled
	for _, c := range contexts {
		tmpl, p := mustCompile(f, c.src)
		all = append(all, compiled{tmpl, p})
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range all {
			same(t, c.tmpl, c.p, s)
			same(t, c.tmpl, c.p, template.HTML(s))
		}
	})
}

// TestCompileRefusesOtherContexts: values printed in a script, an event
// handler, an unquoted attribute, a srcset or as an attribute go through
// escapers that escape.go does not copy, so the whole set is left to
// html/template.
func TestCompileRefusesOtherContexts(t *testing.T) {
	for _, src := range []string{
		`<script>var x = {{.}};</script>`, `<script>var s = "{{.}}";</script>`, `<a onclick="f({{.}})">x</a>`,
		`<a title={{.}}>x</a>`, `<img srcset="{{.}}">`, `<p {{.}}>x</p>`,
	} {
		if _, p := compile(t, src); p != nil {
			t.Errorf("Compile took %s", src)
		}
	}
}

// layoutsDir is the demo's layouts folder, the generator's built-in theme.
const layoutsDir = "../../../../layouts"

// TestCorpusCoversLayouts escapes the built-in layouts as render.Load
// assembles them (the base layout, the partials, one page) and requires
// that every escaper chain they use is one of contexts: a layout that
// prints a value in a new context needs that context in the corpus.
func TestCorpusCoversLayouts(t *testing.T) {
	covered := map[string]bool{}
	for _, c := range contexts {
		covered[c.chain] = true
	}
	for ch, where := range layoutChains(t, os.DirFS(layoutsDir)) {
		if !covered[ch] {
			t.Errorf("%s prints a value escaped with %q, a context the corpus does not test: add it to contexts", where, ch)
		}
	}
}

// layoutChains returns the escaper chains of the layouts in fsys, each
// with a page that uses it.
func layoutChains(t *testing.T, fsys fs.FS) map[string]string {
	// The site's own functions: only their names matter for parsing.
	funcs := render.Funcs()
	funcs["asset"] = func(string) (string, error) { return "", nil }
	funcs["url"] = func(s string) string { return s }
	funcs["lower"] = strings.ToLower
	files := map[string]string{}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".html" {
			var b []byte
			b, err = fs.ReadFile(fsys, p)
			files[p] = string(b)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	root := template.Must(template.New(render.Base).Funcs(funcs).Parse(files[render.Base]))
	for p, src := range files {
		if name, ok := strings.CutPrefix(p, render.PartialsDir+"/"); ok {
			template.Must(root.New(name).Parse(src))
		}
	}
	chains := map[string]string{}
	for _, p := range slices.Sorted(maps.Keys(files)) {
		if p == render.Base || strings.HasPrefix(p, render.PartialsDir+"/") || strings.HasPrefix(path.Base(p), "_") {
			continue
		}
		set := template.Must(template.Must(root.Clone()).New(p).Parse(files[p]))
		if err := set.ExecuteTemplate(io.Discard, render.Base, nil); err != nil {
			var he *template.Error
			if errors.As(err, &he) {
				t.Fatalf("%s: %v", p, err)
			}
		}
		for _, tt := range set.Templates() {
			if tt.Tree == nil {
				continue
			}
			walkPipes(tt.Tree.Root, func(pipe *parse.PipeNode) {
				if ch := chainOf(pipe); ch != "" && chains[ch] == "" {
					chains[ch] = path.Join(render.Dir, p)
				}
			})
		}
	}
	if len(chains) == 0 {
		t.Fatalf("no escaped value in %s", layoutsDir)
	}
	return chains
}

// chain returns the escaper chain of the one action printing a value in
// root.
func chain(root *parse.ListNode) string {
	var out []string
	walkPipes(root, func(p *parse.PipeNode) {
		if ch := chainOf(p); ch != "" {
			out = append(out, ch)
		}
	})
	return strings.Join(out, " ; ")
}

// chainOf returns the escapers html/template appended to a pipeline,
// without their prefix, separated by " | ".
func chainOf(p *parse.PipeNode) string {
	var names []string
	for _, c := range p.Cmds {
		if id, ok := c.Args[0].(*parse.IdentifierNode); ok {
			if name, ok := strings.CutPrefix(id.Ident, "_html_template_"); ok {
				names = append(names, name)
			}
		}
	}
	return strings.Join(names, " | ")
}

// walkPipes calls f on every pipeline of printing actions under n.
func walkPipes(n parse.Node, f func(*parse.PipeNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				walkPipes(c, f)
			}
		}
	case *parse.ActionNode:
		f(n.Pipe)
	case *parse.IfNode:
		walkPipes(n.List, f)
		walkPipes(n.ElseList, f)
	case *parse.RangeNode:
		walkPipes(n.List, f)
		walkPipes(n.ElseList, f)
	case *parse.WithNode:
		walkPipes(n.List, f)
		walkPipes(n.ElseList, f)
	}
}
