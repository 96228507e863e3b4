package content

import (
	"bufio"
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown is the one goldmark instance, shared by every page and safe for
// concurrent use: GitHub-flavoured tables, strikethrough and autolinks;
// straight double quotes made curly (quotes); raw HTML left out (html.WithUnsafe is not set, so "<script>"
// in a file never reaches a page as a tag, and neither do "javascript:"
// links). Heading ids are set by analyse, not by the parser, so that they
// come from the heading's plain text rather than its Markdown source.
var markdown = goldmark.New(
	goldmark.WithParser(newParser()),
	goldmark.WithRendererOptions(headings),
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify, quotes),
)

// quotes is goldmark's typographer limited to double quotes: "…" in an
// officer's text becomes “…”, as Vietnamese print and the interface's
// own text write them (docs/bang-thuat-ngu.md). Everything else it could
// change stays as written: an apostrophe belongs to names (Bon Bu N'Đơr,
// Đắk R'Lấp, which search and the data spell with "'"), and "--", "..."
// and "<<" are left to the writer. The quotes are written as characters,
// not entities, so that summaries and headings (plain text) read the same.
// Code spans and blocks keep their straight quotes.
var quotes = extension.NewTypographer(extension.WithTypographicSubstitutions(map[extension.TypographicPunctuation][]byte{
	extension.LeftDoubleQuote:  []byte("“"),
	extension.RightDoubleQuote: []byte("”"),
	extension.LeftSingleQuote:  nil,
	extension.RightSingleQuote: nil,
	extension.Apostrophe:       nil,
	extension.EnDash:           nil,
	extension.EmDash:           nil,
	extension.Ellipsis:         nil,
	extension.LeftAngleQuote:   nil,
	extension.RightAngleQuote:  nil,
}))

// noLinkify is markdown without Linkify, for a body in which Linkify can
// find nothing (see mayLinkify): the same HTML, cheaper. Linkify is called
// at every space and "(" of every line (its triggers), and goldmark splits
// the text there and merges it back each time, whatever Linkify answers.
var noLinkify = goldmark.New(
	goldmark.WithParser(newParser()),
	goldmark.WithRendererOptions(headings),
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, quotes),
)

// mayLinkify reports whether Linkify might change the document parsed
// from src. It only ever makes a link of text that starts with "http:",
// "https:", "ftp:" or "www." (its default protocols, case-sensitive), or
// of an e-mail address, which holds an "@". Without any of these, every
// call of Linkify returns nil and only the places where goldmark splits
// the text differ, which the HTML, the headings and the summary do not
// show (TestNoLinkifySameHTML), with two exceptions, which keep Linkify
// too: the white space that ends a line is trimmed from the text after the
// last split only, so two or more white space characters at the end of a
// line (a hard line break too) would stay; and a
// split between a backslash and the character it escapes would show the
// backslash (goldmark's parser and renderer do not always agree on what a
// backslash escapes), so any backslash keeps Linkify.
func mayLinkify(src []byte) bool {
	return bytes.IndexByte(src, '@') >= 0 || bytes.IndexByte(src, '\\') >= 0 || bytes.Contains(src, []byte("http")) ||
		bytes.Contains(src, []byte("www.")) || bytes.Contains(src, []byte("ftp:")) ||
		spacesAtLineEnd(src)
}

// spacesAtLineEnd reports whether a line of src ends with two or more
// white space characters (space, tab, vertical tab, form feed, carriage
// return).
func spacesAtLineEnd(src []byte) bool {
	for rest := src; ; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			i = len(rest) // the last line, without a line feed
		}
		if i >= 2 && isBlank(rest[i-1]) && isBlank(rest[i-2]) {
			return true
		}
		if i == len(rest) {
			return false
		}
		rest = rest[i+1:]
	}
}

// isBlank is goldmark's white space, but for the line feed.
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' }

// newParser is goldmark's default parser (goldmark.DefaultParser), but for
// its link reference definitions ("[label]: /address"), read by linkRefs.
func newParser() parser.Parser {
	return parser.NewParser(parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(util.Prioritized(linkRefs{}, 100)),
	)
}

// linkRefs is goldmark's parser.LinkReferenceParagraphTransformer, which
// takes link reference definitions out of every paragraph, called only on
// a paragraph that holds a "[": a definition starts with one, and without
// one the transformer changes nothing (it would allocate a reader and
// look at the first line of every paragraph of every page).
type linkRefs struct{}

// Transform reads the link reference definitions at the start of node.
func (linkRefs) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	lines, src := node.Lines(), reader.Source()
	for i := range lines.Len() {
		if seg := lines.At(i); bytes.IndexByte(seg.Value(src), '[') >= 0 {
			parser.LinkReferenceParagraphTransformer.Transform(node, reader, pc)
			return
		}
	}
}

// headings renders headings with renderHeading rather than goldmark's own
// function (priority 100 comes before the HTML renderer's 1000).
var headings = renderer.WithNodeRenderers(util.Prioritized(headingRenderer{}, 100))

// headingRenderer registers renderHeading.
type headingRenderer struct{}

// RegisterFuncs registers renderHeading for headings.
func (headingRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, renderHeading)
}

// htmlWriter is the writer pages are rendered through: a util.BufWriter
// that also carries the ids analyse chose for the page's headings, in
// document order, the order they are rendered in.
type htmlWriter struct {
	*bufio.Writer
	heads []headingID
	next  int // the index of the heading rendered next, as expected
}

// headingID is a heading and its id.
type headingID struct {
	node *ast.Heading
	id   string
}

// idOf returns the id of the heading n.
func (h *htmlWriter) idOf(n *ast.Heading) (string, bool) {
	if h.next < len(h.heads) && h.heads[h.next].node == n {
		h.next++
		return h.heads[h.next-1].id, true
	}
	for _, x := range h.heads {
		if x.node == n {
			return x.id, true
		}
	}
	return "", false
}

// renderHeading is goldmark's HTML renderer for headings (renderHeading in
// renderer/html), with the heading's id attribute written from the
// htmlWriter: the same HTML as setting the attribute on the node, without
// a slice of ten attributes for every heading.
func renderHeading(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Heading)
	if !entering {
		_, _ = w.WriteString("</h")
		_ = w.WriteByte("0123456"[n.Level])
		_, _ = w.WriteString(">\n")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<h")
	_ = w.WriteByte("0123456"[n.Level])
	if hw, ok := w.(*htmlWriter); ok {
		if id, ok := hw.idOf(n); ok {
			_, _ = w.WriteString(` id="`)
			_, _ = w.Write(util.EscapeHTML(util.StringToReadOnlyBytes(id)))
			_ = w.WriteByte('"')
		}
	}
	if n.Attributes() != nil {
		html.RenderAttributes(w, node, html.HeadingAttributeFilter)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}
