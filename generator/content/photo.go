package content

import (
	"github.com/yuin/goldmark/ast"

	"phongtrao/generator/diag"
	"phongtrao/generator/media"
)

// ProseSizes is the sizes attribute of a photo in a page's text: the
// text column is at most 42rem wide (.prose in site.css), and on a
// narrower screen the width of the screen less the page's margins.
const ProseSizes = "(min-width: 44rem) 42rem, calc(100vw - 1.5rem)"

// usePhoto returns the published picture of the image path p used at
// pos, nil when p is not a photo of the site (an SVG, an address that
// checkImage refuses) or the pages show photos as written.
func (w *worker) usePhoto(p string, pos diag.Pos) *media.Picture {
	if w.photos.Library == nil || p == "" {
		return nil
	}
	if msg, _ := checkImage(p); msg != "" {
		return nil
	}
	name, ok := media.Name(p)
	if !ok {
		return nil
	}
	return w.photos.Library.Use(name, pos)
}

// showPhoto makes the Markdown image n show pic: goldmark's own image
// renderer then writes the widest version as src (its alt text and title
// as usual) and the picture's attributes (media.Picture.Attrs), escaped.
func (w *worker) showPhoto(n *ast.Image, pic *media.Picture) {
	if pic == nil {
		return
	}
	n.Destination = []byte(w.photos.Base + pic.Widest().Path)
	for _, a := range pic.Attrs(w.photos.Base, ProseSizes) {
		n.SetAttributeString(a[0], a[1])
	}
}
