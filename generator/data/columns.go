package data

import (
	"math"

	"phongtrao/generator/decimal"
)

// Columns names the value columns of one report file, in file order, and
// holds the values of its rows.
//
// A national site has 14 million report values, nearly all small counts
// and percentages with one decimal: each column of a file keeps its values
// in the narrowest of four layouts that holds every one of them so far
// (one byte for whole numbers up to 255, two for tenths), so that they
// take a quarter of the memory of 32 bits each.
type Columns struct {
	names []string
	index map[string]int
	// cols holds the values of a file read by Load, by column.
	cols []column
	// wide holds the values of rows made by NewReport, row by row: row r's
	// start at r*len(names).
	wide []decimal.D
}

// column is the values of one column, by row, in the first of its
// layouts that is not nil.
type column struct {
	small  []uint8     // whole numbers from 0 to 255
	tenths []uint16    // whole numbers of tenths from 0 to 2147.4
	narrow []int32     // millionths up to 2147.483647
	wide   []decimal.D // anything
}

// tenth is a tenth in millionths.
const tenth = decimal.Scale / 10

// NewColumns returns the layout of a file whose value columns are names.
func NewColumns(names ...string) *Columns {
	c := &Columns{names: names, index: make(map[string]int, len(names))}
	for i, n := range names {
		c.index[n] = i
	}
	return c
}

// room makes room for rows rows in the narrowest layout, for Load.
func (c *Columns) room(rows int) {
	c.cols = make([]column, len(c.names))
	for i := range c.cols {
		c.cols[i].small = make([]uint8, rows)
	}
}

// value returns value i of row.
func (c *Columns) value(row, i int) decimal.D {
	if c.cols == nil {
		return c.wide[row*len(c.names)+i]
	}
	return c.cols[i].at(row)
}

// set stores v as value i of row (of a file read by Load).
func (c *Columns) set(row, i int, v decimal.D) { c.cols[i].set(row, v) }

// at returns the value of row r.
func (c *column) at(r int) decimal.D {
	switch {
	case c.small != nil:
		return decimal.D(c.small[r]) * decimal.Scale
	case c.tenths != nil:
		return decimal.D(c.tenths[r]) * tenth
	case c.narrow != nil:
		return decimal.D(c.narrow[r])
	}
	return c.wide[r]
}

// set stores v as the value of row r, moving the column's values to a
// wider layout the first time one does not fit, and making room when a
// file turns out longer than counted.
func (c *column) set(r int, v decimal.D) {
	for !c.fits(v) {
		c.widen()
	}
	switch {
	case c.small != nil:
		c.small = grown(c.small, r)
		c.small[r] = uint8(v / decimal.Scale)
	case c.tenths != nil:
		c.tenths = grown(c.tenths, r)
		c.tenths[r] = uint16(v / tenth)
	case c.narrow != nil:
		c.narrow = grown(c.narrow, r)
		c.narrow[r] = int32(v)
	default:
		c.wide = grown(c.wide, r)
		c.wide[r] = v
	}
}

// grown returns s with room for index r.
func grown[T any](s []T, r int) []T {
	if r < len(s) {
		return s
	}
	return append(s, make([]T, r+1-len(s))...)
}

// fits reports whether the present layout holds v.
func (c *column) fits(v decimal.D) bool {
	switch {
	case c.small != nil:
		return v >= 0 && v%decimal.Scale == 0 && v <= 255*decimal.Scale
	case c.tenths != nil:
		return v >= 0 && v%tenth == 0 && v <= math.MaxInt32 // then narrow holds it too
	case c.narrow != nil:
		return v == decimal.D(int32(v))
	}
	return true
}

// widen moves the values to the next wider layout.
func (c *column) widen() {
	switch {
	case c.small != nil:
		c.tenths = make([]uint16, len(c.small))
		for j, x := range c.small {
			c.tenths[j] = uint16(x) * 10
		}
		c.small = nil
	case c.tenths != nil:
		c.narrow = make([]int32, len(c.tenths))
		for j, x := range c.tenths {
			c.narrow[j] = int32(x) * tenth // at most 2147.4: no overflow
		}
		c.tenths = nil
	default:
		c.wide = make([]decimal.D, len(c.narrow))
		for j, x := range c.narrow {
			c.wide[j] = decimal.D(x)
		}
		c.narrow = nil
	}
}
