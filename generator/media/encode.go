package media

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"
	"strconv"

	"golang.org/x/image/draw"
	_ "golang.org/x/image/webp" // registers the WebP decoder with package image
)

// Widths are the widths a photo is published at, narrowest first, each
// only when the photo is at least that wide; a photo narrower than the
// last is also published at its own width. 480 fills a cheap phone's
// screen, 960 a phone's at twice the density or a tablet, 1200 is the
// size shared on Zalo and Facebook (ShareWidth), 1600 a wide screen.
var Widths = []int{480, 960, 1200, 1600}

// ShareWidth is the width of the version a shared link shows.
const ShareWidth = 1200

// JPEGQuality is the quality photos are encoded at: no visible loss on a
// phone, about a tenth of a camera's file at 1600 px.
const JPEGQuality = 80

// settings names everything that changes the encoded bytes besides the
// source: the cache key includes it, so a change here encodes again.
var settings = "media/1 widths=480,960,1200,1600 jpeg=" + strconv.Itoa(JPEGQuality) + " scale=catmullrom"

// Limits on what a build decodes: a file above WarnBytes or with a side
// above WarnSide is published with a warning (it is slow to upload and to
// build); one above MaxPixels is refused, since decoding it would take
// more memory than a small server has (4 bytes a pixel, once decoded).
const (
	WarnBytes = 20 << 20
	WarnSide  = 8000
	MaxPixels = 80_000_000
)

// layout is what the encoded versions of a source will be, known from
// its header alone: the format they are written in and the size of each,
// upright.
type layout struct {
	format string // "jpeg" or "png"
	orient Orientation
	sizes  []image.Point // upright width and height, narrowest first
}

// plan works out the layout of a source of the given decoded format,
// stored size and orientation. JPEG stays JPEG and PNG stays PNG (it may
// be a drawing or have transparent parts); WebP, which older phones'
// browsers do not show, becomes JPEG.
func plan(format string, stored image.Point, o Orientation) layout {
	l := layout{format: "jpeg", orient: o}
	if format == "png" {
		l.format = "png"
	}
	w, h := stored.X, stored.Y
	if o.swaps() {
		w, h = h, w
	}
	largest := Widths[len(Widths)-1]
	for _, x := range Widths {
		if x < w && x < largest {
			l.sizes = append(l.sizes, image.Pt(x, heightAt(w, h, x)))
		}
	}
	top := min(w, largest)
	l.sizes = append(l.sizes, image.Pt(top, heightAt(w, h, top)))
	return l
}

// heightAt is the height of a w×h picture scaled to width x, rounded, at
// least 1.
func heightAt(w, h, x int) int { return max(1, (h*x+w/2)/w) }

// ext is the file extension of the layout's format.
func (l layout) ext() string {
	if l.format == "png" {
		return ".png"
	}
	return ".jpg"
}

// encodeAll decodes src and returns each version of l, in l.sizes' order.
// The widest is scaled from the source, each narrower one from the one
// above it (the same look, a fraction of the work); each is turned
// upright after scaling, when it is smallest.
func encodeAll(src []byte, l layout) ([][]byte, error) {
	img, _, err := image.Decode(bytes.NewReader(src))
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(l.sizes))
	from := img
	for i := len(l.sizes) - 1; i >= 0; i-- {
		size := l.sizes[i]
		if l.orient.swaps() {
			size = image.Pt(size.Y, size.X) // stored, not upright
		}
		scaled := scale(from, size)
		from = scaled
		b, err := encode(orient(scaled, l.orient), l.format)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

// scale returns src drawn at size with the Catmull-Rom kernel (sharp,
// without the ringing of Lanczos); at src's own size, a plain copy.
func scale(src image.Image, size image.Point) *image.RGBA {
	dst := image.NewRGBA(image.Rectangle{Max: size})
	if src.Bounds().Size() == size {
		draw.Draw(dst, dst.Rect, src, src.Bounds().Min, draw.Src)
		return dst
	}
	draw.CatmullRom.Scale(dst, dst.Rect, src, src.Bounds(), draw.Src, nil)
	return dst
}

// encode writes img in format: only the pixels, so nothing else of the
// source (EXIF, GPS, XMP, IPTC, comments, colour profile) can follow.
func encode(img image.Image, format string) ([]byte, error) {
	var buf bytes.Buffer
	var err error
	if format == "png" {
		err = (&png.Encoder{CompressionLevel: png.DefaultCompression}).Encode(&buf, img)
	} else {
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: JPEGQuality})
	}
	return buf.Bytes(), err
}
