package export

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"phongtrao/generator/results"
)

// CSVPath is where the CSV export is written, relative to the output folder.
const CSVPath = "du-lieu/ket-qua.csv"

// CSVHeader is the CSV export's header row; the names are stable (tools
// rely on them) and explained in Vietnamese in docs/ket-qua-export.md.
var CSVHeader = []string{
	"period", "period_name", "unit", "unit_name", "kind", "level", "parent",
	"criterion", "indicator", "indicator_label",
	"numerator", "denominator", "value", "status",
	"criterion_met", "criterion_share",
	"score", "rank_siblings", "rank_level",
}

// bom is the UTF-8 byte order mark: Excel needs it to read UTF-8.
const bom = "\uFEFF"

// CSV returns du-lieu/ket-qua.csv whole; see WriteCSV.
func CSV(r *results.Results) []byte {
	var b bytes.Buffer
	_ = WriteCSV(&b, r) // writes to a bytes.Buffer cannot fail
	return b.Bytes()
}

// WriteCSV writes du-lieu/ket-qua.csv to w: a UTF-8 BOM, the header, then
// one row per started period × unit × indicator, CRLF line ends, "." as
// the decimal mark, fields quoted as encoding/csv quotes them. It streams:
// memory stays at one chunk whatever the size of the export.
func WriteCSV(w io.Writer, r *results.Results) error {
	s := newSink(w)
	s.buf = append(s.buf, bom...)
	s.buf = appendRecord(s.buf, CSVHeader...)
	// The cells naming an indicator are the same on every unit's rows.
	refs := make([][]byte, len(r.Indicators))
	for i, ref := range r.Indicators {
		refs[i] = appendRecordPart(nil, ref.Criterion.ID, ref.Indicator.ID, text(ref.Indicator.Label))
	}
	var unit, tail []byte
	for _, p := range r.Periods {
		period := appendRecordPart(nil, p.ID, text(p.Name))
		for _, u := range p.Units {
			unit = appendUnitCells(append(unit[:0], period...), u)
			tail = appendScoreCells(tail[:0], u)
			for i, ref := range r.Indicators {
				s.buf = append(s.buf, unit...)
				s.buf = append(s.buf, refs[i]...)
				s.buf = appendValueCells(s.buf, u, ref, &u.Indicators[i])
				s.buf = append(s.buf, tail...)
			}
			s.maybeFlush()
		}
	}
	return s.flush()
}

// appendUnitCells appends ",unit,unit_name,kind,level,parent,": the cells
// after period and period_name, each followed by a comma.
func appendUnitCells(b []byte, u *results.UnitResult) []byte {
	parent := ""
	if u.Unit.Parent != nil {
		parent = u.Unit.Parent.ID
	}
	b = appendRecordPart(b, u.Unit.ID, text(u.Unit.Name), text(u.Unit.Kind))
	b = strconv.AppendInt(b, int64(u.Unit.Depth), 10)
	b = append(b, ',')
	return appendRecordPart(b, parent)
}

// appendValueCells appends the cells numerator to criterion_share, each
// followed by a comma.
func appendValueCells(b []byte, u *results.UnitResult, ref results.IndicatorRef, in *results.IndicatorResult) []byte {
	if in.Fraction() {
		b = append(appendDec(b, in.Numerator), ',')
		b = append(appendDec(b, in.Denominator), ',')
		if in.Denominator != 0 {
			b = appendFrac(b, in.Numerator, in.Denominator)
		}
	} else {
		b = append(b, ',', ',')
		if v, ok := in.Decimal(); ok {
			b = appendDec(b, v)
		}
	}
	b = append(b, ',')
	b = appendRecordPart(b, string(in.Status))
	c := &u.Criteria[ref.CriterionIndex]
	switch {
	case !u.Leaf:
		b = append(b, ',')
		b = appendRat(b, c.Share)
	case c.Met:
		b = append(b, '1', ',')
	default:
		b = append(b, '0', ',')
	}
	return append(b, ',')
}

// appendScoreCells appends the row's last cells, score, rank_siblings and
// rank_level, and the CRLF line end.
func appendScoreCells(b []byte, u *results.UnitResult) []byte {
	b = appendScore(b, u)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(u.Rank.Siblings), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(u.Rank.Level), 10)
	return append(b, '\r', '\n')
}

// appendRecord appends a whole record: the fields, comma-separated, then CRLF.
func appendRecord(b []byte, fields ...string) []byte {
	for i, f := range fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendField(b, f)
	}
	return append(b, '\r', '\n')
}

// appendRecordPart appends fields each followed by a comma: the start or
// middle of a record.
func appendRecordPart(b []byte, fields ...string) []byte {
	for _, f := range fields {
		b = appendField(b, f)
		b = append(b, ',')
	}
	return b
}

// appendField appends one field as encoding/csv's Writer with UseCRLF
// writes it: quoted when it holds a comma, a quote, CR or LF, is `\.`, or
// starts with a space; inside quotes a quote is doubled, LF becomes CRLF
// and a CR is dropped.
func appendField(b []byte, f string) []byte {
	if !fieldNeedsQuotes(f) {
		return append(b, f...)
	}
	b = append(b, '"')
	for len(f) > 0 {
		i := strings.IndexAny(f, "\"\r\n")
		if i < 0 {
			i = len(f)
		}
		b = append(b, f[:i]...)
		f = f[i:]
		if len(f) > 0 {
			switch f[0] {
			case '"':
				b = append(b, '"', '"')
			case '\n':
				b = append(b, '\r', '\n')
			}
			f = f[1:]
		}
	}
	return append(b, '"')
}

func fieldNeedsQuotes(f string) bool {
	if f == "" {
		return false
	}
	if f == `\.` || strings.ContainsAny(f, ",\"\r\n") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsSpace(r)
}

// text guards a free-text cell against spreadsheet formula injection: a
// cell starting with =, +, -, @, a tab or a carriage return would run as a
// formula in Excel, so it gets a leading apostrophe (shown as text).
func text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
