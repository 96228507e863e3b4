package render

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sync/atomic"
	"text/template/parse"
	"unsafe"
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

// fastSet is one page template set, escaped, ready for the fast executor.
type fastSet struct {
	trees map[string]*parse.Tree
	funcs map[string]reflect.Value
	// chains caches, per field chain (.A.B, $x.A, (pipe).A; keyed by the
	// address of its names), how each of
	// its names resolved on the type last seen there.
	chains nodeTable[chainCache]
	// printed lists, per pipeline of an action that prints, the escapers
	// it ends with, applied without going through reflect.
	printed nodeTable[[]escaper]
	// functions resolves each function name of the trees (identifier
	// node) once; called, each {{template}} call's tree.
	functions nodeTable[function]
	called    nodeTable[*parse.Tree]
}

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

// execute renders the base layout with data into buf.
func (f *fastSet) execute(buf *bytes.Buffer, data any) error {
	v, ok := data.(reflect.Value)
	if !ok {
		v = reflect.ValueOf(data)
	}
	var stack [16]variable
	s := &state{set: f, buf: buf, vars: append(stack[:0], variable{"$", v})}
	return s.walk(v, f.trees[Base].Root)
}

func (s *state) walk(dot reflect.Value, node parse.Node) error {
	switch n := node.(type) {
	case *parse.ActionNode:
		if len(n.Pipe.Decl) == 0 {
			return s.printPipeline(dot, n.Pipe)
		}
		_, err := s.evalPipeline(dot, n.Pipe)
		return err
	case *parse.BreakNode:
		return errBreak
	case *parse.ContinueNode:
		return errContinue
	case *parse.CommentNode:
		return nil
	case *parse.IfNode:
		return s.walkIfOrWith(false, dot, &n.BranchNode)
	case *parse.WithNode:
		return s.walkIfOrWith(true, dot, &n.BranchNode)
	case *parse.ListNode:
		for _, c := range n.Nodes {
			if err := s.walk(dot, c); err != nil {
				return err
			}
		}
		return nil
	case *parse.RangeNode:
		return s.walkRange(dot, n)
	case *parse.TemplateNode:
		return s.walkTemplate(dot, n)
	case *parse.TextNode:
		s.buf.Write(n.Text)
		return nil
	}
	return fallback()
}

// printPipeline runs an action's pipeline and writes its value. After
// escaping, a pipeline ends with escapers: they are applied to the string
// directly, the value never boxed.
func (s *state) printPipeline(dot reflect.Value, pipe *parse.PipeNode) error {
	escs := s.set.printed.get(unsafe.Pointer(pipe))
	v, err := s.evalCommands(dot, pipe.Cmds[:len(pipe.Cmds)-len(escs)])
	if err != nil {
		return err
	}
	if len(escs) == 0 {
		if v.IsValid() && v.Type() == typeStr {
			s.buf.WriteString(v.String())
			return nil
		}
		return fallback()
	}
	str, ct := stringify(v)
	for _, esc := range escs {
		if str, err = esc(str, ct); err != nil {
			return err
		}
		ct = contentPlain
	}
	s.buf.WriteString(str)
	return nil
}

func (s *state) walkIfOrWith(with bool, dot reflect.Value, b *parse.BranchNode) error {
	defer s.pop(len(s.vars))
	val, err := s.evalPipeline(dot, b.Pipe)
	if err != nil {
		return err
	}
	truth, ok := isTrue(indirectInterface(val))
	if !ok {
		return fallback()
	}
	switch {
	case truth && with:
		return s.walk(val, b.List)
	case truth:
		return s.walk(dot, b.List)
	case b.ElseList != nil:
		return s.walk(dot, b.ElseList)
	}
	return nil
}

func (s *state) walkRange(dot reflect.Value, r *parse.RangeNode) error {
	defer s.pop(len(s.vars))
	v, err := s.evalPipeline(dot, r.Pipe)
	if err != nil {
		return err
	}
	val, _ := indirect(v)
	mark := len(s.vars)
	switch val.Kind() {
	case reflect.Array, reflect.Slice:
		if r.Pipe.IsAssign {
			return fallback()
		}
		for i := 0; i < val.Len(); i++ {
			err := s.rangeOnce(r, mark, i, val.Index(i))
			if err == errBreak {
				break
			}
			if err != nil {
				return err
			}
		}
		if val.Len() > 0 {
			return nil
		}
	case reflect.Invalid:
		// A nil value: nothing to range over, not an error.
	case reflect.Map:
		if val.Len() > 0 {
			return fallback()
		}
	default:
		return fallback()
	}
	if r.ElseList != nil {
		return s.walk(dot, r.ElseList)
	}
	return nil
}

// rangeOnce runs one iteration: the declared variables get the element
// (the last one) and the index (the first of two), as in text/template.
func (s *state) rangeOnce(r *parse.RangeNode, mark int, index int, elem reflect.Value) error {
	if len(r.Pipe.Decl) > 0 {
		s.vars[mark-1].value = elem
	}
	if len(r.Pipe.Decl) > 1 {
		s.vars[mark-2].value = reflect.ValueOf(index)
	}
	defer s.pop(mark)
	err := s.walk(elem, r.List)
	if err == errContinue {
		return nil
	}
	return err
}

func (s *state) walkTemplate(dot reflect.Value, t *parse.TemplateNode) error {
	tree := s.set.called.get(unsafe.Pointer(t))
	if tree == nil || s.depth >= maxDepth {
		return fallback()
	}
	v, err := s.evalPipeline(dot, t.Pipe)
	if err != nil {
		return err
	}
	// The called template sees only its own $: it starts a new scope on
	// the same stack.
	mark, base := len(s.vars), s.base
	s.vars = append(s.vars, variable{"$", v})
	s.base = mark
	s.depth++
	err = s.walk(v, tree.Root)
	s.vars, s.base = s.vars[:mark], base
	s.depth--
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
