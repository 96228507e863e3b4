package fastexec

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sync"
	"text/template/parse"
)

// Program is a template set compiled for Execute: every node of its
// escaped trees became a closure that does that node's work, with what
// can be known before a page is rendered (which function a name is, which
// escapers an action ends with, which tree a {{template}} call runs)
// worked out once. It is safe for concurrent use.
type Program struct {
	trees map[string]*parse.Tree
	funcs map[string]reflect.Value
	// compiled holds each tree's code, by template name; entry is the
	// code of the template Execute runs.
	compiled map[string]*compiledTree
	entry    *compiledTree
}

// compiledTree is one template's code; run is set once the whole tree is
// compiled (a template may call itself).
type compiledTree struct{ run runFn }

// Execute renders the program's template with data, appending to buf,
// and reports whether it did. When it meets something it leaves to
// html/template (a value, a function's error, a panic) it returns false
// with buf as it was, and the caller renders the page with html/template,
// which gives the same bytes or reports the error.
func (p *Program) Execute(buf *bytes.Buffer, data any) bool {
	mark := buf.Len()
	v, ok := data.(reflect.Value)
	if !ok {
		v = reflect.ValueOf(data)
	}
	s := states.Get().(*state)
	*s = state{buf: buf, vars: append(s.vars[:0], variable{"$", v})}
	err := p.entry.run(s, v)
	// Keep nothing of this page alive from the pool.
	clear(s.vars[:cap(s.vars)])
	*s = state{vars: s.vars[:0]}
	states.Put(s)
	if err != nil {
		buf.Truncate(mark)
		return false
	}
	return true
}

// errFallback says the executor met something it leaves to html/template.
var errFallback = errors.New("fastexec: left to html/template")

// fallback returns errFallback; with debugFallback set (when working on
// the executor) it also prints where, to see what a page falls back on.
func fallback() error {
	if debugFallback {
		_, file, line, _ := runtime.Caller(1)
		fmt.Fprintf(os.Stderr, "fallback at %s:%d\n", file, line)
	}
	return errFallback
}

const debugFallback = false

// Loop control inside range, as in text/template.
var (
	errBreak    = errors.New("break")
	errContinue = errors.New("continue")
)

// variable is a template variable and its value.
type variable struct {
	name  string
	value reflect.Value
}

// state is one execution of a program.
type state struct {
	buf   *bytes.Buffer
	vars  []variable
	base  int // vars[base] is $ of the template being run
	depth int
}

// maxDepth bounds nested template calls, as text/template does.
const maxDepth = 10000

// states holds states between executions, so that a site of many pages
// does not allocate a state and its variable stack for each.
var states = sync.Pool{New: func() any { return &state{vars: make([]variable, 0, 16)} }}

func (s *state) pop(mark int) { s.vars = s.vars[:mark] }

func (s *state) varValue(name string) (reflect.Value, error) {
	for i := len(s.vars) - 1; i >= s.base; i-- {
		if s.vars[i].name == name {
			return s.vars[i].value, nil
		}
	}
	return reflect.Value{}, fallback()
}

func (s *state) setVar(name string, v reflect.Value) error {
	for i := len(s.vars) - 1; i >= s.base; i-- {
		if s.vars[i].name == name {
			s.vars[i].value = v
			return nil
		}
	}
	return fallback()
}
