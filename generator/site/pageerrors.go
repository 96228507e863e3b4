package site

import (
	"errors"
	"sync"

	"phongtrao/generator/diag"
)

// pageProblems collects the template errors of a build's pages (a field
// a layout names that the page's data lacks...), each distinct one once:
// a mistake in criterion.html fails every criterion's page at the same
// place. A build reports them all in one run instead of the first page's
// alone. It is safe for concurrent use.
type pageProblems struct {
	mu   sync.Mutex
	seen map[diag.Diagnostic]bool
	list diag.List
}

// add records err and returns true when it is a template error (a
// *diag.Error, as render.Templates.Execute returns); any other error is
// left to the caller.
func (p *pageProblems) add(err error) bool {
	var de *diag.Error
	if !errors.As(err, &de) {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.seen == nil {
		p.seen = map[diag.Diagnostic]bool{}
	}
	for _, d := range de.Items {
		if !p.seen[d] {
			p.seen[d] = true
			p.list.Add(d.Pos, d.Msg, d.Hint)
		}
	}
	return true
}

// err returns the problems recorded, as one *diag.Error, or nil.
func (p *pageProblems) err() error { return p.list.Err() }
