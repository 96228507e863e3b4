package render

import (
	"errors"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"

	"phongtrao/generator/diag"
	"phongtrao/generator/render/internal/fastexec"
	"phongtrao/generator/sourcefs"
)

// Base is the base layout's file name inside layouts/.
const Base = "_base.html"

// PartialsDir is the folder of shared partials inside layouts/.
const PartialsDir = "partials"

// Dir is the layouts folder's path relative to the source, used in positions.
const Dir = "layouts"

// Templates is a parsed layouts folder: one template set per page template,
// each holding the base layout and every partial. It is safe for concurrent
// use once loaded.
type Templates struct {
	pages map[string]*template.Template // as written: errors come from these
	run   map[string]*template.Template // what renders: pages, or the same minified
	files map[string]string             // template name → source, to turn byte columns into characters
	paths map[string]string             // template name → file inside layouts/

	fast     map[string]*fastexec.Program // page name → its compiled set, when the fast executor runs it
	stats    fastStats
	minified bool
}

// Load parses the layouts in the given file systems; a file in a later one
// replaces the file with the same path in an earlier one (so a site's own
// layouts/ overrides the built-in theme file by file). funcs is added to the
// FuncMap of Funcs. Every parse error is returned, as a *diag.Error.
func Load(funcs template.FuncMap, layers ...fs.FS) (*Templates, error) {
	return LoadMinified(nil, funcs, layers...)
}

// LoadMinified is Load, with the pages rendered from layouts passed through
// minify first (publish.MinifyTemplate), so that they come out minified.
// Errors keep the positions of the files as written: the layouts are
// parsed as written too, and a page that fails is rendered again from
// them to report where. When minify fails on a layout, or its result does
// not parse, the layouts are used as written and Minified says so.
func LoadMinified(minify func(string) (string, error), funcs template.FuncMap, layers ...fs.FS) (*Templates, error) {
	p, problems, err := Parse(funcs, layers...)
	if err != nil {
		return nil, err
	}
	if err := problems.Err(); err != nil {
		return nil, err
	}
	t, _ := p.Templates(minify, funcs)
	return t, nil
}

// newTemplates makes the Templates of layouts parsed as written (pages, from
// files) with the FuncMap fm: the minified sets when minify is given and
// works, and the pages compiled for the fast executor.
func newTemplates(files map[string]string, pages map[string]*template.Template, minify func(string) (string, error), fm template.FuncMap) *Templates {
	byName, paths := nameMaps(files)
	t := &Templates{pages: pages, run: pages, files: byName, paths: paths}
	if minify != nil {
		if run, ok := minifiedSets(minify, files, fm); ok {
			t.run, t.minified = run, true
		}
	}
	t.fast = compileFast(t.run, fm)
	return t
}

// Minified reports whether pages come out minified (LoadMinified and every
// layout minified).
func (t *Templates) Minified() bool { return t.minified }

// minifiedSets parses the layouts after minify, or says it could not.
func minifiedSets(minify func(string) (string, error), files map[string]string, fm template.FuncMap) (map[string]*template.Template, bool) {
	small := make(map[string]string, len(files))
	for name, src := range files {
		m, err := minify(src)
		if err != nil {
			return nil, false
		}
		small[name] = m
	}
	var problems diag.List
	run := parseSets(small, fm, &problems)
	return run, problems.Len() == 0
}

// parseSets parses one template set per page template: the base layout,
// every partial and the page. Every parse error is added to problems, at
// its layouts/ file, a page's as well as the base layout's or a
// partial's (they do not depend on each other to parse). The sets
// returned are complete only when problems gained nothing.
func parseSets(files map[string]string, fm template.FuncMap, problems *diag.List) map[string]*template.Template {
	root := template.New(Base).Funcs(fm).Option("missingkey=error")
	if _, err := root.Parse(files[Base]); err != nil {
		problems.Add(parsePos(err, Base))
	}
	names := slices.Sorted(maps.Keys(files))
	for _, name := range names {
		if strings.HasPrefix(name, PartialsDir+"/") {
			// A partial is called by its path inside partials/:
			// {{template "search-form.html" .}}.
			if _, err := root.New(partialName(name)).Parse(files[name]); err != nil {
				problems.Add(parsePos(err, name))
			}
		}
	}
	pages := map[string]*template.Template{}
	for _, name := range names {
		if name == Base || strings.HasPrefix(name, PartialsDir+"/") || strings.HasPrefix(path.Base(name), "_") {
			continue
		}
		c, err := root.Clone()
		if err != nil {
			// Only a set already executed cannot be cloned; root never is.
			problems.Add(diag.Pos{File: Dir + "/" + name}, "không chép được bộ mẫu: "+err.Error(), guide)
			continue
		}
		if _, err := c.New(name).Parse(files[name]); err != nil {
			problems.Add(parsePos(err, name))
			continue
		}
		pages[name] = c
	}
	return pages
}

// nameMaps returns, by template name (a partial's is its path inside
// partials/), the source of each layout file and its path inside layouts/.
func nameMaps(files map[string]string) (byName, paths map[string]string) {
	byName, paths = map[string]string{}, map[string]string{}
	for p, src := range files {
		n := p
		if strings.HasPrefix(p, PartialsDir+"/") {
			n = partialName(p)
		}
		byName[n], paths[n] = src, p
	}
	return byName, paths
}

// filePos turns a position the template packages give by template name
// and byte column into one by file and character column (runeCol).
func filePos(pos diag.Pos, byName, paths map[string]string) diag.Pos {
	pos = runeCol(pos, byName)
	if p, ok := paths[strings.TrimPrefix(pos.File, Dir+"/")]; ok {
		pos.File = Dir + "/" + p
	}
	return pos
}

// partialName is the template name of the partial file at p.
func partialName(p string) string { return strings.TrimPrefix(p, PartialsDir+"/") }

// collect reads every *.html file of the layers, later layers winning. A
// linked file or folder inside the source is read as if it were there; a
// link that leads outside is an error (sourcefs.WalkDir).
func collect(layers []fs.FS) (map[string]string, error) {
	files := map[string]string{}
	for _, fsys := range layers {
		if fsys == nil {
			continue
		}
		err := sourcefs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == "." {
					return fs.SkipAll
				}
				return err
			}
			if d.IsDir() || path.Ext(p) != ".html" {
				return nil
			}
			b, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			files[p] = string(b)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// Has reports whether a page template of that name (e.g. "unit.html") exists.
func (t *Templates) Has(name string) bool { _, ok := t.pages[name]; return ok }

// Names returns the page templates' names, sorted.
func (t *Templates) Names() []string {
	out := make([]string, 0, len(t.pages))
	for k := range t.pages {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Execute renders the page template name within the base layout, writing to
// w. A template error comes back as a *diag.Error at its layouts/ position.
func (t *Templates) Execute(w io.Writer, name string, data any) error {
	c, ok := t.pages[name]
	if !ok {
		var l diag.List
		l.Add(diag.Pos{File: Dir + "/" + name}, "không có mẫu trang "+name,
			"tạo tệp "+Dir+"/"+name+" hoặc xóa bản sửa để dùng giao diện mặc định")
		return l.Err()
	}
	if t.executeFast(w, name, data) {
		return nil
	}
	err := t.run[name].ExecuteTemplate(w, Base, data)
	if err != nil && t.minified {
		// Report the error at its place in the layout as written.
		if err2 := c.ExecuteTemplate(io.Discard, Base, data); err2 != nil {
			err = err2
		}
	}
	if err != nil {
		pos, msg, hint := execPos(err, name)
		pos = filePos(pos, t.files, t.paths)
		var l diag.List
		l.Add(pos, msg, hint)
		return l.Err()
	}
	return nil
}
