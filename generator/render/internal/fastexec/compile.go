package fastexec

import (
	"reflect"
	"text/template/parse"
)

// This file compiles the nodes of escaped parse trees into closures: text,
// lists, printing actions, if/with, range and template calls. Pipelines,
// commands and calls are compiled in fast_eval.go and fast_call.go. A
// closure keeps what its node needs (the text, the compiled children, the
// escapers) so that rendering does no type switch on nodes and no lookup
// by node; what only rendering can tell (the type a field is read on) is
// cached in the closure as it runs.

// runFn does a node's work for one page: it writes to s.buf and may
// declare variables.
type runFn func(s *state, dot reflect.Value) error

// valFn evaluates a pipeline or an operand.
type valFn func(s *state, dot reflect.Value) (reflect.Value, error)

// compiler compiles the trees of one program.
type compiler struct{ set *Program }

// compileAll compiles every tree of p, entry being the one Execute runs;
// supported has checked them first.
func (p *Program) compileAll(entry string) {
	c := compiler{p}
	p.compiled = map[string]*compiledTree{}
	for name := range p.trees {
		c.tree(name)
	}
	p.entry = p.compiled[entry]
}

// tree returns the code of the template name, compiling it on first use
// (nil when the set has no such template).
func (c compiler) tree(name string) *compiledTree {
	if ct, ok := c.set.compiled[name]; ok {
		return ct
	}
	t, ok := c.set.trees[name]
	if !ok {
		return nil
	}
	ct := &compiledTree{}
	c.set.compiled[name] = ct // before compiling: the tree may call itself
	ct.run = c.node(t.Root)
	return ct
}

func noop(*state, reflect.Value) error { return nil }

func runFallback(*state, reflect.Value) error { return fallback() }

// node compiles one node of a tree.
func (c compiler) node(node parse.Node) runFn {
	switch n := node.(type) {
	case *parse.ActionNode:
		if len(n.Pipe.Decl) == 0 {
			return c.print(n.Pipe)
		}
		pipe := c.pipeline(n.Pipe)
		return func(s *state, dot reflect.Value) error {
			_, err := pipe(s, dot)
			return err
		}
	case *parse.BreakNode:
		return func(*state, reflect.Value) error { return errBreak }
	case *parse.ContinueNode:
		return func(*state, reflect.Value) error { return errContinue }
	case *parse.CommentNode:
		return noop
	case *parse.IfNode:
		return c.ifOrWith(false, &n.BranchNode)
	case *parse.WithNode:
		return c.ifOrWith(true, &n.BranchNode)
	case *parse.ListNode:
		return c.list(n)
	case *parse.RangeNode:
		return c.rangeNode(n)
	case *parse.TemplateNode:
		return c.templateCall(n)
	case *parse.TextNode:
		text := n.Text
		return func(s *state, _ reflect.Value) error {
			s.buf.Write(text)
			return nil
		}
	}
	return runFallback
}

// list compiles a list of nodes, leaving out comments; a nil list does
// nothing.
func (c compiler) list(l *parse.ListNode) runFn {
	if l == nil {
		return noop
	}
	var fns []runFn
	for _, n := range l.Nodes {
		if _, comment := n.(*parse.CommentNode); !comment {
			fns = append(fns, c.node(n))
		}
	}
	switch len(fns) {
	case 0:
		return noop
	case 1:
		return fns[0]
	}
	return func(s *state, dot reflect.Value) error {
		for _, f := range fns {
			if err := f(s, dot); err != nil {
				return err
			}
		}
		return nil
	}
}

// print compiles an action that prints its pipeline's value. After
// escaping, a pipeline ends with escapers: they are applied to the string
// directly, the value never boxed, and the last one writes straight into
// the page when it can.
func (c compiler) print(pipe *parse.PipeNode) runFn {
	names := trailingEscapers(pipe)
	cmds := pipe.Cmds[:len(pipe.Cmds)-len(names)]
	value := c.commands(cmds)
	if len(names) == 0 {
		return func(s *state, dot reflect.Value) error {
			v, err := value(s, dot)
			if err != nil {
				return err
			}
			if v.IsValid() && v.Type() == typeStr {
				s.buf.WriteString(v.String())
				return nil
			}
			return fallback()
		}
	}
	escs := make([]escaper, len(names)-1)
	for i, name := range names[:len(names)-1] {
		escs[i] = escapers[name]
	}
	last := escapers[names[len(names)-1]]
	table := directTables[names[len(names)-1]]
	text := c.textCall(cmds)
	return func(s *state, dot reflect.Value) error {
		var str string
		var ct contentType
		ok := false
		if text != nil {
			var err error
			if str, ct, ok, err = text(s, dot); err != nil {
				return err
			}
		}
		if !ok {
			v, err := value(s, dot)
			if err != nil {
				return err
			}
			str, ct = stringify(v)
		}
		var err error
		for _, esc := range escs {
			if str, err = esc(str, ct); err != nil {
				return err
			}
			ct = contentPlain
		}
		if table != nil && ct == contentPlain {
			writeReplaced(s.buf, str, table)
			return nil
		}
		if str, err = last(str, ct); err != nil {
			return err
		}
		s.buf.WriteString(str)
		return nil
	}
}

// ifOrWith compiles {{if}} and {{with}}; variables declared in the
// pipeline live until the end of the node.
func (c compiler) ifOrWith(with bool, b *parse.BranchNode) runFn {
	pipe := c.pipeline(b.Pipe)
	then := c.list(b.List)
	var otherwise runFn
	if b.ElseList != nil {
		otherwise = c.list(b.ElseList)
	}
	return func(s *state, dot reflect.Value) error {
		mark := len(s.vars)
		err := func() error {
			val, err := pipe(s, dot)
			if err != nil {
				return err
			}
			truth, ok := isTrue(indirectInterface(val))
			switch {
			case !ok:
				return fallback()
			case truth && with:
				return then(s, val)
			case truth:
				return then(s, dot)
			case otherwise != nil:
				return otherwise(s, dot)
			}
			return nil
		}()
		s.pop(mark)
		return err
	}
}

// rangeNode compiles {{range}} over slices and arrays (a nil value and an
// empty map range over nothing); anything else is left to html/template.
func (c compiler) rangeNode(r *parse.RangeNode) runFn {
	if r.Pipe.IsAssign {
		return runFallback
	}
	pipe := c.pipeline(r.Pipe)
	body := c.list(r.List)
	var otherwise runFn
	if r.ElseList != nil {
		otherwise = c.list(r.ElseList)
	}
	decl := len(r.Pipe.Decl)
	return func(s *state, dot reflect.Value) error {
		mark := len(s.vars)
		err := func() error {
			v, err := pipe(s, dot)
			if err != nil {
				return err
			}
			val, _ := indirect(v)
			n := 0
			switch val.Kind() {
			case reflect.Array, reflect.Slice:
				n = val.Len()
				for i := range n {
					if err := s.rangeOnce(body, decl, len(s.vars), i, val.Index(i)); err == errBreak {
						break
					} else if err != nil {
						return err
					}
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
			if n == 0 && otherwise != nil {
				return otherwise(s, dot)
			}
			return nil
		}()
		s.pop(mark)
		return err
	}
}

// rangeOnce runs one iteration: the declared variables get the element
// (the last one) and the index (the first of two), as in text/template.
func (s *state) rangeOnce(body runFn, decl, mark, index int, elem reflect.Value) error {
	if decl > 0 {
		s.vars[mark-1].value = elem
	}
	if decl > 1 {
		s.vars[mark-2].value = reflect.ValueOf(index)
	}
	err := body(s, elem)
	s.pop(mark)
	if err == errContinue {
		return nil
	}
	return err
}

// templateCall compiles {{template "name" pipeline}}: the called template
// sees only its own $, on the same variable stack.
func (c compiler) templateCall(t *parse.TemplateNode) runFn {
	target := c.tree(t.Name)
	if target == nil {
		return runFallback
	}
	pipe := c.pipeline(t.Pipe)
	return func(s *state, dot reflect.Value) error {
		if s.depth >= maxDepth {
			return fallback()
		}
		v, err := pipe(s, dot)
		if err != nil {
			return err
		}
		mark, base := len(s.vars), s.base
		s.vars = append(s.vars, variable{"$", v})
		s.base = mark
		s.depth++
		err = target.run(s, v)
		s.vars, s.base = s.vars[:mark], base
		s.depth--
		return err
	}
}
