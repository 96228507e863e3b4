package search

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/vn"
)

// The functions below are tokens, index, order and the file writers as
// they were before they were made cheaper (commit d617a58), kept verbatim
// as references the current ones must match on every input (but for the
// type of the ids in an entry, int32 since).

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

// refBuild is Build over the reference order, index and file writers.
func refBuild(docs []Doc) (map[string][]byte, error) {
	if err := validate(docs); err != nil {
		return nil, err
	}
	ordered, kinds := refOrder(docs)
	files := map[string][]byte{}
	m := manifest{Version: 1, Count: len(ordered), Kinds: kinds, Per: DocsPerChunk}
	m.DocHash = refWriteDocChunks(ordered, kinds, files)
	m.Keys, m.Words = refWriteWordChunks(refIndex(ordered), files)
	b, err := marshal(m)
	if err != nil {
		return nil, err
	}
	files[ManifestPath] = b
	files[ScriptPath] = Script()
	return files, nil
}

// refWriteDocChunks is the reference for writeDocChunks.
func refWriteDocChunks(docs []Doc, kinds []string, files map[string][]byte) string {
	kindIdx := map[string]int{}
	for i, k := range kinds {
		kindIdx[k] = i
	}
	var chunks [][]byte
	h := sha256.New()
	for start := 0; start < len(docs); start += DocsPerChunk {
		var recs [][]any
		for _, d := range docs[start:min(start+DocsPerChunk, len(docs))] {
			r := []any{d.Title, d.URL, kindIdx[d.Kind], d.Context, d.Date}
			for len(r) > 3 && r[len(r)-1] == "" {
				r = r[:len(r)-1]
			}
			recs = append(recs, r)
		}
		b, _ := marshal(recs) // strings and ints always marshal
		chunks = append(chunks, b)
		h.Write(b)
		h.Write([]byte{0})
	}
	sum := hex.EncodeToString(h.Sum(nil)[:4])
	for i, b := range chunks {
		files[Dir+DocPath(i, sum)] = b
	}
	return sum
}

// refEntryJSON is the reference for entryJSON.
func refEntryJSON(e *entry) []byte {
	v := []any{encodeIDs(e.ctx)}
	sp := make([]string, 0, len(e.title))
	for s := range e.title {
		sp = append(sp, s)
	}
	slices.Sort(sp)
	for _, s := range sp {
		v = append(v, s, encodeIDs(e.title[s]))
	}
	b, _ := marshal(v) // strings and ints always marshal
	return b
}

// refWriteWordChunks is the reference for writeWordChunks.
func refWriteWordChunks(idx map[string]*entry, files map[string][]byte) (keys, names []string) {
	words := make([]string, 0, len(idx))
	for w := range idx {
		words = append(words, w)
	}
	slices.Sort(words)
	var buf []byte
	var first, prevLast string // first word of this chunk, last word of the one before
	emit := func(last string) {
		b := append(append([]byte("{"), buf...), '}')
		key := ""
		if len(keys) > 0 {
			key = separator(prevLast, first)
		}
		name := "chi-muc/" + fileKey(key) + "." + hash(b) + ".json"
		files[Dir+name] = b
		keys, names = append(keys, key), append(names, name)
		buf, prevLast = buf[:0], last
	}
	for i, w := range words {
		k, _ := marshal(w)
		item := append(append(k, ':'), refEntryJSON(idx[w])...)
		if len(buf) > 0 && len(buf)+1+len(item) > ChunkTarget {
			emit(words[i-1])
		}
		if len(buf) == 0 {
			first = w
		} else {
			buf = append(buf, ',')
		}
		buf = append(buf, item...)
	}
	if len(buf) > 0 {
		emit(words[len(words)-1])
	}
	return keys, names
}
