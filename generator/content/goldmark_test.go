package content

import (
	"bufio"
	"html/template"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// fragments are pieces of Markdown that random bodies are made of: text
// with spaces and "(" where Linkify is called, trailing spaces (hard and
// soft line breaks), backslashes before spaces and punctuation, entities,
// emphasis, code, links, images, headings, lists, quotes and tables.
var fragments = []string{
	"Tổ tự quản", " ", "  ", "\t", "(", ")", "(thôn 3)", "*", "**", "_", "~~", "~", "`mã`", "\\", "\\(", "\\ ",
	"&amp;", "&#40;", "&nbsp;", "&copy", "<b>", "<", ">", "[liên kết](/to-1)", "![ảnh](/anh/a.jpg)",
	"[tham chiếu]", "[tham chiếu]: /a\n", "\n", "\n\n", "  \n", " \n", "\\\n", "# ", "## Mục (1)", "- ", "1. ",
	"> ", "| a | b |\n| - | - |\n| (1) | *2* |\n", "```\nmã (x)\n```\n", "    thụt lề\n", "---\n",
	"ww", "w.", "ht", "tp", "ftp", "Đắk Nông", "0912 345", "e.", "-", "—", "“trích”", ":", ";", "!", "?",
	"[a b](/c d)", "[a](/b \"t t\")", "](", "[", "]", "` a `", "<span a='x y'>", "## a ##", "a\n===\n",
	"~~a b~~", "![a b](/c.jpg)", "a\tb", "&#x28;", "&lt;", "* a *", "_a_b", "[x]: /a (t)\n", "[x]", " (",
	"( ", "((", "))", "\x00", "<x:y z>", "<!-- a b -->", "\n[y]: /b \"t\"\n[y]\n", "   [z]:\n/c\n[z][]",
}

// randomBody joins n random fragments.
func randomBody(r *rand.Rand, n int) []byte {
	var b strings.Builder
	for range n {
		b.WriteString(fragments[r.IntN(len(fragments))])
	}
	return []byte(b.String())
}

// reference is the goldmark instance pages were rendered with before
// noLinkify, linkRefs and renderHeading: goldmark's defaults and the four
// extensions.
var reference = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.Linkify, quotes),
)

// referenceRender renders src the way w rendered pages before noLinkify,
// linkRefs and renderHeading: with reference, heading ids set as
// attributes of the nodes.
func referenceRender(w *worker, src []byte) (rendered, error) {
	doc := reference.Parser().Parse(text.NewReader(src))
	var r rendered
	if w.hw == nil {
		w.hw = &htmlWriter{Writer: bufio.NewWriter(&w.html)}
	}
	w.hw.heads, w.hw.next = w.hw.heads[:0], 0
	w.analyse(doc, src, &r, true)
	for _, h := range w.hw.heads {
		h.node.SetAttributeString("id", []byte(h.id))
	}
	w.html.Reset()
	w.hw.Reset(&w.html)
	if err := reference.Renderer().Render(w.hw, src, doc); err != nil {
		return r, err
	}
	err := w.hw.Flush()
	r.html = template.HTML(w.html.String())
	return r, err
}

// renderBoth renders src as pages are rendered and with reference, and
// fails when anything a page uses differs: the HTML, the headings, the
// summary, the problems.
func renderBoth(t *testing.T, name string, src []byte) {
	t.Helper()
	w := &worker{}
	got, err := w.render(src, true)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	want, err := referenceRender(&worker{}, src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("%s: %q renders differently:\n%+v\nwant\n%+v", name, src, *got, want)
	}
}

// randomBodies is how many random bodies TestRenderSameAsReference renders.
var randomBodies = 20000

// TestRenderSameAsReference: render gives exactly what goldmark's default
// parser and renderer with the three extensions give (referenceRender),
// on random bodies
// made of tricky fragments (more than a third of them rendered without
// Linkify), on the site's own content/, and on the folder named by
// $CONTENT_BENCH_SOURCE when set (the national stories).
func TestRenderSameAsReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	noLink := 0
	for i := range randomBodies {
		src := randomBody(r, 1+i%40)
		if !mayLinkify(src) {
			noLink++
		}
		renderBoth(t, "random", src)
		if t.Failed() {
			return
		}
	}
	if noLink < randomBodies/3 {
		t.Errorf("only %d random bodies without Linkify", noLink)
	}
	for _, dir := range []string{filepath.Join("..", ".."), os.Getenv("CONTENT_BENCH_SOURCE")} {
		if dir == "" {
			continue
		}
		n := 0
		err := fs.WalkDir(os.DirFS(dir), Dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
				return err
			}
			src, err := os.ReadFile(filepath.Join(dir, p))
			if err == nil {
				n++
				renderBoth(t, p, src)
			}
			return err
		})
		if err != nil || n == 0 {
			t.Errorf("%s: %d files compared, %v", dir, n, err)
		}
	}
}

// TestMayLinkify: each of Linkify's starts is seen, and Linkify finds no
// link in text that has none of them.
func TestMayLinkify(t *testing.T) {
	for _, s := range []string{"xem http://a.vn", "https://a.vn", "ftp://a.vn", "www.a.vn", "thư a@b.vn"} {
		if !mayLinkify([]byte(s)) {
			t.Errorf("mayLinkify(%q) = false", s)
		}
		html, _, _ := Render([]byte(s))
		if !strings.Contains(string(html), "<a href=") {
			t.Errorf("Linkify made no link of %q: %s", s, html)
		}
	}
	if s := "Tổ tự quản (thôn 3) tuần tra w.w ht tp: ftp"; mayLinkify([]byte(s)) {
		t.Errorf("mayLinkify(%q) = true", s)
	}
}

// TestSpacesAtLineEnd: two blanks before a line feed or the end, on any
// line; one is not enough.
func TestSpacesAtLineEnd(t *testing.T) {
	for s, want := range map[string]bool{
		"":              false,
		" ":             false,
		"  ":            true,
		"a \nb \n":      false,
		"a \t\nb":       true,
		"a\nb\n  ":      true,
		"a\n\n\n":       false,
		"a  \n":         true,
		"a\t\r\nb":      true,
		"a b c\n d e\n": false,
	} {
		if got := spacesAtLineEnd([]byte(s)); got != want {
			t.Errorf("spacesAtLineEnd(%q) = %v, want %v", s, got, want)
		}
	}
}
