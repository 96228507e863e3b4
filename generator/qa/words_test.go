package qa

import (
	"html"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// bannedForms are the words and forms the interface must not use, one
// glossary for every page (docs/bang-thuat-ngu.md, issue 21): "Tỷ lệ"
// with y, a percent sign right after its number, ties as "đồng hạng",
// requirements in words rather than as code, ranks named by their unit,
// dates as dd/mm/yyyy.
var bannedForms = []struct {
	name string
	re   *regexp.Regexp
}{
	{`"Tỉ lệ" (the glossary writes "Tỷ lệ")`, regexp.MustCompile(`[Tt]ỉ lệ`)},
	{`a space before "%" ("80,5 %"; write "80,5%")`, regexp.MustCompile(`[0-9][ \x{00a0}]%`)},
	{`"(=)" for a tie (write "đồng hạng")`, regexp.MustCompile(`\(=\)`)},
	{`"yêu cầu = …" (write the requirement in words)`, regexp.MustCompile(`yêu cầu = `)},
	{`"Hạng trong cấp" (name the level: "Hạng toàn tỉnh (Tổ)")`, regexp.MustCompile(`Hạng trong cấp`)},
	{`an ISO date in the text (write dd/mm/yyyy)`, regexp.MustCompile(`\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\b`)},
}

// scriptOrStyle and tag strip a page down to the text a reader sees.
var (
	scriptOrStyle = regexp.MustCompile(`(?s)<(script|style|svg)\b.*?</(script|style|svg)>`)
	tag           = regexp.MustCompile(`<[^>]*>`)
)

// TestGlossary scans the text of every page of the demo for the forms the
// glossary bans, and reports each form with up to three pages using it.
func TestGlossary(t *testing.T) {
	s := site(t)
	found := map[string][]string{}
	s.eachHTML(t, func(f string, b []byte) {
		text := html.UnescapeString(tag.ReplaceAllString(scriptOrStyle.ReplaceAllString(string(b), " "), " "))
		for _, bf := range bannedForms {
			if m := bf.re.FindString(text); m != "" {
				found[bf.name] = append(found[bf.name], f+" ("+strings.TrimSpace(m)+")")
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
