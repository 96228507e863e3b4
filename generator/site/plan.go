package site

import (
	"bytes"
	"fmt"
	"runtime"
	"sort"
	"sync"

	"phongtrao/generator/data"
	"phongtrao/generator/media"
	"phongtrao/generator/parallel"
	"phongtrao/generator/publish"
	"phongtrao/generator/render"
)

// Plan is a site ready to render: everything Build does before it renders
// the pages (static files published, model indexed, pages checked, layouts
// parsed, page list made). It renders one file on demand (Render) or every
// file (WriteAll); Build is Prepare then WriteAll, so both give the same
// bytes. A Plan is read-only once prepared and safe for concurrent use.
type Plan struct {
	m      *model
	tpl    *render.Templates
	jobs   []job
	pages  map[string]int    // output file → index in jobs
	assets map[string][]byte // published static files by output file
	opts   Options
	// cards are the share cards the pages name, by output file, drawn
	// (or read from cache) when written.
	cards map[string]*media.Card
	cache *media.Cache

	extrasOnce sync.Once
	extras     map[string][]byte // feeds, sitemap, robots.txt, search index
	extrasErr  error
}

// Prepare does everything Build does before rendering pages: it reads and
// publishes the static files (CSS and JS minified and hashed) into memory,
// indexes the input, checks the pages, parses the layouts and lists every
// page. It returns the same errors Build would for these steps.
func Prepare(in Input, opts Options) (*Plan, error) { return PrepareFrom(nil, in, opts) }

// PrepareFrom is Prepare reusing what prev (which may be nil) computed
// from equal values: the A–Z directory when in.Data.Units holds the same
// units (ids, names, kinds, parents, in the same order) as prev's. Inputs
// are never modified once loaded, so the plan is the one Prepare would
// make; the live preview passes its last plan.
func PrepareFrom(prev *Plan, in Input, opts Options) (*Plan, error) {
	static := publish.NewMemory()
	a, err := writeAssets(in.Source, in.Photos, static, opts)
	if err != nil {
		return nil, err
	}
	m, err := newModel(in, a, opts)
	if err != nil {
		return nil, err
	}
	css, _ := static.Get(a["css/site.css"])
	m.colours = cardColours(css)
	if err := m.checkPages(); err != nil {
		return nil, err
	}
	if prev != nil {
		m.reuseDirectory(prev.m)
	}
	var minify func(string) (string, error)
	if !opts.NoMinify {
		minify = publish.MinifyTemplate
	}
	tpl, err := loadLayouts(in, minify, m.funcs())
	if err != nil {
		return nil, err
	}
	jobs := m.jobs()
	cards := m.addShares(jobs)
	pages, err := m.checkJobs(jobs)
	if err != nil {
		return nil, err
	}
	p := &Plan{m: m, tpl: tpl, jobs: jobs, pages: pages, assets: map[string][]byte{}, opts: opts,
		cards: cards, cache: in.Photos.Cache()}
	if in.Photos == nil {
		p.cache = media.OpenCache(media.DefaultCacheDir())
	}
	for _, rel := range static.Paths() {
		if _, dup := p.pages[rel]; dup {
			return nil, fmt.Errorf("tệp %q được ghi hai lần: một tệp trong static/ trùng địa chỉ với một trang", rel)
		}
		p.assets[rel], _ = static.Get(rel)
	}
	return p, nil
}

// reuseDirectory takes prev's A–Z directory when m's units equal prev's
// (sameUnits): the same units under the same letters, in the same order,
// each replaced by m's unit of the same id.
func (m *model) reuseDirectory(prev *model) {
	if !sameUnits(prev.set.Units, m.set.Units) {
		return
	}
	letters, old := prev.directory()
	byLetter := old
	if prev.set.Units != m.set.Units {
		byLetter = make(map[string][]*data.Unit, len(old))
		for l, us := range old {
			mine := make([]*data.Unit, len(us))
			for i, u := range us {
				mine[i] = m.set.Units.ByID[u.ID]
			}
			byLetter[l] = mine
		}
	}
	m.dirOnce.Do(func() { m.dirLetters, m.dirByLetter = letters, byLetter })
}

// sameUnits reports whether a and b list the same units in the same order:
// same ids, names, kinds and parents, so everything the directory shows
// and sorts by (names, kinds, where a unit is) is the same.
func sameUnits(a, b *data.Units) bool {
	if a == b {
		return true
	}
	if len(a.All) != len(b.All) {
		return false
	}
	for i, u := range a.All {
		v := b.All[i]
		if u.ID != v.ID || u.Name != v.Name || u.Kind != v.Kind || (u.Parent == nil) != (v.Parent == nil) ||
			(u.Parent != nil && u.Parent.ID != v.Parent.ID) {
			return false
		}
	}
	return true
}

// Paths returns every file the site has, sorted: static files, pages,
// feeds, sitemap, robots.txt and the search index. It builds the feeds and
// the search index on the first call (Render and WriteAll share them).
func (p *Plan) Paths() ([]string, error) {
	extras, err := p.extraFiles()
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(p.assets)+len(p.pages)+len(extras)+len(p.cards))
	for rel := range p.assets {
		out = append(out, rel)
	}
	for rel := range p.cards {
		out = append(out, rel)
	}
	for rel := range p.pages {
		out = append(out, rel)
	}
	for rel := range extras {
		out = append(out, rel)
	}
	sort.Strings(out)
	return out, nil
}

// Render returns the file at rel (a path relative to the output folder,
// "don-vi/x/index.html") exactly as WriteAll writes it, and false when the
// site has no such file. A page is rendered afresh on every call; callers
// keep what they want to reuse. A page's template error comes back as a
// *diag.Error at its layouts/ position, as from Build.
func (p *Plan) Render(rel string) ([]byte, bool, error) {
	if i, ok := p.pages[rel]; ok {
		var buf bytes.Buffer
		b, err := p.renderPage(&buf, i)
		if err != nil {
			return nil, true, err
		}
		return b, true, nil
	}
	if b, ok := p.assets[rel]; ok {
		return b, true, nil
	}
	if c, ok := p.cards[rel]; ok {
		b, err := c.PNG(p.cache)
		return b, true, err
	}
	if p.IsPage(rel) {
		return nil, false, nil
	}
	extras, err := p.extraFiles()
	if err != nil {
		return nil, false, err
	}
	b, ok := extras[rel]
	return b, ok, nil
}

// IsPage reports whether rel is one of the site's pages (an HTML file
// made from a layout), without rendering anything.
func (p *Plan) IsPage(rel string) bool {
	_, ok := p.pages[rel]
	return ok
}

// Pages returns how many pages the site has (static files, feeds and the
// search index not counted).
func (p *Plan) Pages() int { return len(p.jobs) }

// renderPage renders job i into buf (reset first) and returns the bytes
// as published: minified unless Options.NoMinify. The result may alias
// buf.
func (p *Plan) renderPage(buf *bytes.Buffer, i int) ([]byte, error) {
	j := p.jobs[i]
	buf.Reset()
	pg := j.make()
	err := p.tpl.Execute(buf, j.layout, pg)
	pg.release()
	if err != nil {
		return nil, err
	}
	if !p.minifyPages() {
		return buf.Bytes(), nil
	}
	return publish.Minify(j.out(), buf.Bytes())
}

// minifyPages reports whether each page must be minified after rendering:
// not when the layouts were minified (the usual case), nor with NoMinify.
func (p *Plan) minifyPages() bool { return !p.opts.NoMinify && !p.tpl.Minified() }

// extraFiles builds, once, what is not a page: the Atom feeds, the
// sitemap, robots.txt and the search index, as published (minified
// unless Options.NoMinify).
func (p *Plan) extraFiles() (map[string][]byte, error) {
	p.extrasOnce.Do(func() {
		mem := publish.NewMemory()
		if err := p.m.writeExtras(mem, !p.opts.NoMinify, p.jobs); err != nil {
			p.extrasErr = err
			return
		}
		files := make(map[string][]byte, mem.Len())
		for _, rel := range mem.Paths() {
			if _, dup := p.assets[rel]; dup || p.IsPage(rel) {
				p.extrasErr = fmt.Errorf("tệp %q được ghi hai lần: trùng với một tệp trong static/ hoặc một trang", rel)
				return
			}
			files[rel], _ = mem.Get(rel)
		}
		p.extras = files
	})
	return p.extras, p.extrasErr
}

// WriteAll writes every file of the site to w: the static files, the pages
// (rendered by Options.Workers at once, each written as soon as it is
// rendered), then the feeds, sitemap, robots.txt and search index. It
// stops at the first error.
func (p *Plan) WriteAll(w publish.Writer) error {
	names := make([]string, 0, len(p.assets))
	for rel := range p.assets {
		names = append(names, rel)
	}
	sort.Strings(names)
	for _, rel := range names {
		if err := w.WriteFile(rel, p.assets[rel]); err != nil {
			return err
		}
	}
	pw := w
	if p.minifyPages() {
		pw = publish.Minified(w)
	}
	// The feeds, sitemap and search index do not depend on the pages:
	// they are built on their own while the pages render.
	var extras map[string][]byte
	var extrasErr, cardsErr error
	var g parallel.Group
	g.Go(func() { extras, extrasErr = p.extraFiles() })
	g.Go(func() { cardsErr = p.writeCards(w) })
	err := renderAll(p.tpl, p.jobs, pw, p.opts.Workers)
	g.Wait()
	if err != nil {
		return err
	}
	if extrasErr != nil {
		return extrasErr
	}
	if cardsErr != nil {
		return cardsErr
	}
	names = names[:0]
	for rel := range extras {
		names = append(names, rel)
	}
	sort.Strings(names)
	for _, rel := range names {
		if err := w.WriteFile(rel, extras[rel]); err != nil {
			return err
		}
	}
	return nil
}

// writeCards writes every share card, each drawn or read from the cache,
// on as many workers as pages render with.
func (p *Plan) writeCards(w publish.Writer) error {
	paths := make([]string, 0, len(p.cards))
	for rel := range p.cards {
		paths = append(paths, rel)
	}
	sort.Strings(paths)
	workers := p.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	return parallel.Each(len(paths), workers, func(_, i int) error {
		b, err := p.cards[paths[i]].PNG(p.cache)
		if err != nil {
			return err
		}
		return w.WriteFile(paths[i], b)
	})
}
