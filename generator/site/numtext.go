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
	m  map[numKey]numText
}

// numText is one or two texts of a number: a ratio's percentage and
// fraction ("80 %", "8/10") come together.
type numText struct{ a, b string }

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
	numRatio                   // numPercent and numFraction
	numDecimal                 // decimalText of n (d is 1)
)

// maxNumTexts bounds the cache; past it, texts are made every time.
const maxNumTexts = 1 << 16

// text returns the text of kind for n/d (d ≠ 0).
func (c *numTexts) text(kind numKind, n, d int64) string { return c.get(kind, n, d).a }

// ratio returns the percentage and the fraction of n/d (d ≠ 0).
func (c *numTexts) ratio(n, d int64) (percent, fraction string) {
	t := c.get(numRatio, n, d)
	return t.a, t.b
}

func (c *numTexts) get(kind numKind, n, d int64) numText {
	k := numKey{kind, n, d}
	c.mu.RLock()
	t, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return t
	}
	t = numText{a: formatNum(kind, n, d)}
	if kind == numRatio {
		t = numText{formatNum(numPercent, n, d), formatNum(numFraction, n, d)}
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[numKey]numText{}
	}
	if len(c.m) < maxNumTexts {
		c.m[k] = t
	}
	c.mu.Unlock()
	return t
}

func formatNum(kind numKind, n, d int64) string {
	switch kind {
	case numScore:
		return vn.FormatDecimal(quoFloat64(decimal.D(n), decimal.D(d)), 2)
	case numPercent:
		return vn.Percent(quoFloat64(decimal.D(n), decimal.D(d)))
	case numFraction:
		return decimalText(decimal.D(n)) + "/" + decimalText(decimal.D(d))
	case numDecimal:
		return decimalText(decimal.D(n))
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

// decimal is decimalText(d), remembered when not in its table.
func (c *numTexts) decimal(d decimal.D) string {
	if d >= 0 && d.IsInt() && d/decimal.Scale < smallIntCount {
		return smallInts()[d/decimal.Scale]
	}
	return c.text(numDecimal, int64(d), 1)
}

// score is ratText(r) and share ratPercent(r), remembered.
func (c *numTexts) score(r *big.Rat) string { return c.rat(numScore, r) }
func (c *numTexts) share(r *big.Rat) string { return c.rat(numPercent, r) }
