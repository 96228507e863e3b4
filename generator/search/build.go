package search

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"phongtrao/generator/vn"
)

// Doc is one searchable page.
type Doc struct {
	Title   string // shown as the link text; its words are searched
	URL     string // site-root-relative ("don-vi/x/"), absolute path ("/x/") or http(s) URL
	Kind    string // a label such as "Thôn", "Xã", "Bài viết", "Tin tức"; orders results
	Context string // where it is, e.g. "Xã Quảng Sơn, Huyện Đăk Glong"; its words are searched too
	Date    string // optional, shown as given (e.g. "19/08/2024")
}

// Paths of the files Build returns, relative to the site root.
const (
	Dir          = "tim-kiem/"
	ManifestPath = Dir + "chi-muc.json"
	ScriptPath   = Dir + "tim-kiem.js"
)

// Tuning of the index layout (see the package doc for the sizes they give).
const (
	// DocsPerChunk is how many result records one doc-table file holds.
	DocsPerChunk = 32
	// ChunkTarget is the size in bytes a word chunk grows to before a new
	// chunk starts; a single word larger than that gets a chunk of its own.
	ChunkTarget = 16 << 10
)

// manifest is the first file the client loads.
type manifest struct {
	Version int      `json:"v"`
	Count   int      `json:"n"`     // number of docs
	Kinds   []string `json:"kinds"` // record kind index → label
	Per     int      `json:"per"`   // DocsPerChunk
	DocHash string   `json:"dh"`    // doc-table file n is DocPath(n, DocHash)
	Keys    []string `json:"keys"`  // first folded word (or separator) of each word chunk
	Words   []string `json:"words"` // word chunk files, relative to Dir, parallel to Keys
}

// Build returns the search index of docs and the client script, keyed by
// path relative to the site root (all under Dir). Identical input gives
// identical bytes. It fails when a doc has no title or no URL, when a URL
// has a scheme other than http or https, or when two docs share a URL.
func Build(docs []Doc) (map[string][]byte, error) {
	if err := validate(docs); err != nil {
		return nil, err
	}
	ordered, kinds := order(docs)
	files := map[string][]byte{}
	m := manifest{Version: 1, Count: len(ordered), Kinds: kinds, Per: DocsPerChunk}
	var err error
	if m.DocHash, err = writeDocChunks(ordered, kinds, files); err != nil {
		return nil, err
	}
	m.Keys, m.Words = writeWordChunks(index(ordered), files)
	b, err := marshal(m)
	if err != nil {
		return nil, err
	}
	files[ManifestPath] = b
	files[ScriptPath] = Script()
	return files, nil
}

// validate checks the docs Build cannot index.
func validate(docs []Doc) error {
	seen := make(map[string]int, len(docs))
	for i, d := range docs {
		switch {
		case strings.TrimSpace(d.Title) == "":
			return fmt.Errorf("tìm kiếm: mục %d (%s) không có tiêu đề", i+1, d.URL)
		case strings.TrimSpace(d.URL) == "":
			return fmt.Errorf("tìm kiếm: mục %d (%q) không có đường dẫn", i+1, d.Title)
		case !safeURL(d.URL):
			return fmt.Errorf("tìm kiếm: đường dẫn %q của %q không hợp lệ (chỉ dùng đường dẫn trong trang hoặc http/https)", d.URL, d.Title)
		}
		if j, ok := seen[d.URL]; ok {
			return fmt.Errorf("tìm kiếm: mục %d (%q) và mục %d (%q) trùng đường dẫn %q", j+1, docs[j].Title, i+1, d.Title, d.URL)
		}
		seen[d.URL] = i
	}
	return nil
}

// safeURL accepts http(s) URLs and paths without a scheme, and rejects
// "javascript:" and the like as well as protocol-relative "//host".
func safeURL(u string) bool {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return true
	}
	if strings.HasPrefix(u, "//") || strings.ContainsAny(u, "\\\x00\r\n\t") {
		return false
	}
	colon := strings.IndexByte(u, ':')
	return colon < 0 || strings.IndexAny(u[:colon], "/?#") >= 0
}

// order returns docs in result order, which is also their id order: by kind
// in the order kinds first appear in the input, then by Vietnamese collation
// of the title, then context, then URL; and the kinds in that order.
//
// Rather than collating two strings at every comparison, it ranks the
// distinct titles once by collation key and sorts by numbers; contexts are
// ranked only for docs that share their kind and title with another.
func order(docs []Doc) ([]Doc, []string) {
	rank := map[string]int{}
	var kinds []string
	titles := make([]string, len(docs))
	for i, d := range docs {
		if _, ok := rank[d.Kind]; !ok {
			rank[d.Kind] = len(kinds)
			kinds = append(kinds, d.Kind)
		}
		titles[i] = d.Title
	}
	titleRank := vn.Ranks(titles)
	keys := make([]sortKey, len(docs))
	for i, d := range docs {
		keys[i] = sortKey{kind: rank[d.Kind], title: int(titleRank[d.Title]), i: i}
	}
	slices.SortFunc(keys, func(a, b sortKey) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.title, b.title))
	})
	var ctxs []string
	runs := sameTitleRuns(keys)
	for _, run := range runs {
		for _, k := range run {
			ctxs = append(ctxs, docs[k.i].Context)
		}
	}
	ctxRank := vn.Ranks(ctxs)
	for _, run := range runs {
		for j := range run {
			run[j].ctx = int(ctxRank[docs[run[j].i].Context])
		}
		slices.SortFunc(run, func(a, b sortKey) int {
			return cmp.Or(cmp.Compare(a.ctx, b.ctx), strings.Compare(docs[a.i].URL, docs[b.i].URL))
		})
	}
	out := make([]Doc, len(docs))
	for j, k := range keys {
		out[j] = docs[k.i]
	}
	return out, kinds
}

// sortKey places docs[i] in result order: its kind's rank, then the
// collation ranks of its title and context.
type sortKey struct{ kind, title, ctx, i int }

// sameTitleRuns returns the runs of two or more keys with the same kind and
// title in keys sorted by kind and title.
func sameTitleRuns(keys []sortKey) [][]sortKey {
	var runs [][]sortKey
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].kind == keys[i].kind && keys[j].title == keys[i].title {
			j++
		}
		if j-i > 1 {
			runs = append(runs, keys[i:j])
		}
		i = j
	}
	return runs
}

// writeDocChunks stores the result records, DocsPerChunk to a file, and
// returns the hash in their names. A record is [title, url, kind index,
// context, date], trailing empty strings left out. One hash over all the
// chunks names them all, so the manifest need not list thousands of names.
func writeDocChunks(docs []Doc, kinds []string, files map[string][]byte) (string, error) {
	kindIdx := map[string]int{}
	for i, k := range kinds {
		kindIdx[k] = i
	}
	var chunks [][]byte
	h := sha256.New()
	for start := 0; start < len(docs); start += DocsPerChunk {
		chunk := docs[start:min(start+DocsPerChunk, len(docs))]
		recs := make([][]any, len(chunk))
		for i := range chunk {
			recs[i] = record(&chunk[i], kindIdx[chunk[i].Kind])
		}
		b, err := marshal(recs)
		if err != nil {
			return "", err
		}
		chunks = append(chunks, b)
		h.Write(b)
		h.Write([]byte{0})
	}
	sum := hex.EncodeToString(h.Sum(nil)[:4])
	for i, b := range chunks {
		files[Dir+DocPath(i, sum)] = b
	}
	return sum, nil
}

// record is d's result record [title, url, kind index, context, date],
// trailing empty strings left out. It holds pointers to d's strings,
// which encode as the strings do, so that building it copies nothing.
func record(d *Doc, kind int) []any {
	r := []any{&d.Title, &d.URL, kind, &d.Context, &d.Date}
	switch {
	case d.Date != "":
		return r
	case d.Context != "":
		return r[:4]
	}
	return r[:3]
}

// DocPath is the path, relative to Dir, of doc-table chunk n.
func DocPath(n int, hash string) string {
	return "tai-lieu/" + strconv.Itoa(n) + "." + hash + ".json"
}

// marshal encodes v as compact JSON without HTML escaping and without the
// trailing newline: the index is served as JSON and read by the script,
// never inlined in a page, so "<" and "&" stay as they are (smaller).
func marshal(v any) ([]byte, error) {
	e := newEncoder()
	if err := e.enc.Encode(v); err != nil {
		return nil, err
	}
	return e.bytes(), nil
}

// encoder encodes values as marshal does into one reused buffer.
type encoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newEncoder() *encoder {
	e := &encoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(false)
	return e
}

// append appends v's JSON to b; v holds only strings, ints and slices of
// them, which always encode.
func (e *encoder) append(b []byte, v any) []byte {
	e.buf.Reset()
	_ = e.enc.Encode(v)
	return append(b, e.bytes()...)
}

// bytes returns what the last Encode wrote, without its newline.
func (e *encoder) bytes() []byte {
	return bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))
}

// hash is a short content hash for file names, so a cached old file is
// never taken for a new one.
func hash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:4])
}
