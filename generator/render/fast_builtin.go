package render

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

// evalRaw evaluates an argument of a built-in function: the value itself,
// a literal as its natural Go value. A missing value is an error in
// text/template, so it is left to it.
func (s *state) evalRaw(dot reflect.Value, n parse.Node) (reflect.Value, error) {
	v, ok, err := s.evalOperand(dot, n)
	if !ok {
		switch a := n.(type) {
		case *parse.StringNode:
			return reflect.ValueOf(a.Text), nil
		case *parse.NumberNode:
			return idealConstant(a)
		case *parse.BoolNode:
			return reflect.ValueOf(a.True), nil
		}
		return v, fallback()
	}
	if err == nil && !v.IsValid() {
		err = fallback()
	}
	return v, err
}

// evalBuiltin runs a built-in function on args (without its name) and the
// pipeline's final value.
func (s *state) evalBuiltin(dot reflect.Value, name string, args []parse.Node, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	if name == "and" || name == "or" {
		return s.andOr(dot, name == "or", args, final, hasFinal)
	}
	var store [4]reflect.Value
	vals := store[:0]
	for _, a := range args {
		v, err := s.evalRaw(dot, a)
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
	var out any
	ok := true
	switch {
	case name == "not" && len(vals) == 1:
		t, _ := isTrue(indirectInterface(vals[0]))
		out = !t
	case name == "len" && len(vals) == 1:
		out, ok = length(vals[0])
	case name == "index" && len(vals) >= 1:
		return index(vals[0], vals[1:])
	case name == "eq" && len(vals) >= 2:
		out, ok = eq(vals[0], vals[1:]...)
	case name == "ne" && len(vals) == 2:
		var e bool
		e, ok = eq(vals[0], vals[1])
		out = !e
	case len(vals) == 2 && (name == "lt" || name == "le" || name == "gt" || name == "ge"):
		out, ok = order(name, vals[0], vals[1])
	default:
		ok = false
	}
	if !ok {
		return reflect.Value{}, fallback()
	}
	return reflect.ValueOf(out), nil
}

// andOr evaluates its arguments lazily: and stops at the first false one,
// or at the first true one; either returns the value it stopped at, else
// the last.
func (s *state) andOr(dot reflect.Value, or bool, args []parse.Node, final reflect.Value, hasFinal bool) (reflect.Value, error) {
	var v reflect.Value
	for _, a := range args {
		var err error
		if v, err = s.evalRaw(dot, a); err != nil {
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
func order(name string, a, b reflect.Value) (bool, bool) {
	lt, ok := less(a, b)
	if !ok {
		return false, false
	}
	switch name {
	case "lt":
		return lt, true
	case "ge":
		return !lt, true
	}
	e, ok := eq(a, b)
	if !ok {
		return false, false
	}
	if name == "le" {
		return lt || e, true
	}
	return !(lt || e), true
}
