package qa

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"testing"

	"phongtrao/generator/internal/glossary"
)

// bannedForms are the words and forms no page may use (docs/bang-thuat-ngu.md,
// issue 21): the glossary's (package glossary, also kept out of messages
// and docs by generator's TestSourceWords) and those only pages can show:
// ties as "(=)", requirements as code, ranks not named by their unit, ISO
// dates, straight quotes, scores without their decimals.
var bannedForms = append(glossary.Words[:len(glossary.Words):len(glossary.Words)],
	glossary.Form{Name: `"(=)" for a tie (write "đồng hạng")`, Re: regexp.MustCompile(`\(=\)`)},
	glossary.Form{Name: `"yêu cầu = …" (write the requirement in words)`, Re: regexp.MustCompile(`yêu cầu = `)},
	glossary.Form{Name: `"Hạng trong cấp" (name the level: "Hạng toàn tỉnh (Tổ)")`, Re: regexp.MustCompile(`Hạng trong cấp`)},
	glossary.Form{Name: `an ISO date in the text (write dd/mm/yyyy)`, Re: regexp.MustCompile(`\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\b`)},
	// Quotes in the text are curly, “…”: the templates write them so,
	// and content's Markdown gets them from goldmark's typographer
	// (generator/content). Code and attribute values are not text.
	glossary.Form{Name: `a straight double quote in the text (write “…”)`, Re: regexp.MustCompile(`"`)},
	// A score in running text has two decimals as in tables
	// (TestScorePrecision): "Đợt 2: 5,00/7 điểm", not "5/7 điểm".
	glossary.Form{Name: `a score without two decimals in the text ("5/7 điểm"; write "5,00/7 điểm")`,
		Re: regexp.MustCompile(`(^|[^0-9,.])[0-9]+(,[0-9])? ?/ ?[0-9]+ điểm`)},
)

// hidden, block and tag strip a page down to the text a reader sees, one
// line per block: hidden drops scripts, styles, drawings and code; a
// block's tags end a line, so that a check never reads two table cells
// or a header and the next paragraph as one sentence; other tags are
// spaces. Attribute values go with their tags.
var (
	hidden = regexp.MustCompile(`(?s)<(script|style|svg|code|pre)\b.*?</(script|style|svg|code|pre)>`)
	block  = regexp.MustCompile(`(?i)</?(p|li|ul|ol|dl|dt|dd|td|th|tr|caption|h[1-6]|div|section|article|header|footer|nav|main|aside|summary|details|figcaption|blockquote|title|br|option|label|table|thead|tbody)\b[^>]*>`)
	tag    = regexp.MustCompile(`<[^>]*>`)
	space  = regexp.MustCompile(`\s+`)
)

// visibleText returns the text of an HTML page as a reader sees it, one
// line per block (see hidden and block), white space within a block
// collapsed to single spaces, entities decoded.
func visibleText(b []byte) string {
	s := hidden.ReplaceAllString(string(b), " ")
	s = space.ReplaceAllString(s, " ")
	s = block.ReplaceAllString(s, "\n")
	return html.UnescapeString(tag.ReplaceAllString(s, " "))
}

// TestGlossary scans the text of every page of the demo for the forms the
// glossary bans, and reports each form with up to three pages using it.
func TestGlossary(t *testing.T) {
	s := site(t)
	found := map[string][]string{}
	s.eachHTML(t, func(f string, b []byte) {
		text := visibleText(b)
		for _, bf := range bannedForms {
			if m := firstBanned(bf, text); m != "" {
				found[bf.Name] = append(found[bf.Name], f+" ("+strings.TrimSpace(m)+")")
			}
		}
	})
	names := make([]string, 0, len(found))
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		pages := found[n]
		t.Errorf("%s on %d pages, e.g. %s", n, len(pages), strings.Join(pages[:min(3, len(pages))], ", "))
	}
}

// firstBanned returns the first match of f in text, read a block (a
// line of visibleText) at a time so that no form spans two, "" when there
// is none.
func firstBanned(f glossary.Form, text string) string {
	for line := range strings.Lines(text) {
		if m := f.Matches(line); len(m) > 0 {
			return line[m[0][0]:m[0][1]]
		}
	}
	return ""
}

// TestBannedFormsCatch: each check of TestGlossary flags the form it bans
// and lets the glossary's own form through, on page snippets written by
// hand.
func TestBannedFormsCatch(t *testing.T) {
	cases := []struct {
		page   string
		banned bool
	}{
		{`<li>0/2 Tổ đạt cả 7 nội dung thi đua</li>`, true},        // "/2 Tổ đ"
		{`<p>Điểm bình quân các Tổ: 5,15</p>`, true},               // "c Tổ:"
		{`<li>0/2 tổ đạt cả 7 nội dung thi đua</li>`, false},       // lower case
		{`<caption>Xếp hạng Xã/Phường trực thuộc</caption>`, true}, // "g Xã/"
		{`<caption>Xếp hạng xã/phường trực thuộc</caption>`, false},
		{`<th>Tổ đạt</th><td>5 </td><th>Tổ đạt</th>`, false}, // a header starts its block
		{`<p>34 Tổ bảo vệ an ninh, trật tự</p>`, false},      // the force's name
		{`<p>bảo vệ an ninh Tổ
quốc</p>`, false}, // across a line break in the source
		{`<p>Thôn 1, Xã Quảng Sơn và Tổ dân phố 3</p>`, false}, // names
		{`<p>thuộc tiêu chí 4.1</p>`, true},
		{`<p>Tiêu chí 4.1</p>`, true},
		{`<p>thuộc nội dung thi đua 4.1</p>`, false},
		{`<p>xem <code>tiêu chí</code></p>`, false}, // code is not text
		{`<p title="tiêu chí">x</p>`, false},        // nor an attribute
		{`<p>mô hình "Camera an ninh"</p>`, true},
		{`<p>mô hình “Camera an ninh”</p>`, false},
		{`<p>mô hình &quot;Camera&quot;</p>`, true}, // an entity is a quote too
		{`<pre>a = "b"</pre><a href="/x" title="y">z</a>`, false},
		{`<h2>Đợt 2: 5/7 điểm, hạng 1/2</h2>`, true},
		{`<h2>Đợt 2: 5,3/7 điểm</h2>`, true},
		{`<h2>Đợt 2: 5,30/7 điểm, hạng 1/2</h2>`, false},
		{`<caption>Chỉ tiêu của nội dung 4.1 (1 điểm)</caption>`, false},
	}
	for _, tc := range cases {
		text := visibleText([]byte(tc.page))
		var got []string
		for _, bf := range bannedForms {
			if m := firstBanned(bf, text); m != "" {
				got = append(got, m)
			}
		}
		if (len(got) > 0) != tc.banned {
			t.Errorf("%q: banned forms %q, want banned %v", tc.page, got, tc.banned)
		}
	}
}
