package serve

import (
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"

	"phongtrao/generator/build"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
	"phongtrao/generator/site"
)

// built is one build as the preview serves it: every file is rendered the
// first time it is asked for (by a request, by the pages rendered before
// the reload event, or by the background warm-up) and kept, so that a
// file is rendered at most once per build however many ask at once.
type built struct {
	// render returns the file at rel as build writes it, and whether the
	// site has it; list returns every file of the site, sorted.
	render func(rel string) ([]byte, bool, error)
	list   func() ([]string, error)
	// pages is how many pages the site has, for the log line.
	pages int

	mu    sync.Mutex
	files map[string]*cached
}

// cached is one file of a build, rendered once.
type cached struct {
	once  sync.Once
	b     []byte
	found bool
	err   error
}

func newBuilt(render func(string) ([]byte, bool, error), list func() ([]string, error), pages int) *built {
	return &built{render: render, list: list, pages: pages, files: map[string]*cached{}}
}

// planBuilt serves a prepared site plan and the results export beside it.
func planBuilt(plan *site.Plan, exp *export) *built {
	render := func(rel string) ([]byte, bool, error) {
		if exp.has(rel) {
			return exp.get(rel)
		}
		return plan.Render(rel)
	}
	list := func() ([]string, error) {
		paths, err := plan.Paths()
		if err != nil {
			return nil, err
		}
		for _, rel := range exp.paths() {
			i := sort.SearchStrings(paths, rel)
			if i < len(paths) && paths[i] == rel {
				return nil, fmt.Errorf("tệp %q được ghi hai lần: một tệp trong static/ trùng với tệp kết quả", rel)
			}
			paths = append(paths[:i], append([]string{rel}, paths[i:]...)...)
		}
		return paths, nil
	}
	return newBuilt(render, list, plan.Pages())
}

// memBuilt serves the files of a Memory, for tests.
func memBuilt(mem *publish.Memory) *built {
	render := func(rel string) ([]byte, bool, error) {
		b, ok := mem.Get(rel)
		return b, ok, nil
	}
	list := func() ([]string, error) { return mem.Paths(), nil }
	return newBuilt(render, list, mem.Len())
}

// fileName is the file a site path names, as a web server maps it: ""
// and a path ending in "/" name that folder's index.html.
func fileName(rel string) string {
	rel = strings.TrimPrefix(rel, "/")
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	return rel
}

// get returns the file at rel (see fileName), whether the site has it, and
// the error that rendering it met. The bytes are shared: never modify them.
func (b *built) get(rel string) ([]byte, bool, error) {
	name := fileName(rel)
	b.mu.Lock()
	c := b.files[name]
	if c == nil {
		c = &cached{}
		b.files[name] = c
	}
	b.mu.Unlock()
	c.once.Do(func() {
		// A bug in the site's code is an error on the page, not a dead
		// server (the warm-up has no net/http to recover it).
		defer func() {
			if r := recover(); r != nil {
				c.b, c.found = nil, true
				c.err = fmt.Errorf("lỗi nội bộ của trình dựng trang khi vẽ %s: %v\n%s", name, r, debug.Stack())
			}
		}()
		c.b, c.found, c.err = b.render(name)
	})
	return c.b, c.found, c.err
}

// paths returns every file of the site, sorted.
func (b *built) paths() ([]string, error) { return b.list() }

// preload renders the given files now; the first error stops it.
func (b *built) preload(rels []string) error {
	for _, rel := range rels {
		if _, _, err := b.get(rel); err != nil {
			return err
		}
	}
	return nil
}

// warm renders, one after the other, every file not rendered yet, and
// returns the first file that failed (empty when listing the files
// failed) with its error; it returns nil early once stop is closed.
func (b *built) warm(stop <-chan struct{}) (string, error) {
	paths, err := b.paths()
	if err != nil {
		return "", err
	}
	for _, rel := range paths {
		select {
		case <-stop:
			return "", nil
		default:
		}
		if _, _, err := b.get(rel); err != nil {
			return rel, err
		}
	}
	return "", nil
}

// export is the results export (build.ExportPaths: the JSON, the CSV, the
// workbook and the fill-in forms) of one computation, rendered the first
// time it is asked for and then shared by every build made from the same
// results.
type export struct {
	res   *results.Results
	names []string
	once  sync.Once
	files *publish.Memory
	err   error
}

func newExport(res *results.Results) *export {
	return &export{res: res, names: build.ExportPaths(res)}
}

func (e *export) paths() []string { return e.names }

func (e *export) has(rel string) bool { return slices.Contains(e.names, rel) }

func (e *export) get(rel string) ([]byte, bool, error) {
	e.once.Do(func() {
		e.files = publish.NewMemory()
		e.err = build.RenderExport(e.res, e.files)
	})
	if e.err != nil {
		return nil, true, e.err
	}
	b, ok := e.files.Get(rel)
	return b, ok, nil
}
