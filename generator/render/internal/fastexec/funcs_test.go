package fastexec_test

import (
	"testing"

	"phongtrao/generator/render"
	"phongtrao/generator/render/internal/fastexec"
)

// TestFuncsCalledDirectly: the functions that pages call once per table
// cell run without reflect.Value.Call (directCaller knows their shapes),
// as a reflected call costs allocations every time. join, called a few
// times per page, may go through reflection.
func TestFuncsCalledDirectly(t *testing.T) {
	for name, f := range render.Funcs() {
		if name != "join" && !fastexec.CalledDirectly(f) {
			t.Errorf("%s (%T) is called through reflect: give it a shape directCaller knows (see render.Funcs)", name, f)
		}
	}
}
