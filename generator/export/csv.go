package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"math/big"
	"strconv"
	"strings"

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
// ":value", ":status" and ":met_leaves". A site with data/successions.csv
// has a "successor" column after "parent"; one with data/targets.csv a
// ":target" column after each ":value". The names are stable (tools rely
// on them) and explained in Vietnamese in docs/ket-qua-export.md. They are
// the header cells as written, a criterion id starting with a formula sign
// included (see text).
func CSVColumns(r *results.Results) []string {
	l := newCSVLayout(r)
	cols := append([]string(nil), csvUnitColumns[:7]...)
	if l.successor {
		cols = append(cols, "successor")
	}
	cols = append(cols, csvUnitColumns[7:]...)
	for ci, c := range r.Set.Criteria {
		cols = append(cols, text(c.ID+":met"), text(c.ID+":share"), text(c.ID+":met_leaves"))
		for _, i := range l.groups[ci] {
			key := r.Indicators[i].Key
			if l.fraction[i] {
				cols = append(cols, text(key+":numerator"), text(key+":denominator"))
			}
			cols = append(cols, text(key+":value"))
			if l.target {
				cols = append(cols, text(key+":target"))
			}
			cols = append(cols, text(key+":status"), text(key+":met_leaves"))
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
	// successor and target add the columns of data/successions.csv and
	// data/targets.csv, only for a site that has them.
	successor, target bool
	set               *data.Set
}

func newCSVLayout(r *results.Results) *csvLayout {
	l := &csvLayout{groups: make([][]int, len(r.Set.Criteria)), fraction: make([]bool, len(r.Indicators)),
		successor: len(r.Set.Successions) > 0, target: len(r.Set.Targets) > 0, set: r.Set}
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
// ket-qua.json's results in the same order, written by encoding/csv with
// CRLF line ends, "." as the decimal mark, and an empty cell wherever the
// JSON has no such field. It streams: memory stays at one buffer and one
// row whatever the size of the export.
func WriteCSV(w io.Writer, r *results.Results) error {
	bw := bufio.NewWriterSize(w, chunkSize)
	bw.WriteString(bom) // an error sticks in bw and cw.Error reports it
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	header := CSVColumns(r)
	if err := cw.Write(header); err != nil {
		return err
	}
	l := newCSVLayout(r)
	row := make([]string, 0, len(header))
	for _, p := range r.Periods {
		name := text(p.Name)
		for _, u := range p.Units {
			if u.Absent { // no result in this period (rule 8)
				continue
			}
			row = append(row[:0], p.ID, name)
			row = l.appendUnitCells(row, u)
			for ci, group := range l.groups {
				row = appendCriterionCells(row, u, &u.Criteria[ci])
				for _, i := range group {
					row = l.appendIndicatorCells(row, l.defs[i], u, &u.Indicators[i], l.fraction[i])
				}
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// appendUnitCells appends the cells from unit to all_met_share:
// indicators_met for a leaf, leaves and all_met_share for an aggregate,
// as the JSON has them, and successor when the layout has it.
func (l *csvLayout) appendUnitCells(row []string, u *results.UnitResult) []string {
	parent := ""
	if u.Parent != nil { // in the period's tree (rule 8)
		parent = u.Parent.ID
	}
	leaf, indicatorsMet, leaves, allMet := "1", strconv.Itoa(u.IndicatorsMet), "", ""
	if !u.Leaf {
		leaf, indicatorsMet, leaves, allMet = "0", "", strconv.Itoa(u.Leaves), ratText(u.AllMetShare)
	}
	row = append(row, u.Unit.ID, text(u.Unit.Name), text(u.Unit.Kind), strconv.Itoa(u.Depth), parent)
	if l.successor {
		s, _ := l.set.Successor(u.Unit.ID)
		row = append(row, s.To)
	}
	return append(row, leaf, scoreText(u), strconv.Itoa(u.Rank.Siblings), strconv.Itoa(u.Rank.Level),
		indicatorsMet, strconv.Itoa(u.Deeds), leaves, allMet)
}

// appendCriterionCells appends met, share and met_leaves of one
// criterion: 1 or 0 for a leaf, share and met leaves for an aggregate.
func appendCriterionCells(row []string, u *results.UnitResult, c *results.CriterionResult) []string {
	switch {
	case !u.Leaf:
		return append(row, "", ratText(c.Share), strconv.Itoa(c.MetLeaves))
	case c.Met:
		return append(row, "1", "", "")
	default:
		return append(row, "0", "", "")
	}
}

// appendIndicatorCells appends one indicator's cells: numerator and
// denominator when fraction, then value, status and met_leaves; a figure
// is empty where the JSON leaves it out or writes null (figures), status
// is there for a leaf, met leaves for an aggregate; with the target column,
// a team's target (not a sensitive indicator's).
func (l *csvLayout) appendIndicatorCells(row []string, def *data.Indicator, u *results.UnitResult, in *results.IndicatorResult, fraction bool) []string {
	s := figures(def, u, in)
	if fraction {
		numerator, denominator := "", ""
		if s.num == written {
			numerator = in.Numerator.String()
		}
		if s.den == written {
			denominator = in.Denominator.String()
		}
		row = append(row, numerator, denominator)
	}
	value := ""
	if s.value == written {
		value = valueText(in)
	}
	row = append(row, value)
	if l.target {
		target := ""
		if u.Leaf && !def.Sensitive {
			target = in.Target.String()
		}
		row = append(row, target)
	}
	if u.Leaf {
		return append(row, in.Status.String(), "")
	}
	return append(row, "", strconv.Itoa(int(in.MetLeaves)))
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

// ratText, scoreText and valueText are appendRat, appendScore and
// appendValue as cell text.
func ratText(r *big.Rat) string {
	var a [32]byte
	return string(appendRat(a[:0], r))
}

func scoreText(u *results.UnitResult) string {
	var a [32]byte
	return string(appendScore(a[:0], u))
}

func valueText(in *results.IndicatorResult) string {
	var a [32]byte
	return string(appendValue(a[:0], in))
}
