package sheet

import (
	"encoding/csv"
	"strings"
)

// The parser below reads records exactly as encoding/csv does with
// FieldsPerRecord = -1 and no LazyQuotes, TrimLeadingSpace or Comment: the
// same fields, the same field positions and the same errors at the same
// line and column (parse_test.go checks this against encoding/csv). It
// differs only in cost: unquoted and plainly quoted fields are kept as
// offsets into the file's text instead of a new string per record, and the
// positions as one offset per field instead of a slice per record. A national
// site has a million report rows, where those allocations were most of the
// loading time.

// cell is one field of a record. Its value is src[from:to]; when to < 0 the
// value had to be rebuilt (it held "" or a line break) and is
// extra[-to-1], and from is then the field's start.
type cell struct{ from, to int32 }

// parseError is a csv.ParseError's line, column and reason.
type parseError struct {
	line, col int
	err       error
}

// parser reads the records of src one at a time.
type parser struct {
	src   string
	comma byte
	off   int    // start of the next line to read
	line  int    // lines read so far, as encoding/csv counts them
	start int    // line where the last record read starts
	buf   []byte // a quoted field being rebuilt
	extra []string

	// The rest of the line being read is src[i:e], then "\n" when nl; col
	// is encoding/csv's 1-based byte column of i.
	i, e, col int
	nl        bool
}

// readLine moves to the next line as encoding/csv sees it: src[i:e]
// followed by a "\n" when nl ("\r\n" reads as "\n", a "\r" just before the
// end of the file is dropped). It returns false at the end of the file.
func (p *parser) readLine() bool {
	p.line++
	s := p.off
	p.i, p.e, p.nl = s, s, false
	if s >= len(p.src) {
		return false
	}
	if k := strings.IndexByte(p.src[s:], '\n'); k < 0 {
		p.e, p.off = len(p.src), len(p.src)
	} else {
		p.e, p.nl, p.off = s+k, true, s+k+1
	}
	if p.e > s && p.src[p.e-1] == '\r' {
		p.e--
	}
	return true
}

// at returns the offset of the field c: its opening quote when quoted. A
// quoted field's value starts right after its quote, an unquoted one after
// a delimiter or a line break, which is how the two are told apart.
func (p *parser) at(c cell) int {
	if c.to >= 0 && c.from > 0 && p.src[c.from-1] == '"' {
		return int(c.from) - 1
	}
	return int(c.from)
}

// value returns the text of field c.
func (p *parser) value(c cell) string {
	if c.to < 0 {
		return p.extra[-c.to-1]
	}
	return p.src[c.from:c.to]
}

// record appends the fields of the next record to cells. It returns false
// at the end of the file. Blank lines are skipped.
func (p *parser) record(cells []cell) ([]cell, bool, *parseError) {
	for {
		if !p.readLine() {
			return cells, false, nil
		}
		if p.e > p.i {
			break
		}
	}
	p.start, p.col = p.line, 1
	if strings.IndexByte(p.src[p.i:p.e], '"') < 0 {
		return p.plain(cells), true, nil
	}
	for {
		var more bool
		var perr *parseError
		if p.i < p.e && p.src[p.i] == '"' {
			var c cell
			c, more, perr = p.quoted()
			cells = append(cells, c)
		} else {
			cells, more, perr = p.unquoted(cells)
		}
		if perr != nil {
			return cells, true, perr
		}
		if !more {
			return cells, true, nil
		}
	}
}

// plain appends the fields of a record that is one line without quotes,
// the common case, which needs no other check.
func (p *parser) plain(cells []cell) []cell {
	from, line := p.i, p.src[p.i:p.e]
	for {
		j := strings.IndexByte(line, p.comma)
		if j < 0 {
			return append(cells, cell{int32(from), int32(p.e)})
		}
		cells = append(cells, cell{int32(from), int32(from + j)})
		from += j + 1
		line = line[j+1:]
	}
}

// unquoted appends the unquoted field at i and reports whether another
// field follows on the record.
func (p *parser) unquoted(cells []cell) ([]cell, bool, *parseError) {
	i, end := p.i, p.e
	j := strings.IndexByte(p.src[i:p.e], p.comma)
	if j >= 0 {
		end = i + j
	}
	if q := strings.IndexByte(p.src[i:end], '"'); q >= 0 {
		return cells, false, &parseError{p.line, p.col + q, csv.ErrBareQuote}
	}
	cells = append(cells, cell{int32(i), int32(end)})
	if j < 0 {
		return cells, false, nil
	}
	p.col += j + 1
	p.i = end + 1
	return cells, true, nil
}

// quoted reads the quoted field whose opening quote is at i and reports
// whether another field follows on the record.
func (p *parser) quoted() (c cell, more bool, perr *parseError) {
	start := p.i
	p.i++
	p.col++
	from, rebuilt := p.i, false
	p.buf = p.buf[:0]
	line := p.line // encoding/csv's pos.line, which skips a last empty line
	for {
		i := p.i
		if q := strings.IndexByte(p.src[i:p.e], '"'); q >= 0 {
			p.buf = append(p.buf, p.src[i:i+q]...)
			p.i += q + 1
			p.col += q + 1
			switch {
			case p.i < p.e && p.src[p.i] == '"': // "" is one quote
				p.buf = append(p.buf, '"')
				rebuilt = true
				p.i++
				p.col++
				continue
			case p.i < p.e && p.src[p.i] == p.comma:
				more = true
				p.i++
				p.col++
			case p.i < p.e:
				return c, false, &parseError{p.line, p.col - 1, csv.ErrQuote}
			}
			if rebuilt {
				p.extra = append(p.extra, string(p.buf))
				return cell{int32(start), int32(-len(p.extra))}, more, nil
			}
			return cell{int32(from), int32(from + len(p.buf))}, more, nil
		}
		n := p.e - i
		if p.nl {
			n++
		}
		if n == 0 { // the file ends inside the quotes
			return c, false, &parseError{line, p.col, csv.ErrQuote}
		}
		p.buf = append(p.buf, p.src[i:p.e]...)
		if p.nl {
			p.buf = append(p.buf, '\n')
		}
		rebuilt = true
		p.col += n
		if p.readLine(); p.e > p.i || p.nl {
			line++
			p.col = 1
		}
	}
}
