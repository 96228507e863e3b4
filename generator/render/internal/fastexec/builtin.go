package fastexec

import (
	"reflect"
	"text/template/parse"
)

// builtins are text/template's built-in functions that the fast executor
// runs itself, with the semantics of text/template's funcs.go.
var builtins = map[string]bool{
	"and": true, "or": true, "not": true, "len": true, "index": true,
	"eq": true, "ne": true, "lt": true, "le": true, "gt": true, "ge": true,
}

// builtin compiles a call of a built-in function with args (without its
// name) and, when hasFinal, the pipeline's previous value.
func (c compiler) builtin(name string, args []parse.Node, hasFinal bool) cmdFn {
	raws := make([]valFn, len(args))
	for i, a := range args {
		raws[i] = c.raw(a)
	}
	if name == "and" || name == "or" {
		return andOr(name == "or", raws, hasFinal)
	}
	op := builtinOp(name, len(args)+btoi(hasFinal))
	if op == opNone {
		return cmdFallback
	}
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		var store [4]reflect.Value
		vals := store[:0]
		for _, raw := range raws {
			v, err := raw(s, dot)
			if err != nil {
				return v, err
			}
			vals = append(vals, v)
		}
		if hasFinal {
			if !final.IsValid() {
				return final, fallback()
			}
			vals = append(vals, final)
		}
		return applyBuiltin(op, vals)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// builtinKind is a built-in function the fast executor runs.
type builtinKind uint8

const (
	opNone builtinKind = iota
	opNot
	opLen
	opIndex
	opEq
	opNe
	opLt
	opLe
	opGt
	opGe
)

// builtinOp returns the built-in function name called with n values, or
// opNone when the fast executor leaves that call to html/template.
func builtinOp(name string, n int) builtinKind {
	switch {
	case name == "not" && n == 1:
		return opNot
	case name == "len" && n == 1:
		return opLen
	case name == "index" && n >= 1:
		return opIndex
	case name == "eq" && n >= 2:
		return opEq
	case name == "ne" && n == 2:
		return opNe
	case n == 2 && name == "lt":
		return opLt
	case n == 2 && name == "le":
		return opLe
	case n == 2 && name == "gt":
		return opGt
	case n == 2 && name == "ge":
		return opGe
	}
	return opNone
}

// applyBuiltin runs op on vals, with the semantics of text/template's
// funcs.go.
func applyBuiltin(op builtinKind, vals []reflect.Value) (reflect.Value, error) {
	var out any
	ok := true
	switch op {
	case opNot:
		t, _ := isTrue(indirectInterface(vals[0]))
		out = !t
	case opLen:
		out, ok = length(vals[0])
	case opIndex:
		return index(vals[0], vals[1:])
	case opEq:
		out, ok = eq(vals[0], vals[1:]...)
	case opNe:
		var e bool
		e, ok = eq(vals[0], vals[1])
		out = !e
	default:
		out, ok = order(op, vals[0], vals[1])
	}
	if !ok {
		return reflect.Value{}, fallback()
	}
	return reflect.ValueOf(out), nil
}

// andOr compiles and and or, which evaluate their arguments lazily: and
// stops at the first false one, or at the first true one; either returns
// the value it stopped at, else the last.
func andOr(or bool, raws []valFn, hasFinal bool) cmdFn {
	return func(s *state, dot, final reflect.Value) (reflect.Value, error) {
		var v reflect.Value
		for _, raw := range raws {
			var err error
			if v, err = raw(s, dot); err != nil {
				return v, err
			}
			if t, _ := isTrue(indirectInterface(v)); t == or {
				return v, nil
			}
		}
		if hasFinal {
			if !final.IsValid() {
				return final, fallback()
			}
			v = final
		}
		if !v.IsValid() {
			return v, fallback()
		}
		return v, nil
	}
}

func length(v reflect.Value) (int, bool) {
	v, isNil := indirect(v)
	if isNil {
		return 0, false
	}
	switch v.Kind() {
	case reflect.Array, reflect.Chan, reflect.Map, reflect.Slice, reflect.String:
		return v.Len(), true
	}
	return 0, false
}

// index is item[i][j]…: slices and arrays by int, maps by key (a missing
// key gives the zero value).
func index(item reflect.Value, indexes []reflect.Value) (reflect.Value, error) {
	item = indirectInterface(item)
	for _, x := range indexes {
		x = indirectInterface(x)
		var isNil bool
		if item, isNil = indirect(item); isNil || !item.IsValid() {
			return reflect.Value{}, fallback()
		}
		switch item.Kind() {
		case reflect.Array, reflect.Slice:
			if basicKind(x) != intKind || x.Int() < 0 || x.Int() >= int64(item.Len()) {
				return reflect.Value{}, fallback()
			}
			item = item.Index(int(x.Int()))
		case reflect.Map:
			if !x.IsValid() || !x.Type().AssignableTo(item.Type().Key()) {
				return reflect.Value{}, fallback()
			}
			if e := item.MapIndex(x); e.IsValid() {
				item = e
			} else {
				item = reflect.Zero(item.Type().Elem())
			}
		default:
			return reflect.Value{}, fallback()
		}
	}
	return item, nil
}

type kind int

const (
	otherKind kind = iota
	boolKind
	intKind
	uintKind
	floatKind
	stringKind
)

func basicKind(v reflect.Value) kind {
	switch v.Kind() {
	case reflect.Bool:
		return boolKind
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intKind
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return uintKind
	case reflect.Float32, reflect.Float64:
		return floatKind
	case reflect.String:
		return stringKind
	}
	return otherKind
}

// eq reports whether a equals one of bs, for basic kinds (integers compare
// whatever their sign); ok is false for what it leaves to text/template.
func eq(a reflect.Value, bs ...reflect.Value) (truth, ok bool) {
	a = indirectInterface(a)
	ka := basicKind(a)
	if ka == otherKind {
		return false, false
	}
	for _, b := range bs {
		b = indirectInterface(b)
		kb := basicKind(b)
		switch {
		case ka == intKind && kb == uintKind:
			truth = a.Int() >= 0 && uint64(a.Int()) == b.Uint()
		case ka == uintKind && kb == intKind:
			truth = b.Int() >= 0 && a.Uint() == uint64(b.Int())
		case ka != kb:
			return false, false
		case ka == boolKind:
			truth = a.Bool() == b.Bool()
		case ka == intKind:
			truth = a.Int() == b.Int()
		case ka == uintKind:
			truth = a.Uint() == b.Uint()
		case ka == floatKind:
			truth = a.Float() == b.Float()
		case ka == stringKind:
			truth = a.String() == b.String()
		}
		if truth {
			return true, true
		}
	}
	return false, true
}

// less is text/template's lt for basic kinds other than bool.
func less(a, b reflect.Value) (truth, ok bool) {
	a, b = indirectInterface(a), indirectInterface(b)
	ka, kb := basicKind(a), basicKind(b)
	switch {
	case ka == intKind && kb == uintKind:
		return a.Int() < 0 || uint64(a.Int()) < b.Uint(), true
	case ka == uintKind && kb == intKind:
		return b.Int() >= 0 && a.Uint() < uint64(b.Int()), true
	case ka != kb || ka == boolKind || ka == otherKind:
		return false, false
	case ka == intKind:
		return a.Int() < b.Int(), true
	case ka == uintKind:
		return a.Uint() < b.Uint(), true
	case ka == floatKind:
		return a.Float() < b.Float(), true
	}
	return a.String() < b.String(), true
}

// order runs lt, le, gt or ge.
func order(op builtinKind, a, b reflect.Value) (bool, bool) {
	lt, ok := less(a, b)
	if !ok {
		return false, false
	}
	switch op {
	case opLt:
		return lt, true
	case opGe:
		return !lt, true
	}
	e, ok := eq(a, b)
	if !ok {
		return false, false
	}
	if op == opLe {
		return lt || e, true
	}
	return !(lt || e), true
}
