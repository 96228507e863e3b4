package search

import (
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"
)

// client mirrors tim-kiem.js in Go, so tests can check what a query finds
// and how many bytes it fetches. The browser test checks the real script.
type client struct {
	t       *testing.T
	files   map[string][]byte
	man     manifest
	fetched map[string]bool
}

const span = 3 // SPAN in tim-kiem.js

func newClient(t *testing.T, files map[string][]byte) *client {
	c := &client{t: t, files: files, fetched: map[string]bool{}}
	c.get(ManifestPath, &c.man)
	return c
}

// get decodes a file as the script's fetch would, counting it once.
func (c *client) get(path string, v any) {
	b, ok := c.files[path]
	if !ok {
		c.t.Fatalf("client fetches %s, which Build did not write", path)
	}
	c.fetched[path] = true
	if err := json.Unmarshal(b, v); err != nil {
		c.t.Fatalf("%s: %v", path, err)
	}
}

// bytes returns the total size of the files fetched so far.
func (c *client) bytes() int {
	n := 0
	for p := range c.fetched {
		n += len(c.files[p])
	}
	return n
}

func (c *client) at(w string) int {
	return sort.Search(len(c.man.Keys), func(i int) bool { return c.man.Keys[i] > w }) - 1
}

type match struct{ all, title, exact map[int]bool }

// look is look() of the script.
func (c *client) look(t token, last bool) match {
	w := t.fold
	a, b := c.at(w), c.at(w)
	if last {
		b = c.at(w + "\uffff")
	}
	pre := last && b-a < span
	if !pre {
		b = a
	}
	typed := t.spelling != w
	r := match{map[int]bool{}, map[int]bool{}, map[int]bool{}}
	for _, f := range c.man.Words[a : b+1] {
		var chunk map[string][]json.RawMessage
		c.get(Dir+f, &chunk)
		for k, e := range chunk {
			if k != w && !(pre && strings.HasPrefix(k, w)) {
				continue
			}
			var ctx []int
			json.Unmarshal(e[0], &ctx)
			for _, id := range decodeIDs(ctx) {
				r.all[id] = true
			}
			for j := 1; j < len(e); j += 2 {
				var s string
				var enc []int
				json.Unmarshal(e[j], &s)
				json.Unmarshal(e[j+1], &enc)
				ex := typed && (s == t.spelling || pre && strings.HasPrefix(s, t.spelling))
				for _, id := range decodeIDs(enc) {
					r.all[id], r.title[id] = true, true
					if ex {
						r.exact[id] = true
					}
				}
			}
		}
	}
	return r
}

// search returns the ranked doc ids for q and the records of the first
// page of 10, fetching what the script fetches.
func (c *client) search(q string) (ids []int, recs [][]any) {
	ts := tokens(q)
	if len(ts) == 0 {
		return nil, nil
	}
	var rs []match
	for i, t := range ts {
		rs = append(rs, c.look(t, i == len(ts)-1))
	}
	score := map[int]int{}
	for id := range rs[0].all {
		ok, s := true, 0
		for _, r := range rs {
			ok = ok && r.all[id]
			if r.exact[id] {
				s += 100
			}
			if r.title[id] {
				s++
			}
		}
		if ok {
			ids = append(ids, id)
			score[id] = s
		}
	}
	slices.SortFunc(ids, func(x, y int) int {
		if score[x] != score[y] {
			return score[y] - score[x]
		}
		return x - y
	})
	for _, id := range ids[:min(10, len(ids))] {
		var chunk [][]any
		c.get(Dir+DocPath(id/c.man.Per, c.man.DocHash), &chunk)
		recs = append(recs, chunk[id%c.man.Per])
	}
	return ids, recs
}
