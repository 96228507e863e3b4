package vn

import (
	"slices"
	"sync"
	"testing"
)

func TestCompareOrder(t *testing.T) {
	// Each pair must sort first-before-second, following the Vietnamese
	// alphabet a ă â b c d đ e ê ... o ô ơ ... u ư ... and numeric digits.
	before := [][2]string{
		{"Dũng", "Đắk Mil"}, // d < đ, whatever follows
		{"Đắk Mil", "Ea"},   // đ < e
		{"a", "ă"},
		{"ă", "â"},
		{"Âu", "Ba"}, // â is still an a-letter, before b
		{"o", "ô"},
		{"ô", "ơ"},
		{"u", "ư"},
		{"Thôn 2", "Thôn 10"}, // numeric: 2 < 10
		{"Thôn 9", "Thôn 10A"},
		{"Tổ dân phố 1", "Tổ dân phố 2"},
	}
	for _, p := range before {
		if Compare(p[0], p[1]) >= 0 || Compare(p[1], p[0]) <= 0 {
			t.Errorf("want %q before %q", p[0], p[1])
		}
		if !Less(p[0], p[1]) || Less(p[1], p[0]) {
			t.Errorf("Less disagrees for %q, %q", p[0], p[1])
		}
	}
	// "Hòa" and "Hoà" differ only in where the accent sits; whichever way
	// collation puts them, the order must be strict and antisymmetric.
	a, b := "Hòa", "Hoà"
	if Compare(a, b) == 0 || Compare(a, b) != -Compare(b, a) {
		t.Errorf("Compare(%q, %q) = %d, reverse %d: want a strict, antisymmetric order", a, b, Compare(a, b), Compare(b, a))
	}
}

func TestCompareTieBreak(t *testing.T) {
	// Composed "ò" (U+00F2) and decomposed "o"+U+0300 collate equal; the
	// byte fallback orders "o\u0300" (6F CC 80) before "\u00f2" (C3 B2).
	comp, decomp := "H\u00f2a", "Ho\u0300a"
	if got := Compare(decomp, comp); got != -1 {
		t.Errorf("Compare(decomposed, composed) = %d, want -1 (byte order)", got)
	}
	if got := Compare(comp, comp); got != 0 {
		t.Errorf("Compare(x, x) = %d, want 0", got)
	}
	s := []string{comp, decomp}
	SortStrings(s)
	if s[0] != decomp {
		t.Errorf("SortStrings tie: %q, want decomposed first", s)
	}
}

func TestSortStrings(t *testing.T) {
	in := []string{"Ea Pô", "Thôn 10", "Đắk Mil", "Dũng", "Thôn 2", "Âu", "Ăn", "An", "Ơn", "Ôn", "On", "Bon"}
	// By hand: a-words An < Ăn < Âu; then Bon; D < Đ < E; O < Ô < Ơ;
	// then T with numeric 2 < 10.
	want := []string{"An", "Ăn", "Âu", "Bon", "Dũng", "Đắk Mil", "Ea Pô", "On", "Ôn", "Ơn", "Thôn 2", "Thôn 10"}
	SortStrings(in)
	if !slices.Equal(in, want) {
		t.Errorf("SortStrings =\n%q\nwant\n%q", in, want)
	}
}

func TestCollatorConcurrent(t *testing.T) {
	// Run under -race: the pool must keep each collate.Collator to one
	// goroutine at a time.
	c := NewCollator()
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if !c.Less("Dũng", "Đắk Mil") || c.Compare("Thôn 10", "Thôn 2") != 1 {
					errs <- "wrong order under concurrency"
					return
				}
				s := []string{"Ea", "Đắk", "Dũng"}
				c.SortStrings(s)
				if s[0] != "Dũng" || s[2] != "Ea" {
					errs <- "wrong sort under concurrency"
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
