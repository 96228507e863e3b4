// Package qr draws a QR code as a small inline SVG, so that a printed
// bulletin or report carries a code that opens its web page.
//
// The symbol (version, error correction, mask) comes from
// github.com/piglig/go-qr, a port of Nayuki's reference encoder; this
// package only reads its module matrix and draws it: one <path> whose
// strokes are the runs of dark modules of each row, so a 33×33 code is
// about 1 KB. The output depends only on the text: identical input gives
// identical bytes.
package qr

import (
	"html"
	"strconv"
	"strings"

	goqr "github.com/piglig/go-qr"
)

// Quiet is the light margin around the code, in modules: the four the
// standard asks for, so that a phone finds the code on a crowded page.
const Quiet = 4

// Matrix is a QR symbol's modules, row by row, true for dark, without the
// quiet zone.
type Matrix [][]bool

// Encode returns the modules of the QR code of text at error correction
// level M (15 % of the symbol may be lost: a pin hole or a fold on a
// notice board).
func Encode(text string) (Matrix, error) {
	q, err := goqr.EncodeText(text, goqr.Medium)
	if err != nil {
		return nil, err
	}
	n := q.Size()
	m := make(Matrix, n)
	cells := make([]bool, n*n)
	for y := range n {
		m[y] = cells[y*n : (y+1)*n : (y+1)*n]
		for x := range n {
			m[y][x] = q.Module(x, y)
		}
	}
	return m, nil
}

// SVG draws the QR code of text as an inline SVG element labelled label
// (role="img"), sized by CSS; the viewBox includes the quiet zone.
func SVG(text, label string) (string, error) {
	m, err := Encode(text)
	if err != nil {
		return "", err
	}
	return m.SVG(label), nil
}

// SVG draws m: a white square under one black path. Each row's dark runs
// are horizontal strokes one module wide along the row's middle line
// ("M4 4.5h7m2 0h1"...), moves relative to the previous run's end.
// label is escaped.
func (m Matrix) SVG(label string) string {
	n := len(m)
	size := strconv.Itoa(n + 2*Quiet)
	var b strings.Builder
	b.Grow(64 + n*n/2)
	b.WriteString(`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 `)
	b.WriteString(size + " " + size)
	b.WriteString(`" role="img" aria-label="`)
	b.WriteString(html.EscapeString(label))
	b.WriteString(`" shape-rendering="crispEdges"><rect width="`)
	b.WriteString(size + `" height="` + size)
	b.WriteString(`" fill="#fff"/><path stroke="#000" d="`)
	b.WriteString(m.path())
	b.WriteString(`"/></svg>`)
	return b.String()
}

// path is the path data of m's dark runs (see SVG). The pen starts at the
// origin; after a run it stands at the run's end, on the row's middle line.
func (m Matrix) path() string {
	var b strings.Builder
	px, py2 := 0, 0 // pen position: x, and y doubled (rows' middles are at k+.5)
	first := true
	for y, row := range m {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			w := 1
			for x+w < len(row) && row[x+w] {
				w++
			}
			tx, ty2 := x+Quiet, 2*(y+Quiet)+1
			if first {
				b.WriteString("M" + strconv.Itoa(tx) + " " + half(ty2))
				first = false
			} else {
				b.WriteString("m" + strconv.Itoa(tx-px) + " " + half(ty2-py2))
			}
			b.WriteString("h" + strconv.Itoa(w))
			px, py2 = tx+w, ty2
			x += w
		}
	}
	return b.String()
}

// half writes v/2 for a doubled coordinate v: "3", "3.5", ".5", "-2.5".
func half(v int) string {
	s := strconv.Itoa(v / 2)
	if v%2 == 0 {
		return s
	}
	switch {
	case v == 1:
		return ".5"
	case v == -1:
		return "-.5"
	}
	return s + ".5"
}
