package site

import (
	"math/big"
	"sync"

	"phongtrao/generator/decimal"
	"phongtrao/generator/vn"
)

// numTexts remembers formatted numbers by exact value for one build: the
// same scores, shares and fractions (8/10, 80%) recur on thousands of
// unit pages, and formatting one costs more than looking it up. Render
// workers share it.
type numTexts struct {
	mu sync.RWMutex
	m  map[numKey]numText
}

// numText is one or two texts of a number: a ratio's percentage and
// fraction ("80%", "8/10") come together.
type numText struct{ a, b string }

// numKey is a text of the fraction n/d: what kind of text, n and d.
type numKey struct {
	kind numKind
	n, d int64
}

type numKind uint8

const (
	numScore    numKind = iota // scoreText: "3,50"
	numPercent                 // vn.PercentRat: "80%"
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
	if t, ok := smallNum(kind, n, d); ok {
		return t
	}
	k := numKey{kind, n, d}
	c.mu.RLock()
	t, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return t
	}
	t = makeNumText(kind, n, d)
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

// makeNumText returns the texts get gives for kind and n/d, made afresh.
func makeNumText(kind numKind, n, d int64) numText {
	if kind == numRatio {
		return numText{formatNum(numPercent, n, d), formatNum(numFraction, n, d)}
	}
	return numText{a: formatNum(kind, n, d)}
}

func formatNum(kind numKind, n, d int64) string {
	switch kind {
	case numScore:
		return vn.Fixed(vn.FormatQuo(decimal.D(n), decimal.D(d), ScoreDecimals), ScoreDecimals)
	case numPercent:
		return vn.PercentQuo(decimal.D(n), decimal.D(d))
	case numFraction:
		return decimalText(decimal.D(n)) + "/" + decimalText(decimal.D(d))
	case numDecimal:
		return decimalText(decimal.D(n))
	}
	return decimalText(decimal.D(n)) + "/" + decimalText(decimal.D(d)) + " tháng"
}

// rat returns the text of kind for r, as scoreText or vn.PercentRat
// print it.
func (c *numTexts) rat(kind numKind, r *big.Rat) string {
	if r == nil {
		return "–"
	}
	if a, b := r.Num(), r.Denom(); a.IsInt64() && b.IsInt64() {
		return c.text(kind, a.Int64(), b.Int64())
	}
	if kind == numPercent {
		return vn.PercentRat(r)
	}
	return scoreText(r)
}

// ScoreDecimals is how many decimals every score shows, a team's whole
// score too ("5,00", "5,15", "5,30"): the glossary (docs/bang-thuat-ngu.md)
// wants one precision per table, and a table may list teams and larger
// units alike.
const ScoreDecimals = 2

// scoreText is the one way a page writes a score: ScoreDecimals decimals
// exactly, "–" for none. Pages take it through numTexts.score, which
// remembers it.
func scoreText(r *big.Rat) string {
	if r == nil {
		return "–"
	}
	return vn.Fixed(vn.FormatRat(r, ScoreDecimals), ScoreDecimals)
}

// decimal is decimalText(d), remembered when not in its table.
func (c *numTexts) decimal(d decimal.D) string {
	if d >= 0 && d.IsInt() && d/decimal.Scale < smallIntCount {
		return smallInts()[d/decimal.Scale]
	}
	return c.text(numDecimal, int64(d), 1)
}

// score is scoreText(r) and share vn.PercentRat(r), remembered.
func (c *numTexts) score(r *big.Rat) string { return c.rat(numScore, r) }
func (c *numTexts) share(r *big.Rat) string { return c.rat(numPercent, r) }

// The small fractions most pages print come from tables made once, which
// workers read without a lock: a team's scores and shares (big.Rat
// numerator n and denominator d ≤ smallDen, 0 ≤ n ≤ smallDen·d) and its
// ratios and months (whole numbers N = n/Scale ≤ D = d/Scale ≤
// smallWhole).
const (
	smallDen   = 16
	smallWhole = 64
)

// smallNumTables holds, per kind, the texts of the small fractions: rat
// for numScore and numPercent by (n, d), whole for numMonths and numRatio
// by (N, D). A table lists its rows by denominator, each row its
// numerators from 0; ratRow and wholeRow give where a row starts.
type smallNumTables struct {
	rat   [numPercent + 1][]numText
	whole [2][]numText
}

// ratRow is where row d (1 ≤ d ≤ smallDen) of a rat table starts: after
// the rows e < d, of smallDen·e + 1 numerators each.
func ratRow(d int64) int64 { return smallDen*d*(d-1)/2 + d - 1 }

// wholeRow is where row D (0 ≤ D ≤ smallWhole) of a whole table starts:
// after the rows E < D, of E + 1 numerators each (row 0 is left empty).
func wholeRow(d int64) int64 { return d * (d + 1) / 2 }

var smallNums = sync.OnceValue(func() *smallNumTables {
	t := &smallNumTables{}
	for _, kind := range []numKind{numScore, numPercent} {
		for d := int64(1); d <= smallDen; d++ {
			for n := int64(0); n <= smallDen*d; n++ {
				t.rat[kind] = append(t.rat[kind], makeNumText(kind, n, d))
			}
		}
	}
	for i, kind := range []numKind{numMonths, numRatio} {
		for d := int64(0); d <= smallWhole; d++ {
			for n := int64(0); n <= d; n++ {
				var nt numText // 0/0 has no text: smallNum never looks it up
				if d > 0 {
					nt = makeNumText(kind, n*decimal.Scale, d*decimal.Scale)
				}
				t.whole[i] = append(t.whole[i], nt)
			}
		}
	}
	return t
})

// smallNum returns the texts of kind for n/d from the tables, and false
// when they do not hold it.
func smallNum(kind numKind, n, d int64) (numText, bool) {
	switch kind {
	case numScore, numPercent:
		if d >= 1 && d <= smallDen && n >= 0 && n <= smallDen*d {
			return smallNums().rat[kind][ratRow(d)+n], true
		}
	case numMonths, numRatio:
		const s = decimal.Scale
		if n >= 0 && n <= d && d <= smallWhole*s && n%s == 0 && d%s == 0 && d > 0 {
			i := 0
			if kind == numRatio {
				i = 1
			}
			return smallNums().whole[i][wholeRow(d/s)+n/s], true
		}
	}
	return numText{}, false
}
