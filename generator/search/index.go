package search

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/vn"
)

// token is one word of a text: its folded form and its spelling as written
// (lowercase, NFC, apostrophes and hyphens removed), which lets the client
// rank matches typed with the same diacritics first.
type token struct{ fold, spelling string }

// tokens splits s into words the way vn.Fold does, keeping each spelling.
// Joining the folds with spaces gives vn.Fold(s) (tested).
func tokens(s string) []token {
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
		case isJoiner(r):
		case unicode.In(r, unicode.L, unicode.N, unicode.M):
			b.WriteRune(r)
		default:
			flush(&b)
		}
	}
	flush(&b)
	return out
}

// isJoiner matches vn.Fold's apostrophes and hyphens.
func isJoiner(r rune) bool {
	return strings.ContainsRune("'\u2019\u02bc\u2018-\u2010\u2011\u00ad", r)
}

// entry holds where one folded word occurs: per spelling, the docs whose
// title has it; and the docs that have it only in their context.
type entry struct {
	title map[string][]int
	ctx   []int
}

// index maps every folded word of the docs' titles and contexts to its
// entry. Ids are positions in docs and each list is increasing.
func index(docs []Doc) map[string]*entry {
	idx := map[string]*entry{}
	get := func(w string) *entry {
		e := idx[w]
		if e == nil {
			e = &entry{title: map[string][]int{}}
			idx[w] = e
		}
		return e
	}
	for id, d := range docs {
		inTitle := map[string]bool{}
		for _, t := range tokens(d.Title) {
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

// entryJSON encodes an entry as [context ids, spelling, ids, spelling, ids,
// ...], spellings in byte order, ids as encodeIDs gives them.
func entryJSON(e *entry) []byte {
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

// writeWordChunks packs the words, in byte order, into chunks of about
// ChunkTarget bytes and returns each chunk's key (a prefix of its first word
// that sorts after every word of the chunk before; "" for the first) and
// file name relative to Dir.
func writeWordChunks(idx map[string]*entry, files map[string][]byte) (keys, names []string) {
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
		item := append(append(k, ':'), entryJSON(idx[w])...)
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

// separator returns the shortest prefix of b, in whole runes, that sorts
// after a; a < b.
func separator(a, b string) string {
	for i := range b {
		if i > 0 && b[:i] > a {
			return b[:i]
		}
	}
	return b
}

// fileKey makes a chunk key safe as a file name part: ASCII letters and
// digits kept, anything else "_"; "_" for the empty key.
func fileKey(key string) string {
	var sb strings.Builder
	for _, r := range key {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			sb.WriteRune(r)
		} else {
			sb.WriteByte('_')
		}
	}
	if sb.Len() == 0 {
		return "_"
	}
	return sb.String()
}
