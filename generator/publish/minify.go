package publish

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// mediaTypes maps the extensions that are minified to their media types.
var mediaTypes = map[string]string{
	".html": "text/html",
	".css":  "text/css",
	".js":   "application/javascript",
	".svg":  "image/svg+xml",
	".json": "application/json",
	".xml":  "text/xml",
}

// minifier is shared: minify.M is safe for concurrent use.
var minifier = newMinifier()

func newMinifier() *minify.M {
	m := minify.New()
	// Document and end tags are kept so the output stays easy to read and
	// check; the saving from dropping them is small after compression.
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("text/xml", xml.Minify)
	return m
}

// Minify returns b minified according to rel's extension (HTML, CSS, JS,
// SVG, JSON, XML), or b itself for any other file.
func Minify(rel string, b []byte) ([]byte, error) {
	mt, ok := mediaTypes[strings.ToLower(path.Ext(rel))]
	if !ok {
		return b, nil
	}
	// The minifiers may write into their input's backing array, and
	// callers may share it (a cached script): work on a copy.
	out, err := minifier.Bytes(mt, append([]byte(nil), b...))
	if err != nil {
		return nil, fmt.Errorf("%s: không rút gọn được: %w", rel, err)
	}
	return out, nil
}

// Minified returns a Writer that minifies each file by extension before
// handing it to w.
func Minified(w Writer) Writer { return minifying{w} }

type minifying struct{ w Writer }

func (m minifying) WriteFile(rel string, b []byte) error {
	out, err := Minify(rel, b)
	if err != nil {
		return err
	}
	return m.w.WriteFile(rel, out)
}

// HashedName returns rel with the first 8 hex digits of b's SHA-256 before
// its extension: "css/site.css" becomes "css/site.1a2b3c4d.css". The name
// changes whenever the content does, so browsers may cache it for ever.
func HashedName(rel string, b []byte) string {
	sum := sha256.Sum256(b)
	h := hex.EncodeToString(sum[:4])
	ext := path.Ext(rel)
	return strings.TrimSuffix(rel, ext) + "." + h + ext
}

// templateMinifier minifies html/template source: Go template actions are
// kept as they are, with the text around them. End tags are kept: the
// minifier cannot see what an action writes after one, so dropping it
// could move text into the element before (a layout may leave out an end
// tag HTML allows to leave out, as unit.html does in its tables).
var templateMinifier = func() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true,
		TemplateDelims: html.GoTemplateDelims})
	return m
}()

// templateComment matches a template comment, {{/* ... */}} with or
// without trim markers.
var templateComment = regexp.MustCompile(`(?s)\{\{(-? ?)/\*.*?\*/( ?-?)\}\}`)

// MinifyTemplate minifies the source of an HTML layout, so that the pages it
// renders come out minified without minifying each page: their markup is
// the layout's, and the values put into it are escaped text. Comments are
// emptied first (their trim markers kept): the minifier reads a quote in
// one ("the site's base") as the start of a string and would then leave
// the rest of the file as it is.
func MinifyTemplate(src string) (string, error) {
	return templateMinifier.String("text/html", templateComment.ReplaceAllString(src, "{{${1}/**/${2}}}"))
}
