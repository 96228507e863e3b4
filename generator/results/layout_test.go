package results

import (
	"reflect"
	"testing"
)

// TestIndicatorResultIsFlat guards the shape of IndicatorResult: a national
// build keeps millions of them, so a pointer added to it (a string status,
// say) makes the garbage collector scan them all on every cycle, and every
// byte added costs megabytes of memory.
func TestIndicatorResultIsFlat(t *testing.T) {
	typ := reflect.TypeFor[IndicatorResult]()
	if p := pointerIn(typ); p != "" {
		t.Errorf("IndicatorResult holds a pointer (%s): keep it flat", p)
	}
	if size := typ.Size(); size > 48 {
		t.Errorf("IndicatorResult takes %d bytes, want at most 48", size)
	}
}

// pointerIn names a part of typ that is or holds a pointer, or returns "".
func pointerIn(typ reflect.Type) string {
	switch typ.Kind() {
	case reflect.Struct:
		for i := range typ.NumField() {
			if p := pointerIn(typ.Field(i).Type); p != "" {
				return typ.Field(i).Name + ": " + p
			}
		}
		return ""
	case reflect.Array:
		return pointerIn(typ.Elem())
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return ""
	default:
		return typ.String()
	}
}
