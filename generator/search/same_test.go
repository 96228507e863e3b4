package search

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// hardTexts are titles and contexts where a faster tokens, index or order
// could part from the reference: every Vietnamese tone on every vowel in
// both compositions, tone placement variants, joiners in all positions,
// other scripts, lone combining marks, invalid UTF-8 and empty text.
func hardTexts() []string {
	in := slices.Clone(foldInputs)
	in = append(in, "'", "''", "-a-", "a'-'b", "a' b", "'a", "a'", "R'Lấp-Nui", "a\u00adb",
		"\u0301", "a\u0301'\u0300b", "x\u20dd", "北京 Đắk", "Москва", "한국어", "ﬁ ŉ ǆ", "ẞ İ K Ω Å",
		"Ⅻ ½ ²", "\u00a0a\u00a0", "a\u200db", "😀a", "\xff", "a\xffb", "Đắk\xc3", "a\ufffdb", "\x00",
		"Thôn 2", "Thôn 10", "Thôn 02", "Thôn 2A", "thôn 2", "THÔN 2", "Tổ dân phố 1", "Hòa", "Hoà",
		"Hoa\u0300", "Ho\u0300a", "Quảng Hòa", "Quảng Hoà", "Dũng", "Đắk Mil", "ăn", "an", "ân", "")
	vowels := []string{"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}
	for _, v := range vowels {
		for _, t := range []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"} {
			w := norm.NFC.String(v + t)
			in = append(in, "T"+w+"n Đ"+w+"k", strings.ToUpper(w)+"'"+w)
		}
	}
	n := len(in)
	for _, s := range in[:n] {
		in = append(in, norm.NFD.String(s))
	}
	return in
}

func TestTokensMatchReference(t *testing.T) {
	for _, s := range hardTexts() {
		if got, want := tokens(s), refTokens(s); !slices.Equal(got, want) {
			t.Errorf("tokens(%+q) = %q, reference %q", s, got, want)
		}
	}
}

// hardDocs makes docs of every pair of hard texts as title and context,
// with kinds in turn and unique URLs; the reference must agree on all.
func hardDocs(texts []string) []Doc {
	kinds := []string{"Thôn", "Xã", "", "Bài viết"}
	var docs []Doc
	for i, a := range texts {
		for j := i; j < len(texts); j += 7 {
			docs = append(docs, Doc{Title: a, Context: texts[j], Kind: kinds[(i+j)%len(kinds)],
				URL: fmt.Sprintf("d/%d/%d/", i, j)})
		}
	}
	return docs
}

func TestIndexAndOrderMatchReference(t *testing.T) {
	sets := map[string][]Doc{
		"fixture":   fixture,
		"hard":      hardDocs(hardTexts()),
		"synthetic": synthetic(3000, 300),
	}
	if !testing.Short() {
		sets["large"] = synthetic(42000, 10000)
	}
	for name, docs := range sets {
		t.Run(name, func(t *testing.T) {
			got, gotKinds := order(docs)
			want, wantKinds := refOrder(docs)
			if !slices.Equal(got, want) || !slices.Equal(gotKinds, wantKinds) {
				t.Fatalf("order differs from the reference")
			}
			if !reflect.DeepEqual(index(want), refIndex(want)) {
				t.Fatalf("index differs from the reference")
			}
		})
	}
}

func TestBuildMatchesReference(t *testing.T) {
	docs := append(slices.Clone(fixture), hardDocs(hardTexts()[:40])...)
	sameBuild(t, docs)
}

// sameBuild fails t unless Build and refBuild give the same files.
func sameBuild(t *testing.T, docs []Doc) {
	t.Helper()
	got, gerr := Build(docs)
	want, werr := refBuild(docs)
	if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
		t.Fatalf("Build error %v, reference %v", gerr, werr)
	}
	if len(got) != len(want) {
		t.Fatalf("Build gives %d files, reference %d", len(got), len(want))
	}
	for p, b := range want {
		if !bytes.Equal(got[p], b) {
			t.Fatalf("%s differs from the reference", p)
		}
	}
}

// FuzzBuild splits its inputs on "|" into titles and contexts, builds a
// doc set of their pairs and checks tokens and the whole Build against the
// references.
func FuzzBuild(f *testing.F) {
	h := hardTexts()
	for i := 0; i+3 < len(h); i += 3 {
		f.Add(h[i]+"|"+h[i+1], h[i+2]+"|"+h[i+3])
	}
	f.Fuzz(func(t *testing.T, titles, contexts string) {
		for _, s := range []string{titles, contexts} {
			if got, want := tokens(s), refTokens(s); !slices.Equal(got, want) {
				t.Fatalf("tokens(%+q) = %q, reference %q", s, got, want)
			}
		}
		var docs []Doc
		for i, a := range strings.Split(titles, "|") {
			for j, c := range strings.Split(contexts, "|") {
				docs = append(docs, Doc{Title: a + "x", Context: c, Kind: []string{"A", "B"}[(i+j)%2],
					URL: fmt.Sprintf("d/%d/%d/", i, j)})
			}
		}
		sameBuild(t, docs)
	})
}
