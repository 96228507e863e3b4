package render

import (
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"text/template/parse"
	"unsafe"
)

// This file evaluates pipelines for the fast executor, following
// text/template's exec.go: commands, fields and methods, variables,
// arguments and truth (calls are in fast_call.go).

func (s *state) evalPipeline(dot reflect.Value, pipe *parse.PipeNode) (reflect.Value, error) {
	if pipe == nil {
		return reflect.Value{}, nil
	}
	value, err := s.evalCommands(dot, pipe.Cmds)
	if err != nil {
		return reflect.Value{}, err
	}
	for _, v := range pipe.Decl {
		if pipe.IsAssign {
			if err := s.setVar(v.Ident[0], value); err != nil {
				return reflect.Value{}, err
			}
		} else {
			s.vars = append(s.vars, variable{v.Ident[0], value})
		}
	}
	return value, nil
}

// evalCommands runs commands in turn, each given the one before's value.
func (s *state) evalCommands(dot reflect.Value, cmds []*parse.CommandNode) (reflect.Value, error) {
	var value reflect.Value
	var err error
	for i, cmd := range cmds {
		if value, err = s.evalCommand(dot, cmd, value, i > 0); err != nil {
			return reflect.Value{}, err
		}
		// An interface{} value is unwrapped to the value inside.
		if value.Kind() == reflect.Interface && value.Type().NumMethod() == 0 {
			value = reflect.ValueOf(value.Interface())
		}
	}
	return value, nil
}

// evalCommand runs one command; final is the previous command's value,
// passed as the last argument when hasFinal.
func (s *state) evalCommand(dot reflect.Value, cmd *parse.CommandNode, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	switch n := cmd.Args[0].(type) {
	case *parse.FieldNode:
		return s.evalFieldChain(dot, dot, s.set.chains.get(unsafe.Pointer(&n.Ident)), n.Ident, cmd.Args, final, hasFinal)
	case *parse.IdentifierNode:
		return s.evalFunction(dot, n, cmd.Args, final, hasFinal)
	case *parse.VariableNode:
		return s.evalVariable(dot, n, cmd.Args, final, hasFinal)
	case *parse.ChainNode:
		return s.evalChain(dot, n, cmd.Args, final, hasFinal)
	}
	if len(cmd.Args) > 1 || hasFinal {
		return reflect.Value{}, fallback() // not a function, yet given arguments
	}
	switch n := cmd.Args[0].(type) {
	case *parse.PipeNode:
		return s.evalPipeline(dot, n)
	case *parse.DotNode:
		return dot, nil
	case *parse.BoolNode:
		return reflect.ValueOf(n.True), nil
	case *parse.StringNode:
		return reflect.ValueOf(n.Text), nil
	case *parse.NumberNode:
		return idealConstant(n)
	}
	return reflect.Value{}, fallback()
}

func (s *state) evalVariable(dot reflect.Value, n *parse.VariableNode, args []parse.Node, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	v, err := s.varValue(n.Ident[0])
	if err != nil {
		return v, err
	}
	if len(n.Ident) == 1 {
		if len(args) > 1 || hasFinal {
			return reflect.Value{}, fallback()
		}
		return v, nil
	}
	c := s.set.chains.get(unsafe.Pointer(&n.Ident))
	if len(c) != len(n.Ident) {
		return reflect.Value{}, fallback()
	}
	return s.evalFieldChain(dot, v, c[1:], n.Ident[1:], args, final, hasFinal)
}

// evalChain evaluates (pipeline).Field1.Field2.
func (s *state) evalChain(dot reflect.Value, n *parse.ChainNode, args []parse.Node, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	v, err := s.evalRaw(dot, n.Node)
	if err != nil || len(n.Field) == 0 {
		return v, fallback()
	}
	return s.evalFieldChain(dot, v, s.set.chains.get(unsafe.Pointer(&n.Field)), n.Field, args, final, hasFinal)
}

// evalFieldChain evaluates .A.B.C from receiver; only the last element
// gets the arguments. cache has an entry per name.
func (s *state) evalFieldChain(dot, receiver reflect.Value, cache chainCache, ident []string, args []parse.Node, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	if len(cache) != len(ident) {
		return reflect.Value{}, fallback()
	}
	var err error
	last := len(ident) - 1
	for i, name := range ident[:last] {
		if receiver, err = s.evalField(dot, &cache[i], name, nil, reflect.Value{}, false, receiver); err != nil {
			return receiver, err
		}
	}
	return s.evalField(dot, &cache[last], ident[last], args, final, hasFinal, receiver)
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

func (s *state) evalField(dot reflect.Value, cache *atomic.Pointer[memo], name string, args []parse.Node, final reflect.Value, hasFinal bool, receiver reflect.Value) (reflect.Value, error) {
	if !receiver.IsValid() {
		return reflect.Value{}, fallback()
	}
	receiver, isNil := indirect(receiver)
	if isNil && receiver.Kind() != reflect.Pointer {
		return reflect.Value{}, fallback()
	}
	if receiver.Kind() == reflect.Map && receiver.Type().NumMethod() == 0 {
		return s.mapField(receiver, name, args, hasFinal)
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
		return s.evalCall(dot, ptr.Method(m.method), args, final, hasFinal)
	}
	if isNil || len(args) > 1 || hasFinal {
		return reflect.Value{}, fallback()
	}
	f, err := receiver.FieldByIndexErr(m.field)
	if err != nil {
		return reflect.Value{}, fallback()
	}
	return f, nil
}

// mapField is .key on a map with string keys; a missing key is an error
// under the option missingkey=error that Load sets.
func (s *state) mapField(receiver reflect.Value, name string, args []parse.Node, hasFinal bool) (reflect.Value, error) {
	if receiver.Type().Key() != typeStr || len(args) > 1 || hasFinal {
		return reflect.Value{}, fallback()
	}
	v := receiver.MapIndex(reflect.ValueOf(name))
	if !v.IsValid() {
		return reflect.Value{}, fallback()
	}
	return v, nil
}

// function is what a function name of a template resolved to when the
// set was prepared: one of esc, builtin or fn when known.
type function struct {
	known   bool
	esc     escaper
	builtin bool
	fn      reflect.Value
}

func (s *state) evalFunction(dot reflect.Value, id *parse.IdentifierNode, args []parse.Node, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	f := s.set.functions.get(unsafe.Pointer(id))
	switch {
	case !f.known:
		return reflect.Value{}, fallback()
	case f.esc != nil:
		if len(args) > 1 || !hasFinal {
			return reflect.Value{}, fallback()
		}
		str, ct := stringify(final)
		out, err := f.esc(str, ct)
		return reflect.ValueOf(out), err
	case f.builtin:
		if len(args) > 0 {
			args = args[1:]
		}
		return s.evalBuiltin(dot, id.Ident, args, final, hasFinal)
	}
	return s.evalCall(dot, f.fn, args, final, hasFinal)
}

// evalOperand evaluates an argument that is not a literal: dot, a field
// chain, a variable, a pipeline, a function or a (pipeline).Field chain;
// ok is false for anything else.
func (s *state) evalOperand(dot reflect.Value, n parse.Node) (v reflect.Value, ok bool, err error) {
	switch a := n.(type) {
	case *parse.DotNode:
		v = dot
	case *parse.FieldNode:
		v, err = s.evalFieldChain(dot, dot, s.set.chains.get(unsafe.Pointer(&a.Ident)), a.Ident, nil, reflect.Value{}, false)
	case *parse.VariableNode:
		v, err = s.evalVariable(dot, a, nil, reflect.Value{}, false)
	case *parse.PipeNode:
		v, err = s.evalPipeline(dot, a)
	case *parse.IdentifierNode:
		v, err = s.evalFunction(dot, a, nil, reflect.Value{}, false)
	case *parse.ChainNode:
		v, err = s.evalChain(dot, a, nil, reflect.Value{}, false)
	default:
		return v, false, nil
	}
	return v, true, err
}

// evalArg evaluates an argument for a parameter of type typ.
func (s *state) evalArg(dot reflect.Value, typ reflect.Type, n parse.Node) (reflect.Value, error) {
	v, ok, err := s.evalOperand(dot, n)
	if ok {
		if err != nil {
			return v, err
		}
		return validateType(v, typ)
	}
	switch a := n.(type) {
	case *parse.StringNode:
		if typ.Kind() == reflect.String {
			v = reflect.New(typ).Elem()
			v.SetString(a.Text)
			return v, nil
		}
		if typ.Kind() == reflect.Interface && typ.NumMethod() == 0 {
			return reflect.ValueOf(a.Text), nil
		}
		return v, fallback()
	case *parse.NumberNode:
		if typ.Kind() == reflect.Int && a.IsInt {
			v = reflect.New(typ).Elem()
			v.SetInt(a.Int64)
			return v, nil
		}
		if typ.Kind() == reflect.Interface && typ.NumMethod() == 0 {
			return idealConstant(a)
		}
		return v, fallback()
	case *parse.BoolNode:
		if typ.Kind() == reflect.Bool {
			v = reflect.New(typ).Elem()
			v.SetBool(a.True)
			return v, nil
		}
		return v, fallback()
	}
	return v, fallback()
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
