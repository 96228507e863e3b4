package render

import (
	"math/bits"
	"unsafe"
)

// nodeTable maps parse-tree nodes (by address) to what the fast executor
// precomputed for them. It is filled while a template set is prepared,
// then sealed into an open-addressing table read without locks by every
// render: the lookups happen on every field and printed action of every
// page, where a Go map's hashing was 13% of a unit page's render time
// (BenchmarkRenderKinds/unit, go tool pprof).
type nodeTable[V any] struct {
	pending map[unsafe.Pointer]V // while filling
	slots   []nodeSlot[V]        // once sealed: a power of two, at most half full
	shift   uint                 // 64 - log2(len(slots))
}

type nodeSlot[V any] struct {
	key unsafe.Pointer
	val V
}

// set records v for the node at key; only before seal.
func (t *nodeTable[V]) set(key unsafe.Pointer, v V) {
	if t.pending == nil {
		t.pending = map[unsafe.Pointer]V{}
	}
	t.pending[key] = v
}

// seal builds the table read by get; set must not be called after.
func (t *nodeTable[V]) seal() {
	n := 2 * max(len(t.pending), 1)
	logN := bits.Len(uint(n - 1))
	t.slots = make([]nodeSlot[V], 1<<logN)
	t.shift = uint(64 - logN)
	for k, v := range t.pending {
		i := t.home(k)
		for t.slots[i].key != nil {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = nodeSlot[V]{k, v}
	}
	t.pending = nil
}

// home is key's first slot: Fibonacci hashing of the address.
func (t *nodeTable[V]) home(key unsafe.Pointer) int {
	return int((uint64(uintptr(key)) * 0x9E3779B97F4A7C15) >> t.shift)
}

// get returns what was recorded for key, or V's zero value.
func (t *nodeTable[V]) get(key unsafe.Pointer) V {
	if len(t.slots) == 0 {
		var zero V
		return zero
	}
	for i := t.home(key); ; i = (i + 1) & (len(t.slots) - 1) {
		s := &t.slots[i]
		if s.key == key || s.key == nil {
			return s.val
		}
	}
}
