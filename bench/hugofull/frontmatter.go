package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
)

// writeHeader writes the opening of a unit's front matter: "+++" and the
// fields that do not depend on the period.
func writeHeader(b *bytes.Buffer, u *unit) {
	b.WriteString("+++\n")
	keyString(b, "title", u.name)
	keyString(b, "kind", u.kind)
	if u.parent != "" {
		keyString(b, "parent", u.parent)
	}
	fmt.Fprintf(b, "leaf = %t\n", u.leaf)
	keyInt(b, "depth", u.depth)
	keyInt(b, "siblings", u.siblings)
	keyInt(b, "level_units", u.levelUnits)
}

// writeFooter closes the front matter. The page has no body.
func writeFooter(b *bytes.Buffer) { b.WriteString("+++\n") }

// writePeriod writes one [[periods]] table: the period p and the unit's
// result r in it.
func writePeriod(b *bytes.Buffer, p *period, r *result) {
	b.WriteString("\n[[periods]]\n")
	keyString(b, "id", p.ID)
	keyString(b, "name", p.Name)
	keyString(b, "start", p.Start)
	keyString(b, "end", p.End)
	keyString(b, "status", p.Status)
	keyNumber(b, "score", r.Score)
	keyInt(b, "rank_siblings", r.Rank.Siblings)
	keyInt(b, "rank_level", r.Rank.Level)
	keyInt(b, "deeds", r.Deeds)
	if r.IndicatorsMet != nil {
		keyInt(b, "indicators_met", *r.IndicatorsMet)
	}
	if r.Leaves != nil {
		keyInt(b, "leaves", *r.Leaves)
	}
	keyNumber(b, "all_met_share", r.AllMetShare)
	b.WriteString("[periods.criteria]\n")
	for _, c := range r.Criteria {
		t := inline{b: b}
		tomlString(b, c.Key)
		b.WriteString(" = {")
		if c.Value.Met != nil {
			t.raw("met", strconv.FormatBool(*c.Value.Met))
		}
		t.number("share", c.Value.Share)
		t.intp("met_leaves", c.Value.MetLeaves)
		t.intp("leaves", c.Value.Leaves)
		b.WriteString(" }\n")
	}
	b.WriteString("[periods.indicators]\n")
	for _, i := range r.Indicators {
		t := inline{b: b}
		tomlString(b, i.Key)
		b.WriteString(" = {")
		t.number("numerator", i.Value.Numerator)
		t.number("denominator", i.Value.Denominator)
		t.number("value", i.Value.Value)
		if i.Value.Status != "" {
			var q bytes.Buffer
			tomlString(&q, i.Value.Status)
			t.raw("status", q.String())
		}
		t.intp("met_leaves", i.Value.MetLeaves)
		t.intp("leaves", i.Value.Leaves)
		b.WriteString(" }\n")
	}
}

// inline writes the pairs of a TOML inline table, commas between them.
type inline struct {
	b *bytes.Buffer
	n int
}

// raw writes key = v, v being TOML already.
func (t *inline) raw(key, v string) {
	if t.n > 0 {
		t.b.WriteByte(',')
	}
	t.n++
	t.b.WriteByte(' ')
	t.b.WriteString(key)
	t.b.WriteString(" = ")
	t.b.WriteString(v)
}

// number writes key = n unless n is empty (absent from the export).
func (t *inline) number(key string, n json.Number) {
	if n != "" {
		t.raw(key, n.String())
	}
}

// intp writes key = *n unless n is nil (absent from the export).
func (t *inline) intp(key string, n *int) {
	if n != nil {
		t.raw(key, strconv.Itoa(*n))
	}
}

func keyString(b *bytes.Buffer, key, v string) {
	b.WriteString(key)
	b.WriteString(" = ")
	tomlString(b, v)
	b.WriteByte('\n')
}

func keyInt(b *bytes.Buffer, key string, v int) {
	fmt.Fprintf(b, "%s = %d\n", key, v)
}

// keyNumber writes key = n unless n is empty. A JSON number without an
// exponent (the export never writes one) is a valid TOML integer or float.
func keyNumber(b *bytes.Buffer, key string, n json.Number) {
	if n != "" {
		fmt.Fprintf(b, "%s = %s\n", key, n)
	}
}

// tomlString writes s as a TOML basic string: UTF-8 kept as it is, the quote,
// the backslash and control characters escaped.
func tomlString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}
