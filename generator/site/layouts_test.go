package site

import "testing"

// BenchmarkParseLayouts is what a second parse of the built-in layouts
// would cost each build had Prepare not reused the load's (Input.Layouts):
// about 11 ms on the shared 2-core machine of December 2026, against about 0.9 s
// of CPU for the demo's build.
func BenchmarkParseLayouts(b *testing.B) {
	for b.Loop() {
		p, problems, err := ParseLayouts("")
		if err != nil || problems.Len() > 0 || p == nil {
			b.Fatal(err, problems.Err())
		}
	}
}
