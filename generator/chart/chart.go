// Package chart draws the site's charts at build time as small inline SVG
// elements, with no script: a horizontal bar chart whose every bar carries
// its figure as text, so that it reads in black and white and without
// colour (WCAG 1.4.1), and the same figures as an HTML table for screen
// readers and print. The output depends only on the input: identical bars
// give identical bytes.
//
// The SVG is role="img", named by its <title> and described by its
// <desc>; static/css/site.css colours its classes ch-bar and ch-bg (dark
// bars on a light track: contrast above 3:1 against both) and its text
// (the page's ink).
package chart

import (
	"html"
	"strconv"
	"strings"
)

// Bar is one bar: its label, how full it is (Fill, from 0 to Full) and
// its figure written out ("47,3 %", "44/93 tổ").
type Bar struct {
	Label string
	Fill  int
	Text  string
}

// Full is a full bar's Fill.
const Full = 1000

// Geometry of a bar chart, in SVG units: the chart is Width wide (drawn
// about as many CSS pixels wide on a computer, 360 on a phone, where its
// 20-unit text is still 12 px); a row is Row high: the label on the left
// and the figure on the right of one line, the bar, Width long when
// full, under them.
const (
	Width = 600
	Row   = 54
)

// Bars draws bars as a horizontal bar chart. id must be unique on the
// page (it names the title and description); title and desc are what a
// screen reader says. Text is escaped. To stay small (a chart of 28 units
// is about 3 KB) it draws the labels, then the figures in one group
// anchored at their end, then every track as one path and every bar as
// another: row i's track is "M0 y h600v18H0z" at y = i·Row + 28.
func Bars(id, title, desc string, bars []Bar) string {
	var b, track, fillB strings.Builder
	h := strconv.Itoa(len(bars) * Row)
	b.Grow(300 + len(bars)*120)
	b.WriteString(`<svg class="chart" viewBox="0 0 ` + strconv.Itoa(Width) + " " + h + `" role="img" aria-labelledby="` + id + `-t ` + id + `-d">`)
	b.WriteString(`<title id="` + id + `-t">` + html.EscapeString(title) + `</title><desc id="` + id + `-d">` + html.EscapeString(desc) + `</desc>`)
	for i, bar := range bars {
		b.WriteString(`<text y="` + strconv.Itoa(i*Row+21) + `">` + html.EscapeString(bar.Label) + `</text>`)
	}
	b.WriteString(`<g text-anchor="end">`)
	for i, bar := range bars {
		b.WriteString(`<text x="` + strconv.Itoa(Width) + `" y="` + strconv.Itoa(i*Row+21) + `">` + html.EscapeString(bar.Text) + `</text>`)
	}
	b.WriteString(`</g>`)
	for i, bar := range bars {
		y := strconv.Itoa(i*Row + 28)
		track.WriteString("M0 " + y + "h" + strconv.Itoa(Width) + "v18H0z")
		fill := min(max(bar.Fill, 0), Full)
		if w := (fill*Width + Full/2) / Full; w > 0 { // rounded to the unit
			fillB.WriteString("M0 " + y + "h" + strconv.Itoa(w) + "v18H0z")
		}
	}
	b.WriteString(`<path class="ch-bg" d="` + track.String() + `"/>`)
	if fillB.Len() > 0 {
		b.WriteString(`<path class="ch-bar" d="` + fillB.String() + `"/>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// Table writes bars as a table: caption, then a row per bar with its label
// and its figure under the column heads head and value.
func Table(caption, head, value string, bars []Bar) string {
	var b strings.Builder
	b.Grow(120 + len(bars)*80)
	b.WriteString(`<table><caption>` + html.EscapeString(caption) + `</caption><thead><tr><th scope="col">` +
		html.EscapeString(head) + `</th><th scope="col">` + html.EscapeString(value) + `</th></tr></thead><tbody>`)
	for _, bar := range bars {
		b.WriteString(`<tr><th scope="row">` + html.EscapeString(bar.Label) + `</th><td>` + html.EscapeString(bar.Text) + `</td></tr>`)
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// Fill is how full a bar is for num of den (den > 0), rounded half up:
// Fill(44, 93) is 473 (of Full).
func Fill(num, den int64) int {
	if den <= 0 || num <= 0 {
		return 0
	}
	if num >= den {
		return Full
	}
	return int((2*num*Full + den) / (2 * den))
}

// Series is one row of a strip chart: its label and, per column, a bar
// (Fill of Full; Text unused in the drawing, kept for the table).
type Series struct {
	Label string
	Bars  []Bar
}

// Strips draws rows of small columns, one row per series and one column
// per position (a month), each column as high as its Fill: the label on
// one line, the columns under it, 26 units high at most, with the
// columns' names (heads) once under the last row. As Bars, labels are
// text and the columns two paths (the full-height tracks, the fills).
func Strips(id, title, desc string, heads []string, rows []Series) string {
	const rowH, colH = 56, 26
	n := len(heads)
	if n == 0 {
		return ""
	}
	w := Width / n
	var b, track, fill strings.Builder
	h := len(rows)*rowH + 24
	b.Grow(300 + len(rows)*(40+n*30))
	b.WriteString(`<svg class="chart" viewBox="0 0 ` + strconv.Itoa(Width) + " " + strconv.Itoa(h) + `" role="img" aria-labelledby="` + id + `-t ` + id + `-d">`)
	b.WriteString(`<title id="` + id + `-t">` + html.EscapeString(title) + `</title><desc id="` + id + `-d">` + html.EscapeString(desc) + `</desc>`)
	for i, r := range rows {
		b.WriteString(`<text y="` + strconv.Itoa(i*rowH+20) + `">` + html.EscapeString(r.Label) + `</text>`)
		base := i*rowH + 26 + colH
		for j, bar := range r.Bars {
			if j >= n {
				break
			}
			x := strconv.Itoa(j*w + 2)
			cw := strconv.Itoa(w - 4)
			track.WriteString("M" + x + " " + strconv.Itoa(base-colH) + "h" + cw + "v" + strconv.Itoa(colH) + "h-" + cw + "z")
			if ch := (min(max(bar.Fill, 0), Full)*colH + Full/2) / Full; ch > 0 {
				fill.WriteString("M" + x + " " + strconv.Itoa(base-ch) + "h" + cw + "v" + strconv.Itoa(ch) + "h-" + cw + "z")
			}
		}
	}
	b.WriteString(`<g text-anchor="middle">`)
	for j, hd := range heads {
		b.WriteString(`<text x="` + strconv.Itoa(j*w+w/2) + `" y="` + strconv.Itoa(h-4) + `">` + html.EscapeString(hd) + `</text>`)
	}
	b.WriteString(`</g><path class="ch-bg" d="` + track.String() + `"/>`)
	if fill.Len() > 0 {
		b.WriteString(`<path class="ch-bar" d="` + fill.String() + `"/>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// Grid writes strip rows as a table: a row per series, a column per head,
// each cell its bar's Text.
func Grid(caption, corner string, heads []string, rows []Series) string {
	var b strings.Builder
	b.WriteString(`<table><caption>` + html.EscapeString(caption) + `</caption><thead><tr><th scope="col">` + html.EscapeString(corner) + `</th>`)
	for _, hd := range heads {
		b.WriteString(`<th scope="col">` + html.EscapeString(hd) + `</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, r := range rows {
		b.WriteString(`<tr><th scope="row">` + html.EscapeString(r.Label) + `</th>`)
		for _, bar := range r.Bars {
			b.WriteString(`<td>` + html.EscapeString(bar.Text) + `</td>`)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}
