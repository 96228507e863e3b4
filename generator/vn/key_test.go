package vn

import (
	"bytes"
	"strings"
	"testing"
)

func TestKeyOrdersLikeCompare(t *testing.T) {
	names := []string{"Thôn 10", "Thôn 2", "Đắk Mil", "Dũng", "Ea Pô", "ăn", "an", "ân", "Buôn Ea Sar", "Bon Bu Prăng", "Hòa", "Hoà", "Hòa"}
	for _, a := range names {
		for _, b := range names {
			kc := bytes.Compare(Key(a), Key(b))
			if kc == 0 {
				kc = strings.Compare(a, b)
			}
			if want := Compare(a, b); kc != want {
				t.Errorf("key order of %q, %q = %d, Compare = %d", a, b, kc, want)
			}
		}
	}
}
