package qa

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// illustrativeLabel is the words every demo page shows (site.toml
// illustrative = true): "dữ liệu minh họa".
const illustrativeLabel = "minh họa"

// pageProblems returns the rules of BRIEF §5 and issue 3 that one page breaks.
func pageProblems(p *page) []problem {
	var out []problem
	bad := func(rule, what string) { out = append(out, problem{p.file, rule, what}) }
	if !p.doctype {
		bad("no <!doctype html> as first token", "")
	}
	if p.htmlTags != 1 || p.lang != "vi" {
		bad("want one <html lang=\"vi\">", fmt.Sprintf("%d <html>, lang %q", p.htmlTags, p.lang))
	}
	if p.h1 != 1 {
		bad("want exactly one <h1>", fmt.Sprintf("%d <h1>", p.h1))
	}
	if len(p.titles) != 1 || strings.TrimSpace(p.titles[0]) == "" {
		bad("want one non-empty <title>", fmt.Sprintf("%q", p.titles))
	}
	if !p.viewport {
		bad("no <meta name=\"viewport\" content=\"width=…\">", "")
	}
	if !strings.Contains(strings.ToLower(norm.NFC.String(p.text)), illustrativeLabel) {
		bad("no \"dữ liệu minh họa\" label in the text", "")
	}
	for _, src := range p.noAlt {
		bad("<img> without alt", fmt.Sprintf("<img src=%q>", src))
	}
	var dup []string
	for id, n := range p.ids {
		if n > 1 {
			dup = append(dup, fmt.Sprintf("%q ×%d", id, n))
		}
	}
	sort.Strings(dup)
	if len(dup) > 0 {
		bad("duplicate id", strings.Join(dup, ", "))
	}
	return out
}

// TestPageStructure checks every HTML page for a doctype, lang="vi", one
// h1, a title, a viewport and the illustrative-data label, and for what
// the validator and axe would find on any page but only see on samples:
// an image without alt, a duplicate id.
func TestPageStructure(t *testing.T) {
	s := site(t)
	var probs []problem
	for _, f := range s.list {
		if p := s.htmlPages(t)[f]; p != nil {
			probs = append(probs, pageProblems(p)...)
		}
	}
	reportProblems(t, "page structure", probs)
}

// TestPageProblemsRules checks pageProblems on a good page and on a page
// that breaks every rule.
func TestPageProblemsRules(t *testing.T) {
	good := parsePage("good.html", []byte(`<!doctype html><html lang=vi><meta name=viewport content="width=device-width">`+
		`<title>Trang chủ</title><h1>Trang chủ</h1><p>Dữ liệu MINH HỌA.`))
	if probs := pageProblems(good); len(probs) != 0 {
		t.Errorf("good page: %v", probs)
	}
	// The label written in decomposed form (o + combining dot below, as
	// some editors save it) is the same words once normalized.
	nfd := parsePage("nfd.html", []byte(`<!doctype html><html lang=vi><meta name=viewport content="width=device-width">`+
		"<title>T</title><h1>T</h1><p>minh ho\u0323\u0061"))
	if probs := pageProblems(nfd); len(probs) != 0 {
		t.Errorf("decomposed label: %v", probs)
	}
	bad := parsePage("bad.html", []byte(`<html lang=en><title> </title><h1 id=a>a</h1><h1 id=a>b</h1><img src=x.png>`))
	// No doctype, lang en, two h1, blank title, no viewport, no label, an
	// image without alt, id "a" twice: 8.
	if probs := pageProblems(bad); len(probs) != 8 || probs[7].what != `"a" ×2` {
		t.Errorf("bad page: %d problems, want 8 ending with id \"a\" ×2: %v", len(probs), probs)
	}
}
