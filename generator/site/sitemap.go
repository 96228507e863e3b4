package site

import (
	"bytes"
	"encoding/xml"
)

// sitemapMax is the most URLs one sitemap file may list (sitemaps.org).
const sitemapMax = 50_000

// Sitemap file parts. Each tag of sitemap.go's files ends a line unless
// the files are compact: then they are written as the XML minifier would
// leave them (see compactSitemaps), with nothing between the tags.
const (
	urlsetOpen   = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
	urlsetClose  = "</urlset>"
	sitemapsOpen = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
	sitemapClose = "</sitemapindex>"
)

// sitemaps lists every page but the 404 page, in build order: in
// sitemap.xml, or, past max pages (a national site), in sitemap-1.xml,
// sitemap-2.xml… of max pages each, which sitemap.xml then indexes. When
// compact, no line ends between the tags (see compactSitemaps).
func (m *model) sitemaps(jobs []job, max int, compact bool) map[string][]byte {
	rels := make([]string, 0, len(jobs))
	for _, j := range jobs {
		if !j.noIndex {
			rels = append(rels, j.rel)
		}
	}
	nl := "\n"
	if compact {
		nl = ""
	}
	if len(rels) <= max {
		return map[string][]byte{"sitemap.xml": m.urlset(rels, nl)}
	}
	out := map[string][]byte{}
	var index bytes.Buffer
	index.WriteString(xml.Header[:len(xml.Header)-1] + nl)
	index.WriteString(sitemapsOpen + nl)
	for n := 1; len(rels) > 0; n++ {
		part := rels[:min(max, len(rels))]
		rels = rels[len(part):]
		name := "sitemap-" + itoa(n) + ".xml"
		out[name] = m.urlset(part, nl)
		index.WriteString("<sitemap><loc>")
		writeXMLText(&index, m.u.Origin, m.u.Base, name)
		index.WriteString("</loc></sitemap>" + nl)
	}
	index.WriteString(sitemapClose + nl)
	out["sitemap.xml"] = index.Bytes()
	return out
}

// urlset is one sitemap file listing the pages at rels, each tag
// followed by nl.
func (m *model) urlset(rels []string, nl string) []byte {
	const (
		open  = "<url><loc>"
		close = "</loc></url>"
	)
	size := len(xml.Header) + len(urlsetOpen) + len(urlsetClose) + 2
	per := len(open) + len(close) + len(nl) + len(m.u.Origin) + len(m.u.Base)
	for _, rel := range rels {
		size += per + len(rel)
	}
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(xml.Header[:len(xml.Header)-1] + nl)
	b.WriteString(urlsetOpen + nl)
	for _, rel := range rels {
		b.WriteString(open)
		writeXMLText(&b, m.u.Origin, m.u.Base, rel)
		b.WriteString(close + nl)
	}
	b.WriteString(urlsetClose + nl)
	return b.Bytes()
}

// writeXMLText writes the absolute URL origin+base+rel (m.u.Abs(rel) when
// rel has no leading "/") escaped as xml.EscapeText escapes it.
func writeXMLText(b *bytes.Buffer, origin, base, rel string) {
	rel = trimSlash(rel)
	if plainXML(origin) && plainXML(base) && plainXML(rel) {
		b.WriteString(origin)
		b.WriteString(base)
		b.WriteString(rel)
		return
	}
	xml.EscapeText(b, []byte(origin+base+rel))
}

// trimSlash is strings.TrimPrefix(rel, "/"), as urls.Site.Path trims it.
func trimSlash(rel string) string {
	if len(rel) > 0 && rel[0] == '/' {
		return rel[1:]
	}
	return rel
}

// plainXML reports whether s is printable ASCII without a space or any of
// <>&'": xml.EscapeText leaves it as it is, and so does the XML minifier
// in an element's text.
func plainXML(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c <= ' ' || c >= 0x7f, c == '<', c == '>', c == '&', c == '\'', c == '"':
			return false
		}
	}
	return true
}

// compactSitemaps reports whether the sitemap files of jobs, written
// compact, are exactly what the XML minifier makes of them written with
// line ends, so that they need no minifying: when every URL is plainXML.
// The minifier then only drops the line ends between tags (tested).
func (m *model) compactSitemaps(jobs []job) bool {
	if !plainXML(m.u.Origin) || !plainXML(m.u.Base) {
		return false
	}
	for _, j := range jobs {
		if !j.noIndex && !plainXML(trimSlash(j.rel)) {
			return false
		}
	}
	return true
}
