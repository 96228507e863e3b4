package render

import (
	"testing"
	"unsafe"
)

// Every key set before seal is found with its value, and a key never set
// gives the zero value, at sizes that wrap the probe around the table.
func TestNodeTable(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 100, 5000} {
		nodes := make([]int, n+10) // addresses to key on; the last 10 are never set
		var tab nodeTable[int]
		for i := range n {
			tab.set(unsafe.Pointer(&nodes[i]), i+1)
		}
		tab.seal()
		for i := range n {
			if got := tab.get(unsafe.Pointer(&nodes[i])); got != i+1 {
				t.Fatalf("n=%d: key %d gives %d, want %d", n, i, got, i+1)
			}
		}
		for i := n; i < n+10; i++ {
			if got := tab.get(unsafe.Pointer(&nodes[i])); got != 0 {
				t.Fatalf("n=%d: a key never set gives %d, want 0", n, got)
			}
		}
	}
}
