package qr

import (
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	goqr "github.com/piglig/go-qr"
)

// drawn reads back the modules an SVG from Matrix.SVG paints black: it
// follows the path's moves and horizontal strokes (the only commands SVG
// writes) and marks the modules each stroke covers. A stroke at y = k+.5
// covers row k; its quiet-zone offset is taken off.
func drawn(t *testing.T, svg string, n int) Matrix {
	t.Helper()
	d := regexp.MustCompile(` d="([^"]*)"`).FindStringSubmatch(svg)
	if d == nil {
		t.Fatalf("no path in %q", svg)
	}
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]bool, n)
	}
	cmd := regexp.MustCompile(`([Mmh])(-?[0-9]*\.?[0-9]+)(?: (-?[0-9]*\.?[0-9]+))?`)
	var x, y float64
	rest := d[1]
	for _, c := range cmd.FindAllStringSubmatch(rest, -1) {
		rest = strings.Replace(rest, c[0], "", 1)
		a, _ := strconv.ParseFloat(c[2], 64)
		b, _ := strconv.ParseFloat(c[3], 64)
		switch c[1] {
		case "M":
			x, y = a, b
		case "m":
			x, y = x+a, y+b
		case "h":
			row := int(y-.5) - Quiet
			if y-.5 != float64(int(y-.5)) || row < 0 || row >= n {
				t.Fatalf("stroke at y=%v is not on a row's middle line", y)
			}
			for i := int(x); i < int(x+a); i++ {
				if m[row][i-Quiet] {
					t.Fatalf("module (%d,%d) drawn twice", i-Quiet, row)
				}
				m[row][i-Quiet] = true
			}
			x += a
		}
	}
	if rest != "" {
		t.Fatalf("path has commands the reader does not know: %q", rest)
	}
	return m
}

// image paints m with its quiet zone at scale pixels per module.
func (m Matrix) image(scale int) image.Image {
	n := len(m) + 2*Quiet
	img := image.NewGray(image.Rect(0, 0, n*scale, n*scale))
	for py := range n * scale {
		for px := range n * scale {
			x, y := px/scale-Quiet, py/scale-Quiet
			c := color.Gray{Y: 255}
			if y >= 0 && y < len(m) && x >= 0 && x < len(m) && m[y][x] {
				c.Y = 0
			}
			img.SetGray(px, py, c)
		}
	}
	return img
}

// TestRoundTrip: the SVG paints exactly the encoder's dark modules, each
// once, and the picture it paints decodes (with the library's own reader)
// back to the page's URL.
func TestRoundTrip(t *testing.T) {
	for _, url := range []string{
		"https://thidua.example.vn/ban-tin/dot-1/quang-hoa.html",
		"https://thidua.example.vn/bao-cao/all/",
		"https://thidua.example.vn/thi-dua/ban-tin/thang/2025-07/dak-r-tih.html",
	} {
		t.Run(url, func(t *testing.T) {
			m, err := Encode(url)
			if err != nil {
				t.Fatal(err)
			}
			svg := m.SVG("Mã QR")
			got := drawn(t, svg, len(m))
			for y := range m {
				for x := range m {
					if got[y][x] != m[y][x] {
						t.Fatalf("module (%d,%d): drawn %v, encoded %v", x, y, got[y][x], m[y][x])
					}
				}
			}
			text, err := goqr.Decode(got.image(4))
			if err != nil {
				t.Fatal(err)
			}
			if text != url {
				t.Errorf("decodes to %q, want %q", text, url)
			}
		})
	}
}

// TestSVG: the element is labelled, sized for the symbol and its quiet
// zone, escapes the label, and is the same bytes every time. A 55-byte URL
// at level M needs version 4 (33 modules: 21 + 4·3), 41 with the zone.
func TestSVG(t *testing.T) {
	url := "https://thidua.example.vn/ban-tin/dot-1/quang-hoa.html"
	a, err := SVG(url, `Mã QR "x"`)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := SVG(url, `Mã QR "x"`)
	if a != b {
		t.Error("two calls give different bytes")
	}
	for _, want := range []string{`viewBox="0 0 41 41"`, `role="img"`, `aria-label="Mã QR &#34;x&#34;"`, `<path stroke="#000" d="M4 4.5h7`} {
		if !strings.Contains(a, want) {
			t.Errorf("missing %q in %s", want, a)
		}
	}
	if len(a) > 2500 {
		t.Errorf("SVG is %d bytes, want at most 2,500", len(a))
	}
}

// BenchmarkSVG measures one bulletin's QR code (encode and draw).
func BenchmarkSVG(b *testing.B) {
	for b.Loop() {
		if _, err := SVG("https://thidua.example.vn/ban-tin/dot-1/quang-hoa.html", "Mã QR"); err != nil {
			b.Fatal(err)
		}
	}
}
