package fastexec

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"strconv"
	"strings"
)

// Execute runs the parse trees that html/template has already escaped:
// every printed value there passes through one of html/template's
// escaping functions, named _html_template_*. Those functions are not
// exported, and the package's exported escapers (HTMLEscapeString,
// URLQueryEscaper) are text/template's, with other rules ('+' is left
// alone, a query is escaped as url.QueryEscape does). So the ones the
// site's layouts need are written again here, following the Go standard
// library's html/template (html.go, url.go, css.go, content.go) byte for
// byte; corpus_test.go compares them with html/template on adversarial
// input in every context the layouts use. A function not listed here
// makes Compile refuse the set, and a case one of them does not handle
// makes Execute give the page back.

// contentType is the kind of trusted content a value carries, as in
// html/template: plain text, or one of its typed strings.
type contentType uint8

const (
	contentPlain contentType = iota
	contentHTML
	contentURL
	contentOther // CSS, JS, HTMLAttr, JSStr, Srcset: left to html/template
)

// escaper transforms a string of a content type, as the html/template
// function of the same name does. It returns fallback() for a case it
// does not handle.
type escaper func(s string, t contentType) (string, error)

// escapers are the html/template functions the fast executor runs itself.
var escapers = map[string]escaper{
	"_html_template_htmlescaper":    escapeHTML,
	"_html_template_attrescaper":    escapeAttr,
	"_html_template_rcdataescaper":  escapeRCDATA,
	"_html_template_urlfilter":      filterURL,
	"_html_template_cssvaluefilter": filterCSSValue,
	"_html_template_urlnormalizer":  normalizeURL,
	"_html_template_urlescaper":     escapeURL,
}

var (
	typeHTML = reflect.TypeFor[template.HTML]()
	typeURL  = reflect.TypeFor[template.URL]()
	typeStr  = reflect.TypeFor[string]()
	typeInt  = reflect.TypeFor[int]()

	typeStringer = reflect.TypeFor[fmt.Stringer]()
	typeError    = reflect.TypeFor[error]()
)

// stringify is html/template's stringify for the one argument an escaper
// gets: after following pointers, a plain string or a typed string gives
// its text and content type; anything else is printed with fmt.Sprint,
// after following pointers only down to a Stringer or error, as
// html/template's indirectToStringerOrError does. An untyped nil prints
// nothing.
func stringify(v reflect.Value) (string, contentType) {
	for v.Kind() == reflect.Interface && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() == reflect.Interface {
		return "", contentPlain
	}
	d := v
	for d.Kind() == reflect.Pointer && !d.IsNil() {
		d = d.Elem()
	}
	switch d.Type() {
	case typeStr:
		return d.String(), contentPlain
	case typeHTML:
		return d.String(), contentHTML
	case typeURL:
		return d.String(), contentURL
	}
	if isTemplateType(d.Type()) {
		return "", contentOther
	}
	switch d.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if !hasMethods(d.Type()) {
			return strconv.FormatInt(d.Int(), 10), contentPlain
		}
	}
	for !v.Type().Implements(typeStringer) && !v.Type().Implements(typeError) && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if !v.CanInterface() {
		return "", contentOther
	}
	return fmt.Sprint(v.Interface()), contentPlain
}

// hasMethods reports whether t or *t has methods (a String method changes
// how fmt prints it).
func hasMethods(t reflect.Type) bool {
	return t.NumMethod() > 0 || reflect.PointerTo(t).NumMethod() > 0
}

// isTemplateType reports whether t is one of html/template's typed strings.
func isTemplateType(t reflect.Type) bool { return t.PkgPath() == "html/template" }

func escapeHTML(s string, t contentType) (string, error) {
	switch t {
	case contentHTML:
		return s, nil
	case contentOther:
		return "", fallback()
	}
	return replaceHTML(s, &htmlTable), nil
}

func escapeAttr(s string, t contentType) (string, error) {
	if t == contentHTML || t == contentOther {
		return "", fallback() // html/template strips the tags first
	}
	return replaceHTML(s, &htmlTable), nil
}

func escapeRCDATA(s string, t contentType) (string, error) {
	switch t {
	case contentHTML:
		return replaceHTML(s, &htmlNormTable), nil
	case contentOther:
		return "", fallback()
	}
	return replaceHTML(s, &htmlTable), nil
}

func filterURL(s string, t contentType) (string, error) {
	switch t {
	case contentURL:
		return s, nil
	case contentOther:
		return "", fallback()
	}
	if protocol, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(protocol, "/") {
		if !strings.EqualFold(protocol, "http") && !strings.EqualFold(protocol, "https") && !strings.EqualFold(protocol, "mailto") {
			return "#ZgotmplZ", nil
		}
	}
	return s, nil
}

// htmlTable and htmlNormTable are html/template's replacement tables for
// text and quoted attributes (the second leaves '&' alone).
var (
	htmlTable     = [...]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}
	htmlNormTable = [...]string{0: "\uFFFD", '"': "&#34;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}
)

// replaceHTML replaces the runes of the table in s; s itself comes back
// when nothing needs replacing. Every rune of the tables is ASCII, and no
// byte of a multi-byte UTF-8 sequence (valid or not) is, so the bytes are
// scanned without decoding: runes above the table pass through, as in
// html/template with badRunes set.
func replaceHTML(s string, table *[63]string) string {
	written := 0
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if int(c) >= len(table) || table[c] == "" {
			continue
		}
		if written == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[written:i])
		b.WriteString(table[c])
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

// directTables are the replacement tables of the escapers that, given
// plain text, only replace runes: the executor writes their result
// straight into the page (writeReplaced) instead of building a string.
var directTables = map[string]*[63]string{
	"_html_template_htmlescaper":   &htmlTable,
	"_html_template_attrescaper":   &htmlTable,
	"_html_template_rcdataescaper": &htmlTable,
}

// htmlSpecial marks the bytes that either HTML table replaces: one load
// per byte of text, where most bytes need nothing.
var htmlSpecial = func() (b [256]bool) {
	for c, r := range htmlTable {
		b[c] = r != ""
	}
	return b
}()

// writeReplaced writes s to buf with the runes of the table replaced:
// what replaceHTML returns, without the string in between.
func writeReplaced(buf *bytes.Buffer, s string, table *[63]string) {
	written := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !htmlSpecial[c] || table[c] == "" {
			continue
		}
		buf.WriteString(s[written:i])
		buf.WriteString(table[c])
		written = i + 1
	}
	buf.WriteString(s[written:])
}

// normalizeURL is html/template's urlNormalizer.
func normalizeURL(s string, t contentType) (string, error) {
	if t == contentOther {
		return "", fallback() // stringify did not give its text
	}
	return processURL(s, true), nil
}

// escapeURL is html/template's urlEscaper: a template.URL is only
// normalized.
func escapeURL(s string, t contentType) (string, error) {
	if t == contentOther {
		return "", fallback()
	}
	return processURL(s, t == contentURL), nil
}

// processURL is html/template's processURLOnto: it percent-encodes what is
// not allowed in a URL (everything but RFC 3986's reserved characters when
// norm is set, and valid %XX escapes then kept).
func processURL(s string, norm bool) string {
	written := 0
	var b strings.Builder
	for i, n := 0, len(s); i < n; i++ {
		c := s[i]
		switch c {
		case '!', '#', '$', '&', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']':
			if norm {
				continue
			}
		case '-', '.', '_', '~':
			continue
		case '%':
			if norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
				continue
			}
		default:
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				continue
			}
		}
		if written == 0 {
			b.Grow(len(s) + 16)
		}
		b.WriteString(s[written:i])
		b.WriteByte('%')
		b.WriteByte(lowerHex[c>>4])
		b.WriteByte(lowerHex[c&15])
		written = i + 1
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

const lowerHex = "0123456789abcdef"

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// filterCSSValue is html/template's cssValueFilter for values without CSS
// escapes: a value with a character that could end the declaration or
// start a comment, or that spells expression or mozbinding, is left to
// html/template (which writes ZgotmplZ instead).
func filterCSSValue(s string, t contentType) (string, error) {
	if t != contentPlain {
		return "", fallback()
	}
	id := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case strings.IndexByte("\x00\"'()/;@[\\]`{}<>", c) >= 0:
			return "", fallback()
		case c == '-' && i > 0 && s[i-1] == '-':
			return "", fallback()
		case c == '-' || c == '_' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			id = append(id, c)
		case 'A' <= c && c <= 'Z':
			id = append(id, c+'a'-'A')
		}
	}
	if strings.Contains(string(id), "expression") || strings.Contains(string(id), "mozbinding") {
		return "", fallback()
	}
	return s, nil
}
