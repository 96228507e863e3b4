package vn

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Collator orders strings by Vietnamese collation (a < ă < â, d < đ, o < ô
// < ơ, u < ư, tones after letters) with digit runs compared as numbers
// ("Thôn 2" before "Thôn 10"). Strings that collate equal (for example the
// same name in composed and decomposed form) fall back to byte order, so
// sorting is total and deterministic.
//
// A Collator is safe for concurrent use: each call borrows a
// collate.Collator (which is not goroutine-safe) from a pool. The zero
// value is not usable; call NewCollator.
type Collator struct {
	pool sync.Pool
}

// NewCollator returns a Vietnamese collator with numeric ordering.
func NewCollator() *Collator {
	c := &Collator{}
	c.pool.New = func() any { return collate.New(language.Vietnamese, collate.Numeric) }
	return c
}

// Compare returns -1, 0 or +1 as a sorts before, equal to or after b; 0
// only when a and b are the same bytes.
func (c *Collator) Compare(a, b string) int {
	if a == b {
		return 0
	}
	cc := c.pool.Get().(*collate.Collator)
	r := cc.CompareString(a, b)
	c.pool.Put(cc)
	if r != 0 {
		return r
	}
	return strings.Compare(a, b)
}

// Less reports whether a sorts strictly before b.
func (c *Collator) Less(a, b string) bool { return c.Compare(a, b) < 0 }

// SortStrings sorts s in place in Vietnamese order.
func (c *Collator) SortStrings(s []string) {
	cc := c.pool.Get().(*collate.Collator)
	defer c.pool.Put(cc)
	slices.SortFunc(s, func(a, b string) int {
		if r := cc.CompareString(a, b); r != 0 {
			return r
		}
		return strings.Compare(a, b)
	})
}

// Key returns a sort key for s: bytes.Compare of two keys orders the
// strings as Compare does, except that strings collating equal have equal
// keys (break such ties with strings.Compare). Sorting many strings by key
// is much faster than comparing them pairwise.
func (c *Collator) Key(s string) []byte {
	cc := c.pool.Get().(*collate.Collator)
	kb := keyBuffers.Get().(*collate.Buffer)
	k := append([]byte(nil), cc.KeyFromString(kb, s)...)
	kb.Reset()
	keyBuffers.Put(kb)
	c.pool.Put(cc)
	return k
}

// keyBuffers are collate.Buffers (4 KB each) reused across Key calls.
var keyBuffers = sync.Pool{New: func() any { return new(collate.Buffer) }}

var std = NewCollator()

// Key returns the sort key of s with the shared Vietnamese Collator.
func Key(s string) []byte { return std.Key(s) }

// Compare compares a and b with the shared Vietnamese Collator.
func Compare(a, b string) int { return std.Compare(a, b) }

// Less reports whether a sorts before b with the shared Vietnamese Collator.
func Less(a, b string) bool { return std.Less(a, b) }

// SortStrings sorts s in place in Vietnamese order.
func SortStrings(s []string) { std.SortStrings(s) }
