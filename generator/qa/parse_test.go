package qa

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// ref is one URL a page refers to.
type ref struct {
	tag, attr string // element and attribute, e.g. "img", "srcset"
	rel       string // the rel attribute of <link>, lower case
	url       string // as written, entities decoded
}

// page is what the checks need from one HTML file.
type page struct {
	file     string
	size     int    // bytes
	imgs     int    // <img> elements
	doctype  bool   // the first token is <!doctype html>
	lang     string // <html lang>, "" when absent
	htmlTags int    // number of <html> start tags written out
	h1       int
	titles   []string // the document's <title>s, not those in inline SVG
	viewport bool
	ids      map[string]int // id (and <a name>) → occurrences
	refs     []ref
	noAlt    []string // src of each <img> without an alt attribute
	css      []string // style attributes and <style> elements
	text     string   // text outside script and style, spaces collapsed
}

// urlAttrs are the attributes that hold one URL, by element ("*": any).
var urlAttrs = map[string][]string{
	"a": {"href"}, "area": {"href"}, "link": {"href"}, "base": {"href"},
	"img": {"src"}, "script": {"src"}, "iframe": {"src"}, "embed": {"src"},
	"source": {"src"}, "track": {"src"}, "audio": {"src"}, "video": {"src", "poster"},
	"input": {"src"}, "form": {"action"}, "object": {"data"},
	"button": {"formaction"}, "blockquote": {"cite"}, "q": {"cite"},
	"use": {"href", "xlink:href"}, "image": {"href", "xlink:href"},
}

// parsePage tokenizes an HTML file; the tokenizer never fails, so neither
// does parsePage (the validator test judges well-formedness).
func parsePage(file string, b []byte) *page {
	p := &page{file: file, size: len(b), ids: map[string]int{}}
	z := html.NewTokenizer(bytes.NewReader(b))
	var text strings.Builder
	first, inTitle, skip, svg := true, false, "", 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.DoctypeToken:
			p.doctype = p.doctype || (first && strings.EqualFold(strings.TrimSpace(tok.Data), "html"))
		case html.StartTagToken, html.SelfClosingTagToken:
			p.startTag(tok)
			if tok.Data == "svg" && tt == html.StartTagToken {
				svg++ // an SVG <title> is the drawing's accessible name
			}
			if tok.Data == "title" && svg == 0 {
				inTitle = true
				p.titles = append(p.titles, "")
			}
			if (tok.Data == "script" || tok.Data == "style") && tt == html.StartTagToken {
				skip = tok.Data
			}
		case html.EndTagToken:
			if tok.Data == "svg" && svg > 0 {
				svg--
			}
			if tok.Data == "title" {
				inTitle = false
			}
			if tok.Data == skip {
				skip = ""
			}
		case html.TextToken:
			if inTitle {
				p.titles[len(p.titles)-1] += tok.Data
			} else if skip == "style" {
				p.css = append(p.css, tok.Data)
			} else if skip == "" {
				text.WriteString(tok.Data)
				text.WriteByte(' ')
			}
		}
		if tt != html.CommentToken && (tt != html.TextToken || strings.TrimSpace(tok.Data) != "") {
			first = false
		}
	}
	p.text = strings.Join(strings.Fields(text.String()), " ")
	return p
}

// startTag records what one start tag tells.
func (p *page) startTag(tok html.Token) {
	attr := func(name string) (string, bool) {
		for _, a := range tok.Attr {
			if a.Namespace == "" && a.Key == name {
				return a.Val, true
			}
		}
		return "", false
	}
	switch tok.Data {
	case "html":
		p.htmlTags++
		p.lang, _ = attr("lang")
	case "h1":
		p.h1++
	case "img":
		p.imgs++
		if _, ok := attr("alt"); !ok {
			src, _ := attr("src")
			p.noAlt = append(p.noAlt, src)
		}
	case "meta":
		if name, _ := attr("name"); strings.EqualFold(name, "viewport") {
			v, _ := attr("content")
			p.viewport = strings.Contains(v, "width=")
		}
	}
	if style, ok := attr("style"); ok {
		p.css = append(p.css, style)
	}
	if id, ok := attr("id"); ok {
		p.ids[id]++
	}
	if name, ok := attr("name"); ok && tok.Data == "a" {
		p.ids[name]++
	}
	rel, _ := attr("rel")
	rel = strings.ToLower(rel)
	for _, name := range urlAttrs[tok.Data] {
		if v, ok := attr(name); ok {
			p.refs = append(p.refs, ref{tag: tok.Data, attr: name, rel: rel, url: strings.TrimSpace(v)})
		}
	}
	if v, ok := attr("srcset"); ok {
		for _, u := range srcsetURLs(v) {
			p.refs = append(p.refs, ref{tag: tok.Data, attr: "srcset", url: u})
		}
	}
}

// srcsetURLs returns the URLs of a srcset: comma-separated "url [descriptor]".
func srcsetURLs(v string) []string {
	var out []string
	for _, part := range strings.Split(v, ",") {
		if f := strings.Fields(part); len(f) > 0 {
			out = append(out, f[0])
		}
	}
	return out
}

// loads reports whether a reference makes the browser fetch something as
// part of the page (as opposed to a link the visitor may follow).
func (r ref) loads() bool {
	switch r.tag {
	case "a", "area", "form", "button", "blockquote", "q", "base":
		return false
	case "link":
		for _, rel := range strings.Fields(r.rel) {
			switch rel {
			case "stylesheet", "icon", "preload", "modulepreload", "prefetch", "preconnect",
				"dns-prefetch", "manifest", "apple-touch-icon", "mask-icon":
				return true
			}
		}
		return false
	}
	return true
}

// hasRel reports whether a <link> reference has the given rel keyword.
func (r ref) hasRel(want string) bool {
	for _, rel := range strings.Fields(r.rel) {
		if rel == want {
			return true
		}
	}
	return false
}
