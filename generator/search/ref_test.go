package search

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/vn"
)

// The functions below are tokens, index and order as they were before
// they were made cheaper (commit d617a58), kept verbatim as references the
// current ones must match on every input (but for the type of the ids in
// an entry, int32 since).

// refTokens is the reference for tokens.
func refTokens(s string) []token {
	var out []token
	flush := func(b *strings.Builder) {
		if f := vn.Fold(b.String()); f != "" {
			out = append(out, token{f, b.String()})
		}
		b.Reset()
	}
	var b strings.Builder
	for _, r := range norm.NFC.String(strings.ToLower(s)) {
		switch {
		case refIsJoiner(r):
		case unicode.In(r, unicode.L, unicode.N, unicode.M):
			b.WriteRune(r)
		default:
			flush(&b)
		}
	}
	flush(&b)
	return out
}

// refIsJoiner is the reference for isJoiner.
func refIsJoiner(r rune) bool {
	return strings.ContainsRune("'\u2019\u02bc\u2018-\u2010\u2011\u00ad", r)
}

// refIndex is the reference for index.
func refIndex(docs []Doc) map[string]*entry {
	idx := map[string]*entry{}
	get := func(w string) *entry {
		e := idx[w]
		if e == nil {
			e = &entry{title: map[string][]int32{}}
			idx[w] = e
		}
		return e
	}
	for i, d := range docs {
		id := int32(i)
		inTitle := map[string]bool{}
		for _, t := range refTokens(d.Title) {
			inTitle[t.fold] = true
			e := get(t.fold)
			if l := e.title[t.spelling]; len(l) == 0 || l[len(l)-1] != id {
				e.title[t.spelling] = append(l, id)
			}
		}
		for _, w := range vn.Words(d.Context) {
			if e := get(w); !inTitle[w] && (len(e.ctx) == 0 || e.ctx[len(e.ctx)-1] != id) {
				e.ctx = append(e.ctx, id)
			}
		}
	}
	return idx
}

// refOrder is the reference for order.
func refOrder(docs []Doc) ([]Doc, []string) {
	rank := map[string]int{}
	var kinds []string
	for _, d := range docs {
		if _, ok := rank[d.Kind]; !ok {
			rank[d.Kind] = len(kinds)
			kinds = append(kinds, d.Kind)
		}
	}
	c := vn.NewCollator()
	out := slices.Clone(docs)
	slices.SortStableFunc(out, func(a, b Doc) int {
		if r := rank[a.Kind] - rank[b.Kind]; r != 0 {
			return r
		}
		if r := c.Compare(a.Title, b.Title); r != 0 {
			return r
		}
		if r := c.Compare(a.Context, b.Context); r != 0 {
			return r
		}
		return strings.Compare(a.URL, b.URL)
	})
	return out, kinds
}

// refBuild is Build over the reference order and index.
func refBuild(docs []Doc) (map[string][]byte, error) {
	if err := validate(docs); err != nil {
		return nil, err
	}
	ordered, kinds := refOrder(docs)
	files := map[string][]byte{}
	m := manifest{Version: 1, Count: len(ordered), Kinds: kinds, Per: DocsPerChunk}
	var err error
	if m.DocHash, err = writeDocChunks(ordered, kinds, files); err != nil {
		return nil, err
	}
	m.Keys, m.Words = writeWordChunks(refIndex(ordered), files)
	b, err := marshal(m)
	if err != nil {
		return nil, err
	}
	files[ManifestPath] = b
	files[ScriptPath] = Script()
	return files, nil
}
