package feeds

import (
	"bytes"
	"encoding/xml"
	"strconv"

	"phongtrao/generator/site/urls"
)

// SitemapMax is the most URLs one sitemap file may list (sitemaps.org).
const SitemapMax = 50_000

// Sitemap file parts. Each tag of a sitemap file ends a line unless the
// files are compact: then they are written as the XML minifier would
// leave them (see Compact), with nothing between the tags.
const (
	urlsetOpen   = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
	urlsetClose  = "</urlset>"
	sitemapsOpen = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
	sitemapClose = "</sitemapindex>"
)

// Sitemaps returns the sitemap files listing the pages at rels (relative
// to u's base), in their order: sitemap.xml, or, past max pages (a
// national site), sitemap-1.xml, sitemap-2.xml… of max pages each, which
// sitemap.xml then indexes. When compact, no line ends between the tags
// (see Compact).
func Sitemaps(u urls.Site, rels []string, max int, compact bool) map[string][]byte {
	nl := "\n"
	if compact {
		nl = ""
	}
	if len(rels) <= max {
		return map[string][]byte{"sitemap.xml": urlset(u, rels, nl)}
	}
	out := map[string][]byte{}
	var index bytes.Buffer
	index.WriteString(xml.Header[:len(xml.Header)-1] + nl)
	index.WriteString(sitemapsOpen + nl)
	for n := 1; len(rels) > 0; n++ {
		part := rels[:min(max, len(rels))]
		rels = rels[len(part):]
		name := "sitemap-" + strconv.Itoa(n) + ".xml"
		out[name] = urlset(u, part, nl)
		index.WriteString("<sitemap><loc>")
		writeXMLText(&index, u.Origin, u.Base, name)
		index.WriteString("</loc></sitemap>" + nl)
	}
	index.WriteString(sitemapClose + nl)
	out["sitemap.xml"] = index.Bytes()
	return out
}

// urlset is one sitemap file listing the pages at rels, each tag
// followed by nl.
func urlset(u urls.Site, rels []string, nl string) []byte {
	const (
		open  = "<url><loc>"
		close = "</loc></url>"
	)
	size := len(xml.Header) + len(urlsetOpen) + len(urlsetClose) + 2
	per := len(open) + len(close) + len(nl) + len(u.Origin) + len(u.Base)
	for _, rel := range rels {
		size += per + len(rel)
	}
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(xml.Header[:len(xml.Header)-1] + nl)
	b.WriteString(urlsetOpen + nl)
	for _, rel := range rels {
		b.WriteString(open)
		writeXMLText(&b, u.Origin, u.Base, rel)
		b.WriteString(close + nl)
	}
	b.WriteString(urlsetClose + nl)
	return b.Bytes()
}

// writeXMLText writes the absolute URL origin+base+rel (u.Abs(rel) when
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

// Compact reports whether the sitemap files of the pages at rels, written
// compact, are exactly what the XML minifier makes of them written with
// line ends, so that they need no minifying: when every URL is plainXML.
// The minifier then only drops the line ends between tags (tested).
func Compact(u urls.Site, rels []string) bool {
	if !plainXML(u.Origin) || !plainXML(u.Base) {
		return false
	}
	for _, rel := range rels {
		if !plainXML(trimSlash(rel)) {
			return false
		}
	}
	return true
}
