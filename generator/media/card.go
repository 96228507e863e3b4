package media

import (
	"bytes"
	_ "embed" // the card fonts
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strings"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// A share card is the picture a shared link shows in Zalo or Facebook for
// a page without a photo: the campaign's name, the page's title and its
// headline figure, in the theme's colours, 1200×630 (the size both
// crop the least).
const (
	CardWidth  = 1200
	CardHeight = 630
)

// Card is what a share card says.
type Card struct {
	// Campaign is the top line, small, in the accent colour.
	Campaign string
	// Title is the page's title, large, on up to three lines.
	Title string
	// Figure is the page's headline figure ("5,67/7 điểm · Đợt 2"), or "".
	Figure string
	// Site is the bottom line: the site's title.
	Site string
	// Colours are the theme's.
	Colours CardColours
}

// CardColours are a card's colours.
type CardColours struct {
	Background, Accent, Ink, Muted color.RGBA
}

//go:embed font/DejaVuSans-Bold-vi.ttf
var boldTTF []byte

//go:embed font/DejaVuSans-vi.ttf
var regularTTF []byte

// fonts are the card's typefaces, parsed once (an sfnt.Font is safe for
// concurrent use; each drawing makes its own faces).
var fonts = sync.OnceValues(func() ([2]*opentype.Font, error) {
	b, err := opentype.Parse(boldTTF)
	if err != nil {
		return [2]*opentype.Font{}, err
	}
	r, err := opentype.Parse(regularTTF)
	return [2]*opentype.Font{b, r}, err
})

// cardSettings names what changes a card's pixels besides its text: the
// cache key and the file name include it.
const cardSettings = "card/3 1200x630 dejavu-2.37-vi 16 colours"

// Key is the card's cache key: its text and colours under cardSettings.
func (c Card) Key() string {
	col := func(x color.RGBA) string { return string([]byte{x.R, x.G, x.B, x.A}) }
	fields := []string{c.Campaign, c.Title, c.Figure, c.Site, col(c.Colours.Background), col(c.Colours.Accent),
		col(c.Colours.Ink), col(c.Colours.Muted)}
	return Key(cardSettings, []byte(strings.Join(fields, "\x00")))
}

// Path is where the card is published, relative to the site's base: named
// by its key, so a changed text or theme is a new file.
func (c Card) Path() string { return "chia-se/" + c.Key()[:16] + ".png" }

// PNG returns the card as a PNG, from cache when it holds it.
func (c Card) PNG(cache *Cache) ([]byte, error) {
	name := c.Key() + ".png"
	if b, ok := cache.Get("the", name); ok {
		return b, nil
	}
	b, err := c.draw()
	if err == nil {
		cache.Put("the", name, b)
	}
	return b, err
}

// Layout of a card, in pixels.
const (
	cardMargin   = 80
	titleSize    = 64
	titleSmaller = 52 // when the title needs more than three lines at titleSize
	titleLines   = 3
)

// draw paints the card and encodes it as a PNG of 16 colours (the
// background, three inks and their anti-aliased edges), which keeps it
// near 15 KB.
func (c Card) draw() ([]byte, error) {
	fs, err := fonts()
	if err != nil {
		return nil, err
	}
	img := image.NewPaletted(image.Rect(0, 0, CardWidth, CardHeight), palette(c.Colours))
	// Index 0 is the background; the accent band runs down the left.
	draw.Draw(img, image.Rect(0, 0, 24, CardHeight), image.NewUniform(c.Colours.Accent), image.Point{}, draw.Src)
	width := CardWidth - 2*cardMargin
	y := 64
	for _, l := range lines(fs[0], 28, c.Campaign, width, 2) {
		y += 36
		if err := text(img, fs[0], 28, c.Colours.Accent, cardMargin, y, l); err != nil {
			return nil, err
		}
	}
	size := titleSize
	if len(wrap(fs[0], size, c.Title, width)) > titleLines {
		size = titleSmaller
	}
	y += 30
	for _, l := range lines(fs[0], size, c.Title, width, titleLines) {
		y += size * 5 / 4
		if err := text(img, fs[0], size, c.Colours.Ink, cardMargin, y, l); err != nil {
			return nil, err
		}
	}
	if c.Figure != "" {
		y += 80
		if err := text(img, fs[1], 44, c.Colours.Accent, cardMargin, y, fit(fs[1], 44, c.Figure, width)); err != nil {
			return nil, err
		}
	}
	draw.Draw(img, image.Rect(cardMargin, 520, CardWidth-cardMargin, 522), image.NewUniform(c.Colours.Muted), image.Point{}, draw.Src)
	if err := text(img, fs[1], 30, c.Colours.Muted, cardMargin, 575, fit(fs[1], 30, c.Site, width)); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img)
	return buf.Bytes(), err
}

// palette is the background, then for each ink 5 steps from the
// background to it (the anti-aliased edges of its letters): 16 colours,
// which PNG stores in 4 bits a pixel.
func palette(c CardColours) color.Palette {
	p := color.Palette{c.Background}
	for _, ink := range []color.RGBA{c.Accent, c.Ink, c.Muted} {
		for i := 1; i <= 5; i++ {
			p = append(p, mix(c.Background, ink, i, 5))
		}
	}
	return p
}

// mix is a + (b-a)·i/n, channel by channel.
func mix(a, b color.RGBA, i, n int) color.RGBA {
	m := func(x, y uint8) uint8 { return uint8(int(x) + (int(y)-int(x))*i/n) }
	return color.RGBA{m(a.R, b.R), m(a.G, b.G), m(a.B, b.B), 255}
}

// face is f at size pixels.
func face(f *opentype.Font, size int) (font.Face, error) {
	return opentype.NewFace(f, &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingNone})
}

// text draws s with its baseline starting at (x, y).
func text(img draw.Image, f *opentype.Font, size int, ink color.RGBA, x, y int, s string) error {
	fc, err := face(f, size)
	if err != nil {
		return err
	}
	d := font.Drawer{Dst: img, Src: image.NewUniform(ink), Face: fc, Dot: fixed.P(x, y)}
	d.DrawString(s)
	return nil
}

// measure is how wide s is drawn in f at size.
func measure(f *opentype.Font, size int, s string) int {
	fc, err := face(f, size)
	if err != nil {
		return 0
	}
	return font.MeasureString(fc, s).Ceil()
}

// wrap breaks s into lines no wider than width, at spaces (a word wider
// than a line is cut by fit).
func wrap(f *opentype.Font, size int, s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		next := w
		if line != "" {
			next = line + " " + w
		}
		if line != "" && measure(f, size, next) > width {
			lines = append(lines, fit(f, size, line, width))
			next = w
		}
		line = next
	}
	if line != "" {
		lines = append(lines, fit(f, size, line, width))
	}
	return lines
}

// lines is wrap cut to at most n lines, the last ending with "…" when
// some of s is left out.
func lines(f *opentype.Font, size int, s string, width, n int) []string {
	ls := wrap(f, size, s, width)
	if len(ls) > n {
		ls = ls[:n]
		ls[n-1] = fit(f, size, ls[n-1]+" …", width)
	}
	return ls
}

// fit shortens s, ending it with "…", until it is no wider than width.
func fit(f *opentype.Font, size int, s string, width int) string {
	if measure(f, size, s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && measure(f, size, string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return strings.TrimRight(string(r), " ") + "…"
}

// MissingGlyphs returns the characters of s, once each in order, that the
// card fonts cannot draw (white space aside).
func MissingGlyphs(s string) ([]rune, error) {
	fs, err := fonts()
	if err != nil {
		return nil, err
	}
	var out []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if seen[r] || r == ' ' || r == '\n' || r == '\t' {
			continue
		}
		seen[r] = true
		for _, f := range fs {
			if i, err := f.GlyphIndex(nil, r); err != nil || i == 0 {
				out = append(out, r)
				break
			}
		}
	}
	return out, nil
}
