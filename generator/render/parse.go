package render

import (
	"errors"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"slices"
	"sync/atomic"

	"phongtrao/generator/diag"
)

// Parsed is a layouts folder parsed as written, before the data exists:
// what check and build parse while they load the inputs, so that a
// layout's syntax error (an unclosed {{if}}, an unknown function) is
// reported in the same run as the problems of data/ and content/, and
// what rendering then uses instead of parsing the layouts again.
type Parsed struct {
	files map[string]string             // path inside layouts/ → source
	pages map[string]*template.Template // page template → its set, as written
	taken atomic.Bool                   // Templates has handed the sets out
}

// Parse reads the layouts of the layers (later layers winning file by
// file, as in Load) and parses them with Funcs and funcs. Only the names
// of funcs matter here (a parse checks that each function called exists):
// Templates binds the functions that run. problems holds every parse
// error and a missing base layout, each at its layouts/ file (empty when
// there are none); err is a failure to read the layers. p is nil when
// there are problems.
func Parse(funcs template.FuncMap, layers ...fs.FS) (p *Parsed, problems *diag.List, err error) {
	files, err := collect(layers)
	if err != nil {
		return nil, nil, err
	}
	problems = &diag.List{}
	if _, ok := files[Base]; !ok {
		problems.Add(diag.Pos{File: Dir + "/" + Base}, "thiếu bố cục chung "+Base,
			"tạo lại tệp này (xem docs/huong-dan-giao-dien.md) hoặc xóa thư mục layouts/ để dùng giao diện mặc định")
		return nil, problems, nil
	}
	pages := parseSets(files, withFuncs(funcs), problems)
	if problems.Len() == 0 {
		// Escaping needs every set whole: a broken partial would be
		// "no such template" in every page that calls it.
		escapeAll(pages, files, problems)
	}
	if problems.Len() > 0 {
		return nil, problems, nil
	}
	return &Parsed{files: files, pages: pages}, problems, nil
}

// Templates returns the parsed layouts ready to render, their site
// functions now funcs (the same names Parse was given, bound to the
// site's model), the pages minified as LoadMinified does. The parsed
// sets are handed out once: a second call, or a call on nil, returns
// false, and the caller parses the layouts again (LoadMinified), which
// also sees any change made to them since (the live preview).
func (p *Parsed) Templates(minify func(string) (string, error), funcs template.FuncMap) (*Templates, bool) {
	if p == nil || !p.taken.CompareAndSwap(false, true) {
		return nil, false
	}
	fm := withFuncs(funcs)
	for _, c := range p.pages {
		// Each page's set has its own function map (Clone copies it);
		// overwriting an entry before the first execution is allowed.
		c.Funcs(fm)
	}
	return newTemplates(p.files, p.pages, minify, fm), true
}

// withFuncs is Funcs with funcs added.
func withFuncs(funcs template.FuncMap) template.FuncMap {
	fm := Funcs()
	for k, v := range funcs {
		fm[k] = v
	}
	return fm
}

// escapeAll runs html/template's escaper over every page's set, which it
// otherwise does on the page's first execution, and adds what it refuses
// (an action where no escaping is safe, a {{template}} of no template...)
// to problems. The escaper reads the layouts alone, whatever the data: a
// page executed on nil is escaped, then stops at its first field, an
// error that is not reported (the data decide it). The base layout's or
// a partial's problem is in every page's set: it is reported once.
func escapeAll(pages map[string]*template.Template, files map[string]string, problems *diag.List) {
	byName, paths := nameMaps(files)
	seen := map[diag.Diagnostic]bool{}
	var open []string // pages whose end leaves a tag, attribute or string open
	var openAt diag.Diagnostic
	for _, name := range slices.Sorted(maps.Keys(pages)) {
		err := pages[name].ExecuteTemplate(io.Discard, Base, nil)
		var he *template.Error
		if !errors.As(err, &he) {
			continue
		}
		pos, msg, hint := execPos(err, name)
		d := diag.Diagnostic{Pos: filePos(pos, byName, paths), Msg: msg, Hint: hint}
		if he.ErrorCode == template.ErrEndContext {
			open, openAt = append(open, name), d
			continue
		}
		if !seen[d] {
			seen[d] = true
			problems.Add(d.Pos, d.Msg, d.Hint)
		}
	}
	// The escaper sees the end of the base layout, with the page's blocks
	// in it: when only some pages end open, their blocks are the cause.
	if len(open) == len(pages) {
		problems.Add(openAt.Pos, openAt.Msg, openAt.Hint)
		return
	}
	for _, name := range open {
		problems.Add(diag.Pos{File: Dir + "/" + name}, openAt.Msg, openAt.Hint)
	}
}
