package render

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"text/template/parse"
)

// The fast executor renders a page from the parse trees html/template has
// escaped, with the semantics of text/template's executor but without its
// costs on every action (a reflect call per escaping function, a method
// lookup by name per field). It covers what layouts commonly use: text,
// actions, if/with/range (over slices and arrays)/else/break/continue,
// template calls, variables, fields and methods, literals, the built-in
// functions and, or, not, len, index, eq, ne, lt, le, gt, ge, the Funcs,
// and the escaping functions of escape.go. Anything else (a construct, a
// value or an error it does not handle) makes Execute discard what it wrote
// and render the page with html/template, which stays the reference: the
// output is the same either way, and errors always come from
// html/template, with its messages and positions.

// errFallback says the fast executor met something it leaves to
// html/template.
var errFallback = errors.New("render: left to html/template")

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

// StandardEnv names the environment variable that, set to "1", turns the
// fast executor off (every page then goes through html/template), to rule
// it out when a page looks wrong.
const StandardEnv = "PHONGTRAO_STD_TEMPLATES"

// fastSet is one page template set, escaped and compiled for the fast
// executor (fast_compile.go): every node of its trees became a closure
// that does that node's work, with what can be known before a page is
// rendered (which function a name is, which escapers an action ends with,
// which tree a {{template}} call runs) worked out once.
type fastSet struct {
	trees map[string]*parse.Tree
	funcs map[string]reflect.Value
	// compiled holds each tree's code, by template name; base is the
	// layout's.
	compiled map[string]*compiledTree
	base     *compiledTree
}

// compiledTree is one template's code; run is set once the whole tree is
// compiled (a template may call itself).
type compiledTree struct{ run runFn }

// fastStats counts the pages rendered by each executor.
type fastStats struct{ fast, std atomic.Int64 }

// Stats returns how many pages the fast executor rendered and how many
// went to html/template (a layout construct or value it leaves to it).
func (t *Templates) Stats() (fast, standard int64) {
	return t.stats.fast.Load(), t.stats.std.Load()
}

// variable is a template variable and its value.
type variable struct {
	name  string
	value reflect.Value
}

// state is one execution of a fast set.
type state struct {
	set   *fastSet
	buf   *bytes.Buffer
	vars  []variable
	base  int // vars[base] is $ of the template being run
	depth int
}

// maxDepth bounds nested template calls, as text/template does.
const maxDepth = 10000

// states holds states between executions: a national build runs 130,000
// pages, and a new state with its variable stack each time was 90 MB of
// garbage.
var states = sync.Pool{New: func() any { return &state{vars: make([]variable, 0, 16)} }}

// execute renders the base layout with data into buf.
func (f *fastSet) execute(buf *bytes.Buffer, data any) error {
	v, ok := data.(reflect.Value)
	if !ok {
		v = reflect.ValueOf(data)
	}
	s := states.Get().(*state)
	*s = state{set: f, buf: buf, vars: append(s.vars[:0], variable{"$", v})}
	err := f.base.run(s, v)
	// Keep nothing of this page alive from the pool.
	clear(s.vars[:cap(s.vars)])
	*s = state{vars: s.vars[:0]}
	states.Put(s)
	return err
}

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
