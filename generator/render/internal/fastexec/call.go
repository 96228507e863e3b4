package fastexec

import (
	"html/template"
	"reflect"
	"text/template/parse"
)

// This file calls functions and methods for the fast executor: arguments
// converted to the parameters' types as text/template converts them, the
// usual function types called directly, any other through reflect.

// callArgs are a command's compiled arguments, for a method whose
// parameter types are only known when the page renders.
type callArgs struct {
	args     []argFn
	hasFinal bool // the previous command's value is the last argument
}

// argFn evaluates an argument for a parameter of type typ.
type argFn func(s *state, dot reflect.Value, typ reflect.Type) (reflect.Value, error)

// given reports whether the command has arguments (a nil call has none).
func (c *callArgs) given() bool { return c != nil && (len(c.args) > 0 || c.hasFinal) }

// callArgs compiles a command's arguments; nil when it has none.
func (c compiler) callArgs(args []parse.Node, hasFinal bool) *callArgs {
	if len(args) == 0 && !hasFinal {
		return nil
	}
	ca := &callArgs{hasFinal: hasFinal}
	for _, a := range args {
		ca.args = append(ca.args, c.arg(a))
	}
	return ca
}

// arg compiles an argument: an operand converted to the parameter's type,
// or a literal of that type.
func (c compiler) arg(n parse.Node) argFn {
	if op := c.operand(n); op != nil {
		return func(s *state, dot reflect.Value, typ reflect.Type) (reflect.Value, error) {
			return evalTo(s, dot, op, typ)
		}
	}
	return func(_ *state, _ reflect.Value, typ reflect.Type) (reflect.Value, error) {
		return literalArg(n, typ)
	}
}

// evalTo evaluates op and converts its value to typ (validateType).
func evalTo(s *state, dot reflect.Value, op valFn, typ reflect.Type) (reflect.Value, error) {
	v, err := op(s, dot)
	if err != nil {
		return v, err
	}
	return validateType(v, typ)
}

// literalArg is a literal's value as a parameter of type typ.
func literalArg(n parse.Node, typ reflect.Type) (reflect.Value, error) {
	var v reflect.Value
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
	case *parse.NumberNode:
		if typ.Kind() == reflect.Int && a.IsInt {
			v = reflect.New(typ).Elem()
			v.SetInt(a.Int64)
			return v, nil
		}
		if typ.Kind() == reflect.Interface && typ.NumMethod() == 0 {
			return idealConstant(a)
		}
	case *parse.BoolNode:
		if typ.Kind() == reflect.Bool {
			v = reflect.New(typ).Elem()
			v.SetBool(a.True)
			return v, nil
		}
	}
	return v, fallback()
}

// invoke calls fun (a method value) with call's arguments and final; a
// function returning a non-nil error, or panicking, hands the page to
// html/template.
func (s *state) invoke(dot, fun reflect.Value, call *callArgs, final reflect.Value) (reflect.Value, error) {
	typ := fun.Type()
	var args []argFn
	hasFinal := false
	if call != nil {
		args, hasFinal = call.args, call.hasFinal
	}
	numIn := len(args)
	if hasFinal {
		numIn++
	}
	if typ.IsVariadic() || numIn != typ.NumIn() || !goodFunc(typ) {
		return reflect.Value{}, fallback()
	}
	var store [4]reflect.Value
	argv := store[:0]
	for i, a := range args {
		v, err := a(s, dot, typ.In(i))
		if err != nil {
			return v, err
		}
		argv = append(argv, v)
	}
	if hasFinal {
		v, err := validateType(final, typ.In(numIn-1))
		if err != nil {
			return v, err
		}
		argv = append(argv, v)
	}
	if out, ok := callDirect(fun, argv); ok {
		return out, nil
	}
	return safeCall(fun, argv)
}

// call compiles a call of a function of the set: its type is known, so
// the checks and the arguments' conversions are worked out once.
func (c compiler) call(fun reflect.Value, args []parse.Node, hasFinal bool) cmdFn {
	typ := fun.Type()
	numIn := len(args)
	if hasFinal {
		numIn++
	}
	if typ.IsVariadic() || numIn != typ.NumIn() || !goodFunc(typ) {
		return cmdFallback
	}
	argv := c.paramArgs(typ, args)
	var finalType reflect.Type
	if hasFinal {
		finalType = typ.In(numIn - 1)
	}
	direct := directCaller(fun)
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		var vals [4]reflect.Value
		n := 0
		for _, a := range argv {
			v, err := a(s, dot)
			if err != nil {
				return v, err
			}
			vals[n] = v
			n++
		}
		if finalType != nil {
			v, err := validateType(final, finalType)
			if err != nil {
				return v, err
			}
			vals[n] = v
			n++
		}
		if direct != nil {
			if out, ok := direct(vals[0], vals[1]); ok {
				return out, nil
			}
		}
		// A copy, so that vals stays on the stack of the usual calls.
		return safeCall(fun, append([]reflect.Value(nil), vals[:n]...))
	}
}

// paramArgs compiles the arguments of a call of a function of type typ,
// each converted to its parameter's type.
func (c compiler) paramArgs(typ reflect.Type, args []parse.Node) []valFn {
	argv := make([]valFn, len(args))
	for i, a := range args {
		in, op := typ.In(i), c.operand(a)
		if op == nil { // a literal: its value for this parameter, once
			v, err := literalArg(a, in)
			argv[i] = func(*state, reflect.Value) (reflect.Value, error) { return v, err }
			continue
		}
		argv[i] = func(s *state, dot reflect.Value) (reflect.Value, error) { return evalTo(s, dot, op, in) }
	}
	return argv
}

// textFn evaluates a printed call's text: ok is false when the function
// failed, and the usual path is to run it again and report it.
type textFn func(s *state, dot reflect.Value) (text string, ct contentType, ok bool, err error)

// textCall compiles a printed pipeline that is one call of a function of
// the set giving text ({{number .Rank}}, {{breakable .Value}}), so that
// its result goes to the page without being boxed in a reflect.Value: it
// is the commonest action of a results table. It returns nil for any
// other pipeline.
func (c compiler) textCall(cmds []*parse.CommandNode) textFn {
	if len(cmds) != 1 {
		return nil
	}
	id, isIdent := cmds[0].Args[0].(*parse.IdentifierNode)
	if !isIdent {
		return nil
	}
	f := c.set.resolve(id.Ident)
	if !f.known || f.esc != nil || f.builtin {
		return nil
	}
	text := textCaller(f.fn) // a function of one parameter
	typ, args := f.fn.Type(), cmds[0].Args[1:]
	if text == nil || len(args) != 1 {
		return nil
	}
	arg := c.paramArgs(typ, args)[0]
	return func(s *state, dot reflect.Value) (string, contentType, bool, error) {
		v, err := arg(s, dot)
		if err != nil {
			return "", contentPlain, false, err
		}
		str, ct, ok := text(v)
		return str, ct, ok, nil
	}
}

// textCaller returns a caller of fun giving its text and content type,
// for the usual function types that return text (string or
// template.HTML), all of one parameter; nil for any other. ok is false
// when the function fails. directCaller builds on it.
//
// The types are shapes made of Go's own types, never a data type of the
// program: a function of a type of its own (func(calendar.Date) string)
// is called through reflect, so a formatter that pages print often takes
// any and returns an error for a wrong type (render.Funcs).
func textCaller(fun reflect.Value) func(a reflect.Value) (string, contentType, bool) {
	if fun.Kind() != reflect.Func || !fun.CanInterface() {
		return nil
	}
	var call func(a reflect.Value) (string, contentType, bool)
	switch f := fun.Interface().(type) {
	case func(string) string:
		call = func(a reflect.Value) (string, contentType, bool) { return f(a.String()), contentPlain, true }
	case func(string) template.HTML:
		call = func(a reflect.Value) (string, contentType, bool) { return string(f(a.String())), contentHTML, true }
	case func(string) (string, error):
		call = func(a reflect.Value) (string, contentType, bool) {
			r, err := f(a.String())
			return r, contentPlain, err == nil
		}
	case func(any) (string, error):
		call = func(a reflect.Value) (string, contentType, bool) {
			var r string
			var err error
			if a.Type() == typeInt {
				// A count: boxed by the compiler, an int below 256 costs
				// no allocation (a.Interface always does).
				r, err = f(int(a.Int()))
			} else {
				r, err = f(a.Interface())
			}
			return r, contentPlain, err == nil
		}
	default:
		return nil
	}
	return func(a reflect.Value) (text string, ct contentType, ok bool) {
		defer func() {
			if recover() != nil {
				text, ct, ok = "", contentPlain, false
			}
		}()
		return call(a)
	}
}

// callDirect calls a function of one of directCaller's types
// without reflect.Value.Call; ok is false for any other type, or when the
// function fails (html/template then reports it).
func callDirect(fun reflect.Value, argv []reflect.Value) (out reflect.Value, ok bool) {
	if d := directCaller(fun); d != nil {
		var a, b reflect.Value
		if len(argv) > 0 {
			a = argv[0]
		}
		if len(argv) > 1 {
			b = argv[1]
		}
		return d(a, b)
	}
	return out, false
}

// directCaller returns a caller of fun that does without reflect.Value.Call
// when fun has one of the usual function types, else nil.
func directCaller(fun reflect.Value) func(a, b reflect.Value) (reflect.Value, bool) {
	if text := textCaller(fun); text != nil {
		return func(a, _ reflect.Value) (reflect.Value, bool) {
			s, ct, ok := text(a)
			if ct == contentHTML {
				return reflect.ValueOf(template.HTML(s)), ok
			}
			return reflect.ValueOf(s), ok
		}
	}
	if fun.Kind() != reflect.Func || !fun.CanInterface() {
		return nil
	}
	add, isArith := fun.Interface().(func(int, int) int) // add, sub
	if !isArith {
		return nil
	}
	return func(a, b reflect.Value) (out reflect.Value, ok bool) {
		defer func() {
			if recover() != nil {
				out, ok = reflect.Value{}, false
			}
		}()
		return reflect.ValueOf(add(int(a.Int()), int(b.Int()))), true
	}
}

// goodFunc reports whether a function returns one value, or a value and an error.
func goodFunc(t reflect.Type) bool {
	switch t.NumOut() {
	case 1:
		return true
	case 2:
		return t.Out(1) == typeError
	}
	return false
}

func safeCall(fun reflect.Value, argv []reflect.Value) (v reflect.Value, err error) {
	defer func() {
		if recover() != nil {
			v, err = reflect.Value{}, fallback()
		}
	}()
	out := fun.Call(argv)
	if len(out) == 2 && !out[1].IsNil() {
		return reflect.Value{}, fallback()
	}
	return out[0], nil
}

// validateType converts v to typ the way text/template does: through an
// interface, a pointer or an address; a nil becomes typ's zero value when
// typ can be nil.
func validateType(v reflect.Value, typ reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		switch typ.Kind() {
		case reflect.Chan, reflect.Func, reflect.Interface, reflect.Map, reflect.Pointer, reflect.Slice:
			return reflect.Zero(typ), nil
		}
		return v, fallback()
	}
	if v.Type().AssignableTo(typ) {
		return v, nil
	}
	if v.Kind() == reflect.Interface && !v.IsNil() {
		if e := v.Elem(); e.Type().AssignableTo(typ) {
			return e, nil
		}
	}
	switch {
	case v.Kind() == reflect.Pointer && v.Type().Elem().AssignableTo(typ):
		if v.IsNil() {
			return v, fallback()
		}
		return v.Elem(), nil
	case reflect.PointerTo(v.Type()).AssignableTo(typ) && v.CanAddr():
		return v.Addr(), nil
	}
	return v, fallback()
}
