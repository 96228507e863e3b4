package vn

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
)

// Ranks numbers the distinct strings of strs in the order Compare gives
// them: by collation key (Key), then by bytes for strings that collate
// equal, as Compare breaks its ties. Comparing two ranks orders their
// strings as Compare does, and each distinct string is collated once,
// however often it recurs: sorting many items by a few names costs a key
// per name, not a collation per comparison.
func Ranks(strs []string) map[string]int32 {
	ranks := make(map[string]int32, len(strs))
	type keyed struct {
		key []byte
		s   string
	}
	var ks []keyed
	for _, s := range strs {
		if _, ok := ranks[s]; !ok {
			ranks[s] = 0
			ks = append(ks, keyed{Key(s), s})
		}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(bytes.Compare(a.key, b.key), strings.Compare(a.s, b.s))
	})
	for i, k := range ks {
		ranks[k.s] = int32(i)
	}
	return ranks
}
