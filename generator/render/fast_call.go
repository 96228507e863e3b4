package render

import (
	"reflect"
	"text/template/parse"

	"phongtrao/generator/calendar"
)

// This file calls functions and methods for the fast executor: arguments
// converted to the parameters' types as text/template converts them, the
// usual function types called directly, any other through reflect.

// evalCall calls fun with the command's arguments (args[0] is the
// function's own name) and final; a function returning a non-nil error,
// or panicking, hands the page to html/template.
func (s *state) evalCall(dot, fun reflect.Value, args []parse.Node, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	if len(args) > 0 {
		args = args[1:]
	}
	typ := fun.Type()
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
		v, err := s.evalArg(dot, typ.In(i), a)
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

// callDirect calls the function types of Funcs and of the site's funcs
// without reflect.Value.Call; ok is false for any other type, or when the
// function fails (html/template then reports it).
func callDirect(fun reflect.Value, argv []reflect.Value) (out reflect.Value, ok bool) {
	if fun.Kind() != reflect.Func || !fun.CanInterface() {
		return out, false
	}
	defer func() {
		if recover() != nil {
			out, ok = reflect.Value{}, false
		}
	}()
	switch f := fun.Interface().(type) {
	case func(string) string:
		return reflect.ValueOf(f(argv[0].String())), true
	case func(string) (string, error):
		r, err := f(argv[0].String())
		return reflect.ValueOf(r), err == nil
	case func(any) (string, error):
		r, err := f(argv[0].Interface())
		return reflect.ValueOf(r), err == nil
	case func(calendar.Date) string:
		d, isDate := argv[0].Interface().(calendar.Date)
		return reflect.ValueOf(f(d)), isDate
	case func(calendar.Month) string:
		m, isMonth := argv[0].Interface().(calendar.Month)
		return reflect.ValueOf(f(m)), isMonth
	case func(int, int) int:
		return reflect.ValueOf(f(int(argv[0].Int()), int(argv[1].Int()))), true
	}
	return out, false
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
