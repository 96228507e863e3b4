package search

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/vn"
)

// token is one word of a text: its folded form and its spelling as written
// (lowercase, NFC, apostrophes and hyphens removed), which lets the client
// rank matches typed with the same diacritics first.
type token struct{ fold, spelling string }

// tokens splits s into words the way vn.Fold does, keeping each spelling.
// Joining the folds with spaces gives vn.Fold(s) (tested).
func tokens(s string) []token { return appendTokens(nil, s) }

// appendTokens appends the tokens of s to out. A spelling is a substring of
// the lowercased text unless a joiner sat inside the word.
func appendTokens(out []token, s string) []token {
	n := norm.NFC.String(strings.ToLower(s))
	start, end := -1, 0 // the current word's bytes in n, joiners included
	split := false      // a joiner sits inside the current word
	for i := 0; i <= len(n); {
		r, w := utf8.RuneError, 1 // past the end: a separator, to flush
		if i < len(n) {
			r, w = utf8.DecodeRuneInString(n[i:])
		}
		switch {
		case isJoiner(r):
		case isWordRune(r):
			if start < 0 {
				start = i
			} else if i != end {
				split = true
			}
			end = i + w
		case start >= 0:
			sp := n[start:end]
			if split {
				sp = dropJoiners(sp)
			}
			if f := vn.Fold(sp); f != "" {
				out = append(out, token{f, sp})
			}
			start, split = -1, false
		}
		i += w
	}
	return out
}

// isWordRune reports whether r is part of a word: a letter, digit or mark.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) // unicode.In(r, L, N, M), faster
}

// dropJoiners returns s without its apostrophes and hyphens.
func dropJoiners(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if !isJoiner(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isJoiner matches vn.Fold's apostrophes and hyphens.
func isJoiner(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02bc', '\u2018', '-', '\u2010', '\u2011', '\u00ad':
		return true
	}
	return false
}

// entry holds where one folded word occurs: per spelling, the docs whose
// title has it; and the docs that have it only in their context.
type entry struct {
	title map[string][]int32
	ctx   []int32
}

// index maps every folded word of the docs' titles and contexts to its
// entry. Ids are positions in docs and each list is increasing.
func index(docs []Doc) map[string]*entry {
	idx := map[string]*entry{}
	get := func(w string) *entry {
		e := idx[w]
		if e == nil {
			e = &entry{title: map[string][]int32{}}
			idx[w] = e
		}
		return e
	}
	ctxWords := map[string][]string{} // vn.Words of each context: they repeat
	var toks []token                  // the current doc's title tokens
	var inTitle []string              // and their folds
	for i, d := range docs {
		id := int32(i)
		toks = appendTokens(toks[:0], d.Title)
		inTitle = inTitle[:0]
		for _, t := range toks {
			inTitle = append(inTitle, t.fold)
			e := get(t.fold)
			if l := e.title[t.spelling]; len(l) == 0 || l[len(l)-1] != id {
				e.title[t.spelling] = append(l, id)
			}
		}
		words, ok := ctxWords[d.Context]
		if !ok {
			words = vn.Words(d.Context)
			ctxWords[d.Context] = words
		}
		for _, w := range words {
			if e := get(w); !slices.Contains(inTitle, w) && (len(e.ctx) == 0 || e.ctx[len(e.ctx)-1] != id) {
				e.ctx = append(e.ctx, id)
			}
		}
	}
	return idx
}

// entryJSON returns e's value in a word chunk: [context ids, spelling,
// ids, spelling, ids, ...], spellings in byte order, ids as encodeIDs
// gives them.
func entryJSON(e *entry) []any {
	v := make([]any, 0, 1+2*len(e.title))
	v = append(v, encodeIDs(e.ctx))
	for _, s := range slices.Sorted(maps.Keys(e.title)) {
		v = append(v, s, encodeIDs(e.title[s]))
	}
	return v
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
	enc := newEncoder()
	var item []byte
	for i, w := range words {
		item = enc.append(item[:0], w)
		item = enc.append(append(item, ':'), entryJSON(idx[w]))
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
