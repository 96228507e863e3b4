package fastexec

import (
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"text/template/parse"
)

// This file compiles pipelines for the fast executor, following
// text/template's exec.go: commands, fields and methods, variables and
// operands (calls are in fast_call.go, built-in functions in
// fast_builtin.go), and holds the truth and indirection rules they share.

// cmdFn runs one command of a pipeline; final is the value of the command
// before it (the zero Value for the first command).
type cmdFn func(s *state, dot, final reflect.Value) (reflect.Value, error)

func cmdFallback(*state, reflect.Value, reflect.Value) (reflect.Value, error) {
	return reflect.Value{}, fallback()
}

// pipeline compiles a pipeline with its variable declarations or
// assignments; a nil pipeline gives no value.
func (c compiler) pipeline(p *parse.PipeNode) valFn {
	if p == nil {
		return func(*state, reflect.Value) (reflect.Value, error) { return reflect.Value{}, nil }
	}
	value := c.commands(p.Cmds)
	if len(p.Decl) == 0 {
		return value
	}
	names := make([]string, len(p.Decl))
	for i, v := range p.Decl {
		names[i] = v.Ident[0]
	}
	assign := p.IsAssign
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		v, err := value(s, dot)
		if err != nil {
			return reflect.Value{}, err
		}
		for _, name := range names {
			if assign {
				if err := s.setVar(name, v); err != nil {
					return reflect.Value{}, err
				}
			} else {
				s.vars = append(s.vars, variable{name, v})
			}
		}
		return v, nil
	}
}

// commands compiles commands run in turn, each given the one before's
// value.
func (c compiler) commands(cmds []*parse.CommandNode) valFn {
	fns := make([]cmdFn, len(cmds))
	for i, cmd := range cmds {
		fns[i] = c.command(cmd, i > 0)
	}
	if len(fns) == 1 {
		f := fns[0]
		return func(s *state, dot reflect.Value) (reflect.Value, error) {
			v, err := f(s, dot, reflect.Value{})
			if err != nil {
				return reflect.Value{}, err
			}
			return unwrapEmpty(v), nil
		}
	}
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		var v reflect.Value
		var err error
		for _, f := range fns {
			if v, err = f(s, dot, v); err != nil {
				return reflect.Value{}, err
			}
			v = unwrapEmpty(v)
		}
		return v, nil
	}
}

// unwrapEmpty unwraps an interface{} value to the value inside, as
// text/template does after each command.
func unwrapEmpty(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface && v.Type().NumMethod() == 0 {
		return reflect.ValueOf(v.Interface())
	}
	return v
}

// command compiles one command; hasFinal says it gets the previous
// command's value as its last argument.
func (c compiler) command(cmd *parse.CommandNode, hasFinal bool) cmdFn {
	args := cmd.Args[1:]
	switch n := cmd.Args[0].(type) {
	case *parse.FieldNode:
		return c.fieldChain(nil, n.Ident, args, hasFinal)
	case *parse.IdentifierNode:
		return c.function(n.Ident, args, hasFinal)
	case *parse.VariableNode:
		return c.variable(n, args, hasFinal)
	case *parse.ChainNode:
		return c.chain(n, args, hasFinal)
	}
	if len(args) > 0 || hasFinal {
		return cmdFallback // not a function, yet given arguments
	}
	switch n := cmd.Args[0].(type) {
	case *parse.PipeNode:
		pipe := c.pipeline(n)
		return func(s *state, dot, _ reflect.Value) (reflect.Value, error) { return pipe(s, dot) }
	case *parse.DotNode:
		return func(_ *state, dot, _ reflect.Value) (reflect.Value, error) { return dot, nil }
	case *parse.BoolNode, *parse.StringNode, *parse.NumberNode:
		v, err := literal(n)
		return func(*state, reflect.Value, reflect.Value) (reflect.Value, error) { return v, err }
	}
	return cmdFallback
}

// literal is a constant's natural Go value.
func literal(n parse.Node) (reflect.Value, error) {
	switch a := n.(type) {
	case *parse.StringNode:
		return reflect.ValueOf(a.Text), nil
	case *parse.NumberNode:
		return idealConstant(a)
	case *parse.BoolNode:
		return reflect.ValueOf(a.True), nil
	}
	return reflect.Value{}, fallback()
}

// variable compiles $x and $x.A.B.
func (c compiler) variable(n *parse.VariableNode, args []parse.Node, hasFinal bool) cmdFn {
	name := n.Ident[0]
	if len(n.Ident) == 1 {
		if len(args) > 0 || hasFinal {
			return cmdFallback
		}
		return func(s *state, _, _ reflect.Value) (reflect.Value, error) { return s.varValue(name) }
	}
	return c.fieldChain(func(s *state, _ reflect.Value) (reflect.Value, error) {
		return s.varValue(name)
	}, n.Ident[1:], args, hasFinal)
}

// chain compiles (pipeline).Field1.Field2.
func (c compiler) chain(n *parse.ChainNode, args []parse.Node, hasFinal bool) cmdFn {
	if len(n.Field) == 0 {
		return cmdFallback
	}
	raw := c.raw(n.Node)
	return c.fieldChain(func(s *state, dot reflect.Value) (reflect.Value, error) {
		v, err := raw(s, dot)
		if err != nil {
			return v, fallback()
		}
		return v, nil
	}, n.Field, args, hasFinal)
}

// fieldChain compiles .A.B.C read on receiver's value (on dot when
// receiver is nil); only the last name gets the arguments.
func (c compiler) fieldChain(receiver valFn, ident []string, args []parse.Node, hasFinal bool) cmdFn {
	cache := make(chainCache, len(ident))
	call := c.callArgs(args, hasFinal)
	last := len(ident) - 1
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		r := dot
		if receiver != nil {
			var err error
			if r, err = receiver(s, dot); err != nil {
				return r, err
			}
		}
		for i := range last {
			var err error
			if r, err = s.field(dot, &cache[i], ident[i], nil, reflect.Value{}, r); err != nil {
				return r, err
			}
		}
		return s.field(dot, &cache[last], ident[last], call, final, r)
	}
}

// chainCache remembers, per name of a field chain, the last type it was
// evaluated on and how the name resolved there: most chains always see
// the same type.
type chainCache []atomic.Pointer[memo]

type memo struct {
	rt   reflect.Type // the receiver's type
	addr bool         // whether methods were looked up on its address
	m    member
}

// member is how a name resolves on a type: a method of the pointer (or
// interface) type, else an exported field.
type member struct {
	method int   // index in the method set, or -1
	field  []int // field index path, when not a method
}

type memberKey struct {
	t    reflect.Type
	name string
}

var members sync.Map // memberKey → member

// lookupMember resolves name on ptr's type (methods) and on receiver's
// type (fields), caching the answer.
func lookupMember(ptr, receiver reflect.Type, name string) (member, bool) {
	key := memberKey{ptr, name}
	if m, ok := members.Load(key); ok {
		return m.(member), true
	}
	m := member{method: -1}
	if meth, ok := ptr.MethodByName(name); ok {
		m.method = meth.Index
	} else if receiver.Kind() == reflect.Struct {
		f, ok := receiver.FieldByName(name)
		if !ok || !f.IsExported() {
			return m, false
		}
		m.field = f.Index
	} else {
		return m, false
	}
	members.Store(key, m)
	return m, true
}

// field reads name on receiver: a method (called with call's arguments
// and final) or a field.
func (s *state) field(dot reflect.Value, cache *atomic.Pointer[memo], name string, call *callArgs, final, receiver reflect.Value) (reflect.Value, error) {
	if !receiver.IsValid() {
		return reflect.Value{}, fallback()
	}
	receiver, isNil := indirect(receiver)
	if isNil && receiver.Kind() != reflect.Pointer {
		return reflect.Value{}, fallback()
	}
	if receiver.Kind() == reflect.Map && receiver.Type().NumMethod() == 0 {
		return s.mapField(receiver, name, call.given())
	}
	// Methods are looked up on the receiver's address when it has one, as
	// text/template does; the address is only taken for a method call.
	rt := receiver.Type()
	addr := receiver.Kind() != reflect.Interface && receiver.Kind() != reflect.Pointer && receiver.CanAddr()
	var m member
	if c := cache.Load(); c != nil && c.rt == rt && c.addr == addr {
		m = c.m
	} else {
		pt := rt
		if addr {
			pt = reflect.PointerTo(rt)
		}
		var ok bool
		if m, ok = lookupMember(pt, rt, name); !ok {
			return reflect.Value{}, fallback()
		}
		cache.Store(&memo{rt, addr, m})
	}
	if m.method >= 0 {
		ptr := receiver
		if addr {
			ptr = ptr.Addr()
		}
		return s.invoke(dot, ptr.Method(m.method), call, final)
	}
	if isNil || call.given() {
		return reflect.Value{}, fallback()
	}
	if len(m.field) == 1 { // not promoted from an embedded struct: no pointer on the way
		return receiver.Field(m.field[0]), nil
	}
	f, err := receiver.FieldByIndexErr(m.field)
	if err != nil {
		return reflect.Value{}, fallback()
	}
	return f, nil
}

// mapField is .key on a map with string keys; a missing key is an error
// under the option missingkey=error that Load sets.
func (s *state) mapField(receiver reflect.Value, name string, given bool) (reflect.Value, error) {
	if receiver.Type().Key() != typeStr || given {
		return reflect.Value{}, fallback()
	}
	v := receiver.MapIndex(reflect.ValueOf(name))
	if !v.IsValid() {
		return reflect.Value{}, fallback()
	}
	return v, nil
}

// function is what a function name of a template resolves to: one of
// esc, builtin or fn when known.
type function struct {
	known   bool
	esc     escaper
	builtin bool
	fn      reflect.Value
}

// function compiles a command that starts with a function name.
func (c compiler) function(name string, args []parse.Node, hasFinal bool) cmdFn {
	f := c.set.resolve(name)
	switch {
	case !f.known:
		return cmdFallback
	case f.esc != nil:
		if len(args) > 0 || !hasFinal {
			return cmdFallback
		}
		esc := f.esc
		return func(_ *state, _, final reflect.Value) (reflect.Value, error) {
			str, ct := stringify(final)
			out, err := esc(str, ct)
			return reflect.ValueOf(out), err
		}
	case f.builtin:
		return c.builtin(name, args, hasFinal)
	}
	return c.call(f.fn, args, hasFinal)
}

// operand compiles an argument that is not a literal: dot, a field chain,
// a variable, a pipeline, a function or a (pipeline).Field chain; nil for
// anything else.
func (c compiler) operand(n parse.Node) valFn {
	var cmd cmdFn
	switch a := n.(type) {
	case *parse.DotNode:
		return func(_ *state, dot reflect.Value) (reflect.Value, error) { return dot, nil }
	case *parse.PipeNode:
		return c.pipeline(a)
	case *parse.FieldNode:
		cmd = c.fieldChain(nil, a.Ident, nil, false)
	case *parse.VariableNode:
		cmd = c.variable(a, nil, false)
	case *parse.IdentifierNode:
		cmd = c.function(a.Ident, nil, false)
	case *parse.ChainNode:
		cmd = c.chain(a, nil, false)
	default:
		return nil
	}
	return func(s *state, dot reflect.Value) (reflect.Value, error) { return cmd(s, dot, reflect.Value{}) }
}

// raw compiles an argument of a built-in function: the value itself, a
// literal as its natural Go value. A missing value is an error in
// text/template, so it is left to it.
func (c compiler) raw(n parse.Node) valFn {
	op := c.operand(n)
	if op == nil {
		v, err := literal(n)
		return func(*state, reflect.Value) (reflect.Value, error) { return v, err }
	}
	return func(s *state, dot reflect.Value) (reflect.Value, error) {
		v, err := op(s, dot)
		if err == nil && !v.IsValid() {
			err = fallback()
		}
		return v, err
	}
}

// idealConstant is a number literal's value: an int, or a float64 when
// written with a point or an exponent.
func idealConstant(n *parse.NumberNode) (reflect.Value, error) {
	t := n.Text
	hex := len(t) > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')
	switch {
	case n.IsComplex:
	case n.IsFloat && !hex && t[0] != '\'' && strings.ContainsAny(t, ".eEpP"):
		return reflect.ValueOf(n.Float64), nil
	case n.IsInt:
		if i := int(n.Int64); int64(i) == n.Int64 {
			return reflect.ValueOf(i), nil
		}
	}
	return reflect.Value{}, fallback()
}

// indirect follows pointers and interfaces down to a value, stopping at a
// nil one (isNil).
func indirect(v reflect.Value) (rv reflect.Value, isNil bool) {
	for ; v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface; v = v.Elem() {
		if v.IsNil() {
			return v, true
		}
	}
	return v, false
}

// indirectInterface returns the value inside an interface, or v.
func indirectInterface(v reflect.Value) reflect.Value {
	if v.Kind() != reflect.Interface {
		return v
	}
	if v.IsNil() {
		return reflect.Value{}
	}
	return v.Elem()
}

// isTrue is text/template's truth: the zero value and empty collections
// are false; ok is false for a value that has no truth.
func isTrue(v reflect.Value) (truth, ok bool) {
	if !v.IsValid() {
		return false, true
	}
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() > 0, true
	case reflect.Bool:
		return v.Bool(), true
	case reflect.Complex64, reflect.Complex128:
		return v.Complex() != 0, true
	case reflect.Chan, reflect.Func, reflect.Pointer, reflect.UnsafePointer, reflect.Interface:
		return !v.IsNil(), true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() != 0, true
	case reflect.Float32, reflect.Float64:
		return v.Float() != 0, true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() != 0, true
	case reflect.Struct:
		return true, true
	}
	return false, false
}
