package site

import (
	"math/big"
	"sync"

	"phongtrao/generator/decimal"
	"phongtrao/generator/vn"
)

// numTexts remembers formatted numbers by exact value for one build: the
// same scores, shares and fractions (8/10, 80 %) recur on thousands of
// unit pages, and formatting one costs more than looking it up. Render
// workers share it.
type numTexts struct {
	mu sync.RWMutex
	m  map[numKey]string
}

// numKey is a text of the fraction n/d: what kind of text, n and d.
type numKey struct {
	kind numKind
	n, d int64
}

type numKind uint8

const (
	numScore    numKind = iota // ratText: "3,5"
	numPercent                 // ratPercent: "80 %"
	numFraction                // "8/10", n and d as decimals
	numMonths                  // "11/12 tháng", n and d as decimals
)

// maxNumTexts bounds the cache; past it, texts are made every time.
const maxNumTexts = 1 << 16

// text returns the text of kind for n/d (d > 0 for a score or percent).
func (c *numTexts) text(kind numKind, n, d int64) string {
	k := numKey{kind, n, d}
	c.mu.RLock()
	s, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return s
	}
	s = formatNum(kind, n, d)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[numKey]string{}
	}
	if len(c.m) < maxNumTexts {
		c.m[k] = s
	}
	c.mu.Unlock()
	return s
}

func formatNum(kind numKind, n, d int64) string {
	switch kind {
	case numScore:
		return vn.FormatDecimal(quoFloat64(decimal.D(n), decimal.D(d)), 2)
	case numPercent:
		return vn.Percent(quoFloat64(decimal.D(n), decimal.D(d)))
	case numFraction:
		return decimalText(decimal.D(n)) + "/" + decimalText(decimal.D(d))
	}
	return decimalText(decimal.D(n)) + "/" + decimalText(decimal.D(d)) + " tháng"
}

// rat returns the text of kind for r, as ratText or ratPercent print it.
func (c *numTexts) rat(kind numKind, r *big.Rat) string {
	if r == nil {
		return "–"
	}
	if a, b := r.Num(), r.Denom(); a.IsInt64() && b.IsInt64() {
		return c.text(kind, a.Int64(), b.Int64())
	}
	if kind == numPercent {
		return ratPercent(r)
	}
	return ratText(r)
}

// score is ratText(r) and share ratPercent(r), remembered.
func (c *numTexts) score(r *big.Rat) string { return c.rat(numScore, r) }
func (c *numTexts) share(r *big.Rat) string { return c.rat(numPercent, r) }
