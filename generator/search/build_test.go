package search

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"phongtrao/generator/vn"
)

func TestEncodeIDs(t *testing.T) {
	cases := []struct{ ids, want []int }{
		{nil, []int{}},
		{[]int{0}, []int{1}},
		{[]int{0, 1, 2, 3, 9}, []int{-4, 6}}, // run from -1, then gap 6
		{[]int{5, 6, 7}, []int{6, -2}},       // gap 6 to 5, then a run of 2
		{[]int{4, 10}, []int{5, 6}},
		// By hand: 3 is gap 4; 4 follows 3 but a run of one is written as
		// the gap 1 (same size); 8 is gap 4; 9, 10 a run of 2; 20 gap 10.
		{[]int{3, 4, 8, 9, 10, 20}, []int{4, 1, 4, -2, 10}},
	}
	for _, c := range cases {
		got := encodeIDs(c.ids)
		if !slices.Equal(got, c.want) {
			t.Errorf("encodeIDs(%v) = %v, want %v", c.ids, got, c.want)
		}
		if back := decodeIDs(got); !slices.Equal(back, c.ids) {
			t.Errorf("decodeIDs(%v) = %v, want %v", got, back, c.ids)
		}
	}
}

func TestTokensAgreeWithFold(t *testing.T) {
	for _, s := range foldInputs {
		var folds []string
		for _, tk := range tokens(s) {
			folds = append(folds, tk.fold)
		}
		if got, want := strings.Join(folds, " "), vn.Fold(s); got != want {
			t.Errorf("tokens(%q) folds to %q, vn.Fold gives %q", s, got, want)
		}
	}
	// Spellings keep diacritics, lowercase and NFC, without apostrophes.
	got := tokens("Xã Đăk R'Moan")
	want := []token{{"xa", "xã"}, {"dak", "đăk"}, {"rmoan", "rmoan"}}
	if !slices.Equal(got, want) {
		t.Errorf("tokens = %v, want %v", got, want)
	}
}

// fixture is a small site: real unit names and two stories.
var fixture = []Doc{
	{Title: "Tỉnh Đắk Nông", URL: "don-vi/dak-nong/", Kind: "Tỉnh"},
	{Title: "Huyện Đăk Glong", URL: "don-vi/dak-glong/", Kind: "Huyện", Context: "Tỉnh Đắk Nông"},
	{Title: "Huyện Đắk R'Lấp", URL: "don-vi/dak-rlap/", Kind: "Huyện", Context: "Tỉnh Đắk Nông"},
	{Title: "Xã Quảng Sơn", URL: "don-vi/quang-son/", Kind: "Xã", Context: "Huyện Đăk Glong"},
	{Title: "Xã Quảng Hoà", URL: "don-vi/quang-hoa/", Kind: "Xã", Context: "Huyện Đăk Glong"},
	{Title: "Xã Nâm N'Jang", URL: "don-vi/nam-njang/", Kind: "Xã", Context: "Huyện Đắk Song"},
	{Title: "Thôn 1", URL: "don-vi/quang-son/thon-1/", Kind: "Thôn", Context: "Xã Quảng Sơn, Huyện Đăk Glong"},
	{Title: "Thôn 1", URL: "don-vi/quang-hoa/thon-1/", Kind: "Thôn", Context: "Xã Quảng Hoà, Huyện Đăk Glong"},
	{Title: "Thôn 10", URL: "don-vi/quang-hoa/thon-10/", Kind: "Thôn", Context: "Xã Quảng Hoà, Huyện Đăk Glong"},
	{Title: "Thôn Quảng Sơn", URL: "don-vi/nam-njang/thon-quang-son/", Kind: "Thôn", Context: "Xã Nâm N'Jang, Huyện Đắk Song"},
	{Title: "Thôn Tân Hòa", URL: "don-vi/nam-njang/thon-tan-hoa/", Kind: "Thôn", Context: "Xã Nâm N'Jang, Huyện Đắk Song"},
	{Title: "Thôn Tấn Hòa", URL: "don-vi/nam-njang/thon-tan-hoa-2/", Kind: "Thôn", Context: "Xã Nâm N'Jang, Huyện Đắk Song"},
	{Title: "Người lái xe ôm dũng cảm cứu cháu bé", URL: "bai-viet/lai-xe-om/", Kind: "Bài viết", Context: "Thôn 1, Xã Quảng Sơn", Date: "19/09/2024"},
	{Title: "Tuần tra đêm ở bon Bu Prăng", URL: "bai-viet/tuan-tra-dem/", Kind: "Bài viết", Context: "Xã Quảng Hoà", Date: "02/10/2024"},
}

func TestBuildSearch(t *testing.T) {
	files, err := Build(fixture)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		q    string
		want []string // titles (and the first context word) in result order
	}{
		// Kinds order as they first appear: Tỉnh, Huyện, Xã, Thôn, Bài viết.
		// "dak nong" is the province by title, then the districts whose
		// context is the province.
		{"dak nong", []string{"Tỉnh Đắk Nông", "Huyện Đăk Glong", "Huyện Đắk R'Lấp"}},
		// Typed with diacritics, the title spelled "Đắk" ranks before the one
		// spelled "Đăk" (both match "nông" only in their context).
		{"Đắk Nông", []string{"Tỉnh Đắk Nông", "Huyện Đắk R'Lấp", "Huyện Đăk Glong"}},
		{"dak rlap", []string{"Huyện Đắk R'Lấp"}},
		{"dak r'lap", []string{"Huyện Đắk R'Lấp"}},
		{"DAK R’LẤP", []string{"Huyện Đắk R'Lấp"}},
		{"quang hoa", []string{"Xã Quảng Hoà", "Thôn 1 (Xã Quảng Hoà)", "Thôn 10", "Tuần tra đêm ở bon Bu Prăng"}},
		{"quang hòa", []string{"Xã Quảng Hoà", "Thôn 1 (Xã Quảng Hoà)", "Thôn 10", "Tuần tra đêm ở bon Bu Prăng"}},
		// Prefix on the last word only: "quang ho" finds Hoà, not Sơn.
		{"quang ho", []string{"Xã Quảng Hoà", "Thôn 1 (Xã Quảng Hoà)", "Thôn 10", "Tuần tra đêm ở bon Bu Prăng"}},
		// ...but "quan ho" finds nothing: "quan" is not the last word.
		{"quan ho", nil},
		// Every word must match; context tells the two "Thôn 1" apart, and
		// the story set in Thôn 1 of Xã Quảng Sơn matches through its context.
		{"thon 1 quang son", []string{"Thôn 1 (Xã Quảng Sơn)", "Người lái xe ôm dũng cảm cứu cháu bé"}},
		// Title matches before context matches within a kind: "Thôn Quảng
		// Sơn" before "Thôn 1" of Xã Quảng Sơn although "1" sorts first.
		{"quang son", []string{"Xã Quảng Sơn", "Thôn Quảng Sơn", "Thôn 1 (Xã Quảng Sơn)", "Người lái xe ôm dũng cảm cứu cháu bé"}},
		// Typed diacritics rank the exact spelling first: Tấn before Tân,
		// although collation puts Tân first; without diacritics, Tân first.
		{"tấn hòa", []string{"Thôn Tấn Hòa", "Thôn Tân Hòa"}},
		{"tan hoa", []string{"Thôn Tân Hòa", "Thôn Tấn Hòa"}},
		{"nam njang", []string{"Xã Nâm N'Jang", "Thôn Quảng Sơn", "Thôn Tân Hòa", "Thôn Tấn Hòa"}},
		{"dung cam", []string{"Người lái xe ôm dũng cảm cứu cháu bé"}},
		{"bu prang", []string{"Tuần tra đêm ở bon Bu Prăng"}},
		{"xyz", nil},
		{"  ", nil},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			_, recs := newClient(t, files).search(c.q)
			var got []string
			for _, r := range recs {
				got = append(got, label(r))
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("search %q =\n%q\nwant\n%q", c.q, got, c.want)
			}
		})
	}
}

// label is a record's title, with its commune for the two "Thôn 1".
func label(r []any) string {
	if r[0] == "Thôn 1" {
		ctx, _, _ := strings.Cut(r[3].(string), ",")
		return "Thôn 1 (" + ctx + ")"
	}
	return r[0].(string)
}

func TestBuildRecords(t *testing.T) {
	files, err := Build(fixture)
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, files)
	if c.man.Count != len(fixture) || !slices.Equal(c.man.Kinds, []string{"Tỉnh", "Huyện", "Xã", "Thôn", "Bài viết"}) {
		t.Errorf("manifest count %d kinds %q", c.man.Count, c.man.Kinds)
	}
	_, recs := c.search("tuan tra dem")
	// The story record keeps title, URL, kind index 4 ("Bài viết"), context, date.
	want := `[["Tuần tra đêm ở bon Bu Prăng","bai-viet/tuan-tra-dem/",4,"Xã Quảng Hoà","02/10/2024"]]`
	if b, _ := json.Marshal(recs); string(b) != want {
		t.Errorf("records = %s, want %s", b, want)
	}
	// A record without context or date is cut after the kind.
	_, recs = c.search("tinh dak nong")
	if b, _ := json.Marshal(recs[0]); string(b) != `["Tỉnh Đắk Nông","don-vi/dak-nong/",0]` {
		t.Errorf("records = %s", b)
	}
}

func TestBuildDeterministic(t *testing.T) {
	a, err := Build(fixture)
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, _ := Build(slices.Clone(fixture))
		if len(a) != len(b) {
			t.Fatalf("file count %d vs %d", len(a), len(b))
		}
		for p := range a {
			if !bytes.Equal(a[p], b[p]) {
				t.Fatalf("%s differs between two builds", p)
			}
		}
	}
	for p := range a {
		if !strings.HasPrefix(p, Dir) {
			t.Errorf("file %s outside %s", p, Dir)
		}
	}
}

func TestBuildRejects(t *testing.T) {
	cases := []struct {
		doc  Doc
		want string
	}{
		{Doc{Title: " ", URL: "a/"}, "không có tiêu đề"},
		{Doc{Title: "A", URL: ""}, "không có đường dẫn"},
		{Doc{Title: "A", URL: "javascript:alert(1)"}, "không hợp lệ"},
		{Doc{Title: "A", URL: " JavaScript:alert(1)"}, "không hợp lệ"},
		{Doc{Title: "A", URL: "data:text/html,x"}, "không hợp lệ"},
		{Doc{Title: "A", URL: "//evil.example/"}, "không hợp lệ"},
		{Doc{Title: "B", URL: "don-vi/dak-nong/"}, "trùng đường dẫn"},
	}
	for _, c := range cases {
		_, err := Build(append(slices.Clone(fixture[:1]), c.doc))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Build with %+v: error %v, want one containing %q", c.doc, err, c.want)
		}
	}
	for _, u := range []string{"https://example.org/x", "/x/y/", "x/y/?a=b:c", "x.html#p:1"} {
		if _, err := Build([]Doc{{Title: "A", URL: u}}); err != nil {
			t.Errorf("Build rejects good URL %q: %v", u, err)
		}
	}
}

func TestChunking(t *testing.T) {
	docs := synthetic(3000, 300)
	files, err := Build(docs)
	if err != nil {
		t.Fatal(err)
	}
	c := newClient(t, files)
	if len(c.man.Words) < 2 || !slices.IsSorted(c.man.Keys) || c.man.Keys[0] != "" {
		t.Fatalf("want ≥ 2 sorted word chunks from \"\", got keys %q", c.man.Keys)
	}
	// Every word sits in the chunk the client's binary search picks, and a
	// chunk over the target holds a single word.
	seen := 0
	for i, f := range c.man.Words {
		b := files[Dir+f]
		if !strings.Contains(f, "."+hash(b)+".") {
			t.Errorf("%s: name does not carry its content hash %s", f, hash(b))
		}
		var chunk map[string]json.RawMessage
		json.Unmarshal(b, &chunk)
		if len(b) > ChunkTarget && len(chunk) > 1 {
			t.Errorf("%s: %d bytes with %d words, over the %d target", f, len(b), len(chunk), ChunkTarget)
		}
		for w := range chunk {
			seen++
			if got := c.at(w); got != i {
				t.Errorf("word %q is in chunk %d but lookup gives %d", w, i, got)
			}
		}
	}
	if want := len(index(docs)); seen != want {
		t.Errorf("chunks hold %d words, index has %d", seen, want)
	}
	n := 0
	for p := range files {
		if strings.HasPrefix(p, Dir+"tai-lieu/") {
			n++
		}
	}
	if n != (len(docs)+DocsPerChunk-1)/DocsPerChunk {
		t.Errorf("%d doc chunks for %d docs", n, len(docs))
	}
}
