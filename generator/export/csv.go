package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

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

// CSV returns du-lieu/ket-qua.csv: a UTF-8 BOM, the header, then one row
// per started period × unit × indicator, CRLF line ends, "." as the
// decimal mark.
func CSV(r *results.Results) []byte {
	var b bytes.Buffer
	b.WriteString(bom)
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	_ = w.Write(CSVHeader) // writes to a bytes.Buffer cannot fail
	for _, p := range r.Periods {
		for _, u := range p.Units {
			for i, ref := range r.Indicators {
				_ = w.Write(csvRow(p, u, ref, &u.Indicators[i]))
			}
		}
	}
	w.Flush()
	return b.Bytes()
}

func csvRow(p *results.Period, u *results.UnitResult, ref results.IndicatorRef, in *results.IndicatorResult) []string {
	parent := ""
	if u.Unit.Parent != nil {
		parent = u.Unit.Parent.ID
	}
	num, den, val := "", "", ""
	if in.Fraction() {
		num, den = string(decNumber(in.Numerator)), string(decNumber(in.Denominator))
		if in.Denominator != 0 {
			val = string(fracNumber(in.Numerator, in.Denominator))
		}
	} else if v, ok := in.Decimal(); ok {
		val = string(decNumber(v))
	}
	met, share := "", ""
	c := &u.Criteria[ref.CriterionIndex]
	if u.Leaf {
		met = "0"
		if c.Met {
			met = "1"
		}
	} else {
		share = string(ratNumber(c.Share))
	}
	return []string{
		p.ID, text(p.Name), u.Unit.ID, text(u.Unit.Name), text(u.Unit.Kind), strconv.Itoa(u.Unit.Depth), parent,
		ref.Criterion.ID, ref.Indicator.ID, text(ref.Indicator.Label),
		num, den, val, string(in.Status),
		met, share,
		string(score(u)), strconv.Itoa(u.Rank.Siblings), strconv.Itoa(u.Rank.Level),
	}
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
