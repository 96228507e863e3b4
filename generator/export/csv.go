package export

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// CSVPath is where the CSV export is written, relative to the output folder.
const CSVPath = "du-lieu/ket-qua.csv"

// csvUnitColumns are the CSV columns every export starts with, whatever
// the criteria: who the row is about, then its overall result.
var csvUnitColumns = []string{
	"period", "period_name", "unit", "unit_name", "kind", "level", "parent",
	"leaf", "score", "rank_siblings", "rank_level", "indicators_met", "deeds", "leaves", "all_met_share",
}

// CSVColumns returns the CSV export's header row for r: the unit columns,
// then for each criterion in criteria.toml order "<crit>:met",
// "<crit>:share", "<crit>:met_leaves" followed by its indicators' columns
// "<crit>/<ind>:numerator" and ":denominator" (ratio and monthly only),
// ":value", ":status" and ":met_leaves". The names are stable (tools rely
// on them) and explained in Vietnamese in docs/ket-qua-export.md. They are
// the header cells as written, a criterion id starting with a formula sign
// included (see text).
func CSVColumns(r *results.Results) []string {
	l := newCSVLayout(r)
	cols := append([]string(nil), csvUnitColumns...)
	for ci, c := range r.Set.Criteria {
		cols = append(cols, text(c.ID+":met"), text(c.ID+":share"), text(c.ID+":met_leaves"))
		for _, i := range l.groups[ci] {
			key := r.Indicators[i].Key
			if l.fraction[i] {
				cols = append(cols, text(key+":numerator"), text(key+":denominator"))
			}
			cols = append(cols, text(key+":value"), text(key+":status"), text(key+":met_leaves"))
		}
	}
	return cols
}

// csvLayout is the column plan of the criteria part of a row.
type csvLayout struct {
	// groups[ci] holds the indices in r.Indicators of criterion ci's
	// indicators, in r.Indicators order: a criterion's columns stay
	// together even if its indicators were not contiguous there.
	groups [][]int
	// fraction[i] tells whether indicator i (a ratio or monthly one) has
	// numerator and denominator columns.
	fraction []bool
	// defs[i] is indicator i, whose sensitive mark decides what is written.
	defs []*data.Indicator
}

func newCSVLayout(r *results.Results) *csvLayout {
	l := &csvLayout{groups: make([][]int, len(r.Set.Criteria)), fraction: make([]bool, len(r.Indicators))}
	for i, ref := range r.Indicators {
		l.groups[ref.CriterionIndex] = append(l.groups[ref.CriterionIndex], i)
		l.fraction[i] = ref.Indicator.Kind == data.KindRatio || ref.Indicator.Kind == data.KindMonthly
		l.defs = append(l.defs, ref.Indicator)
	}
	return l
}

// bom is the UTF-8 byte order mark: Excel needs it to read UTF-8.
const bom = "\uFEFF"

// CSV returns du-lieu/ket-qua.csv whole; see WriteCSV.
func CSV(r *results.Results) []byte {
	var b bytes.Buffer
	_ = WriteCSV(&b, r) // writes to a bytes.Buffer cannot fail
	return b.Bytes()
}

// WriteCSV writes du-lieu/ket-qua.csv to w: a UTF-8 BOM, the header
// (CSVColumns), then one row per started period × unit, the rows of
// ket-qua.json's results in the same order, with CRLF line ends, "." as
// the decimal mark, fields quoted as encoding/csv quotes them, and an
// empty cell wherever the JSON has no such field. It streams: memory
// stays at one chunk whatever the size of the export.
func WriteCSV(w io.Writer, r *results.Results) error {
	s := newSink(w)
	s.buf = append(s.buf, bom...)
	s.buf = appendRecord(s.buf, CSVColumns(r)...)
	l := newCSVLayout(r)
	for _, p := range r.Periods {
		period := appendRecordPart(nil, p.ID, text(p.Name))
		for _, u := range p.Units {
			s.buf = append(s.buf, period...)
			s.buf = appendUnitCells(s.buf, u)
			s.buf = appendSummaryCells(s.buf, u)
			for ci, group := range l.groups {
				s.buf = appendCriterionCells(s.buf, u, &u.Criteria[ci])
				for _, i := range group {
					s.buf = appendIndicatorCells(s.buf, l.defs[i], u, &u.Indicators[i], l.fraction[i])
				}
			}
			s.buf = append(s.buf, '\r', '\n')
			s.maybeFlush()
		}
	}
	return s.flush()
}

// appendUnitCells appends "unit,unit_name,kind,level,parent", the cells
// after period and period_name. Every later cell starts with its comma.
func appendUnitCells(b []byte, u *results.UnitResult) []byte {
	parent := ""
	if u.Unit.Parent != nil {
		parent = u.Unit.Parent.ID
	}
	b = appendRecordPart(b, u.Unit.ID, text(u.Unit.Name), text(u.Unit.Kind))
	b = strconv.AppendInt(b, int64(u.Unit.Depth), 10)
	b = append(b, ',')
	return appendField(b, parent)
}

// appendSummaryCells appends ",leaf,score,rank_siblings,rank_level,
// indicators_met,deeds,leaves,all_met_share": indicators_met for a leaf,
// leaves and all_met_share for an aggregate, as the JSON has them.
func appendSummaryCells(b []byte, u *results.UnitResult) []byte {
	if u.Leaf {
		b = append(b, ",1,"...)
	} else {
		b = append(b, ",0,"...)
	}
	b = appendScore(b, u)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(u.Rank.Siblings), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(u.Rank.Level), 10)
	b = append(b, ',')
	if u.Leaf {
		b = strconv.AppendInt(b, int64(u.IndicatorsMet), 10)
	}
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(u.Deeds), 10)
	if u.Leaf {
		return append(b, ',', ',')
	}
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(u.Leaves), 10)
	b = append(b, ',')
	return appendRat(b, u.AllMetShare)
}

// appendCriterionCells appends ",met,share,met_leaves" of one criterion:
// 1 or 0 for a leaf, share and met leaves for an aggregate.
func appendCriterionCells(b []byte, u *results.UnitResult, c *results.CriterionResult) []byte {
	switch {
	case !u.Leaf:
		b = append(b, ',', ',')
		b = appendRat(b, c.Share)
		b = append(b, ',')
		return strconv.AppendInt(b, int64(c.MetLeaves), 10)
	case c.Met:
		return append(b, ",1,,"...)
	default:
		return append(b, ",0,,"...)
	}
}

// appendIndicatorCells appends one indicator's cells: ",numerator,
// denominator" when fraction, then ",value,status,met_leaves"; a figure
// is empty where the JSON leaves it out or writes null (figures), status
// is there for a leaf, met leaves for an aggregate.
func appendIndicatorCells(b []byte, def *data.Indicator, u *results.UnitResult, in *results.IndicatorResult, fraction bool) []byte {
	s := figures(def, u, in)
	b = append(b, ',')
	if fraction {
		if s.num == written {
			b = appendDec(b, in.Numerator)
		}
		b = append(b, ',')
		if s.den == written {
			b = appendDec(b, in.Denominator)
		}
		b = append(b, ',')
	}
	if s.value == written {
		b = appendValue(b, in)
	}
	b = append(b, ',')
	if u.Leaf {
		b = appendField(b, in.Status.String())
		return append(b, ',')
	}
	b = append(b, ',')
	return strconv.AppendInt(b, int64(in.MetLeaves), 10)
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
