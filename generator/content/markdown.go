package content

import (
	"bufio"
	"bytes"
	"errors"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"phongtrao/generator/vn"
)

// rendered is a body once parsed, checked and rendered.
type rendered struct {
	html     template.HTML
	headings []Heading
	summary  string    // plain text of the first paragraph, cut
	problems []problem // images that may not be used
}

// problem is a refused image at a byte offset of the Markdown source.
type problem struct {
	off       int
	msg, hint string
}

// Render turns Markdown into HTML the way pages are rendered and returns the
// headings with their ids. The error lists the images that may not be used
// (on another site, or with ".." in their path); the HTML is complete even
// then.
func Render(src []byte) (template.HTML, []Heading, error) {
	r, err := (&worker{}).render(src, false)
	if err != nil {
		return "", nil, err
	}
	var errs []error
	for _, p := range r.problems {
		line, col := lineCol(src, p.off)
		errs = append(errs, errors.New(strconv.Itoa(line)+":"+strconv.Itoa(col)+": "+p.msg))
	}
	return r.html, r.headings, errors.Join(errs...)
}

// render parses src, sets heading ids, collects headings, the summary
// (when summary is true) and image problems, and renders HTML. The
// worker's buffers are reused; the HTML is a fresh string.
func (w *worker) render(src []byte, summary bool) (*rendered, error) {
	if !mayLinkify(src) {
		return w.renderWith(noLinkify, src, summary)
	}
	return w.renderWith(markdown, src, summary)
}

// renderWith is render with the goldmark instance md.
func (w *worker) renderWith(md goldmark.Markdown, src []byte, summary bool) (*rendered, error) {
	doc := md.Parser().Parse(text.NewReader(src))
	r := &rendered{}
	if w.hw == nil {
		w.hw = &htmlWriter{Writer: bufio.NewWriter(&w.html)}
	}
	w.hw.heads, w.hw.next = w.hw.heads[:0], 0
	w.analyse(doc, src, r, summary)
	w.html.Reset()
	w.hw.Reset(&w.html)
	// An htmlWriter is a util.BufWriter, so goldmark writes through it
	// instead of wrapping the output in a new 4 KB buffer for every file.
	if err := md.Renderer().Render(w.hw, src, doc); err != nil {
		return nil, err
	}
	if err := w.hw.Flush(); err != nil {
		return nil, err
	}
	r.html = template.HTML(w.html.String())
	return r, nil
}

// analyse walks the document once: heading ids (for renderHeading) and
// texts, the first paragraph (its plain text only when summary is true),
// and every image destination.
func (w *worker) analyse(doc ast.Node, src []byte, r *rendered, summary bool) {
	var ids headingIDs
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			t := w.plainText(n, src)
			id := ids.next(t)
			w.hw.heads = append(w.hw.heads, headingID{n, id})
			r.headings = append(r.headings, Heading{Level: n.Level, ID: id, Text: t})
		case *ast.Paragraph:
			if summary && r.summary == "" && n.Parent() == doc {
				r.summary = cut(w.plainText(n, src), summaryLen)
			}
		case *ast.Image:
			if msg, hint := checkImage(string(n.Destination)); msg != "" {
				r.problems = append(r.problems, problem{off: imageOffset(n, src), msg: msg, hint: hint})
			} else if w.at != nil {
				w.showPhoto(n, w.usePhoto(string(n.Destination), w.at(imageOffset(n, src))))
			}
		}
		return ast.WalkContinue, nil
	})
}

// imageOffset finds where an image's destination is written, searching from
// the image's "![" (reference images fall back to the "![").
func imageOffset(n *ast.Image, src []byte) int {
	at := max(n.Pos(), 0)
	if i := bytes.Index(src[at:], n.Destination); i >= 0 && len(n.Destination) > 0 {
		return at + i
	}
	return at
}

// plainText is the text of n's inline content, without markup: texts,
// code spans and link labels; images and raw HTML are left out. Its white
// space is collapsed (collapseSpace).
func (w *worker) plainText(n ast.Node, src []byte) string {
	b := w.text[:0]
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			b = append(b, c.Value(src)...)
			if c.SoftLineBreak() || c.HardLineBreak() {
				b = append(b, ' ')
			}
		case *ast.String:
			b = append(b, c.Value...)
		case *ast.AutoLink:
			b = append(b, c.Label(src)...)
		}
		return ast.WalkContinue, nil
	})
	w.text = b
	w.collapsed = appendCollapsed(w.collapsed[:0], b)
	return string(w.collapsed)
}

// collapseSpace is strings.Join(strings.Fields(s), " ") in one pass:
// runs of white space (unicode.IsSpace) become one space, and leading and
// trailing ones go.
func collapseSpace(s string) string { return string(appendCollapsed(nil, []byte(s))) }

// appendCollapsed appends s to out, its white space collapsed as
// collapseSpace does.
func appendCollapsed(out, s []byte) []byte {
	start := len(out)
	space := false // a space is pending between two words
	for i := 0; i < len(s); {
		c, n := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, n = utf8.DecodeRune(s[i:])
		}
		if unicode.IsSpace(c) {
			space = len(out) > start
		} else {
			if space {
				out = append(out, ' ')
				space = false
			}
			out = append(out, s[i:i+n]...)
		}
		i += n
	}
	return out
}

// summaryLen is about how many characters a fallback summary keeps.
const summaryLen = 200

// cut shortens s to at most max runes, at a word boundary, adding "…".
func cut(s string, max int) string {
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	runes := []rune(s)
	end := max
	for end > max/2 && runes[end] != ' ' {
		end--
	}
	if runes[end] != ' ' { // one very long word: cut inside it
		end = max
	}
	return strings.TrimRight(string(runes[:end]), " ,;:.-–") + "…"
}

// headingIDs gives headings diacritic-free slugs as ids ("Tổ dân phố 3" →
// "to-dan-pho-3"), unique within one page: a repeated slug gets "-1",
// "-2", ... One value (the zero value is ready) serves one page.
type headingIDs struct{ used map[string]bool }

// next returns a new unique id for a heading whose plain text is text.
func (h *headingIDs) next(text string) string {
	base := vn.Slug(text)
	if base == "" {
		base = "muc" // "mục": a section
	}
	if h.used == nil {
		h.used = map[string]bool{}
	}
	id := base
	for i := 1; h.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	h.used[id] = true
	return id
}

// checkImage returns a message and hint when an image path may not be used:
// an address on another site (nothing is loaded from outside the site), any
// other URL scheme, or a ".." segment (no path may leave the site's folder).
func checkImage(p string) (msg, hint string) {
	lower := strings.ToLower(strings.TrimSpace(p))
	const keep = "chép ảnh vào thư mục ảnh của trang web rồi viết đường dẫn trong trang, ví dụ /anh/ten-anh.jpg"
	switch {
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"), strings.HasPrefix(lower, "//"):
		return "không tải tài nguyên từ trang ngoài: ảnh “" + p + "” nằm trên trang web khác", keep
	case hasScheme(lower):
		return "đường dẫn ảnh “" + p + "” không hợp lệ: chỉ dùng ảnh nằm trong trang web", keep
	}
	dec, err := url.PathUnescape(p)
	if err != nil {
		dec = p
	}
	for _, seg := range strings.FieldsFunc(dec, func(r rune) bool { return r == '/' || r == '\\' }) {
		if seg == ".." {
			return "đường dẫn ảnh “" + p + "” chứa “..”: không được trỏ ra ngoài thư mục trang web",
				"viết đường dẫn tính từ gốc trang web, ví dụ /anh/ten-anh.jpg"
		}
	}
	return "", ""
}

// ImageRefused reports whether the image path p is refused as it is
// (checkImage), so that no one looks for it among the static files.
func ImageRefused(p string) bool {
	msg, _ := checkImage(p)
	return msg != ""
}

// hasScheme reports whether p starts with a URL scheme ("data:", "file:").
func hasScheme(p string) bool {
	i := strings.IndexByte(p, ':')
	if i <= 0 {
		return false
	}
	for _, c := range p[:i] {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// lineCol turns a byte offset into a 1-based line and rune column.
func lineCol(src []byte, off int) (line, col int) {
	off = min(max(off, 0), len(src))
	start := bytes.LastIndexByte(src[:off], '\n') + 1
	return bytes.Count(src[:off], []byte("\n")) + 1, utf8.RuneCount(src[start:off]) + 1
}
