// Package data reads a campaign's data files (units, criteria, monthly
// reports, deeds) into typed records that remember where they came from,
// and validates them against each other.
package data

import (
	"sort"

	"phongtrao/generator/calendar"
	"phongtrao/generator/decimal"
	"phongtrao/generator/diag"
)

// Set is every data file of a site, loaded and cross-checked.
type Set struct {
	Units    *Units
	Criteria []*Criterion
	// Fields are the report columns found in data/reports/*.csv, sorted.
	Fields  []string
	Reports []Report
	Deeds   []Deed
	// Successions are the rows of data/successions.csv (none without the
	// file), in file order.
	Successions []Succession
	// Targets are the rows of data/targets.csv (none without the file),
	// in file order.
	Targets []Target
	ceased  map[string]int // unit id → its place in Successions
}

// Unit is one row of data/units.csv, linked into the tree.
type Unit struct {
	ID     string
	Name   string
	Kind   string
	Parent *Unit // nil for the root
	// Children in file order; callers that show them sort as they need.
	Children []*Unit
	// Depth is 0 for the root.
	Depth int
	Pos   diag.Pos
	seq   int // place in Units.All when loaded, for the check of report rows
	// receives is set when a unit with children is merged into this one
	// (data/successions.csv): it is then not a team.
	receives bool
}

// Index returns the unit's place in Units.All as Load made it, so that
// callers keeping something per unit in that order find a unit's without
// a map. Units linked by hand (in tests) all say 0: callers check that
// All[u.Index()] is u.
func (u *Unit) Index() int { return u.seq }

// IsLeaf reports whether u has no children, counting those it receives
// in data/successions.csv (the communes merged into a new commune): leaves
// are the teams assessed.
func (u *Unit) IsLeaf() bool { return len(u.Children) == 0 && !u.receives }

// Ancestors returns u's ancestors from the root down to u's parent.
func (u *Unit) Ancestors() []*Unit {
	var out []*Unit
	for p := u.Parent; p != nil; p = p.Parent {
		out = append(out, p)
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Units is the administrative tree.
type Units struct {
	Root *Unit
	// All units in file order.
	All  []*Unit
	ByID map[string]*Unit
}

// Leaves returns the leaves under u (u itself when it is a leaf), in tree order.
func (u *Unit) Leaves() []*Unit {
	if u.IsLeaf() {
		return []*Unit{u}
	}
	var out []*Unit
	for _, c := range u.Children {
		out = append(out, c.Leaves()...)
	}
	return out
}

// Indicator kinds.
const (
	KindRatio   = "ratio"
	KindTotal   = "total"
	KindLatest  = "latest"
	KindMonthly = "monthly"
)

// Indicator sources.
const (
	SourceReports = "reports"
	SourceDeeds   = "deeds"
)

// Comparison operators.
var Ops = []string{">=", ">", "<=", "<", "=="}

// Deed kinds.
var DeedKinds = []string{"viec-tot", "khen-thuong", "bieu-duong", "mo-hinh"}

// Criterion is one [[criterion]] of data/criteria.toml.
type Criterion struct {
	ID     string
	Title  string
	Short  string
	Points decimal.D // default 1
	// Description is optional longer text (what the plan asks), shown on the criterion page.
	Description string
	// PlanText is the plan's own wording of the criterion (plan_text),
	// shown on the criterion's page; empty when not given.
	PlanText   string
	Indicators []*Indicator
	Pos        diag.Pos
}

// Indicator is one [[criterion.indicator]].
type Indicator struct {
	ID    string
	Label string
	Kind  string // ratio | total | latest | monthly
	// Source is "reports" (default) or "deeds" (total and monthly only).
	Source      string
	Numerator   string   // ratio
	Denominator string   // ratio
	Field       string   // total, latest from reports
	Kinds       []string // deed kinds counted, empty = all
	Op          string
	Target      decimal.D
	// Sensitive marks an indicator whose figures could point at people
	// (reoffending, weapons): pages and the export show a team's status
	// only, and an aggregate's pooled counts of 1 or 2 as "< 3" (see
	// Withholds).
	Sensitive bool
	// Window is WindowPeriod (default) or WindowCampaign: with the
	// latter, every period counts the indicator's rows, deeds and months
	// from the campaign's start (BRIEF.md §4 rule 10).
	Window string
	// Labels maps the report fields the indicator names to their labels
	// ([[field]] in criteria.toml); nil when none has one.
	Labels map[string]string
	Pos    diag.Pos
}

// Key returns "criterion/indicator", the indicator's key in the export.
func (in *Indicator) Key(c *Criterion) string { return c.ID + "/" + in.ID }

// Report is one row of data/reports/*.csv: one team's figures for one month.
// Its values are kept with the columns of its file (shared by every row of
// that file), not in a map or a slice per row: a national site has a
// million rows.
type Report struct {
	Unit  string
	Month calendar.Month
	Pos   diag.Pos
	cols  *Columns
	row   int // the row's place among the values in cols
}

// Value returns the row's figure for a report field, and whether its file has it.
func (r Report) Value(field string) (decimal.D, bool) {
	if r.cols == nil {
		return 0, false
	}
	i, ok := r.cols.index[field]
	if !ok {
		return 0, false
	}
	return r.cols.value(r.row, i), true
}

// Columns returns the layout of the row's values, shared by the rows of
// one file (nil for a row made without one): callers that read many rows
// look a field up once per Columns with Index, then read rows with At.
func (r Report) Columns() *Columns { return r.cols }

// At returns the row's value at place i of its Columns (see Columns.Index).
func (r Report) At(i int) decimal.D { return r.cols.value(r.row, i) }

// Index returns the place of field among the value columns, or -1 when
// the file has no such column.
func (c *Columns) Index(field string) int {
	if i, ok := c.index[field]; ok {
		return i
	}
	return -1
}

// NewReport makes a report row; vals follow the order of cols.
func NewReport(unit string, m calendar.Month, cols *Columns, vals []decimal.D) Report {
	own := &Columns{names: cols.names, index: cols.index, wide: vals}
	return Report{Unit: unit, Month: m, cols: own}
}

// ReportOf makes a report row from a map of field values (for tests and
// tools; the loader shares one Columns per file).
func ReportOf(unit string, m calendar.Month, values map[string]decimal.D) Report {
	names := make([]string, 0, len(values))
	for n := range values {
		names = append(names, n)
	}
	sort.Strings(names)
	vals := make([]decimal.D, len(names))
	for i, n := range names {
		vals[i] = values[n]
	}
	return NewReport(unit, m, NewColumns(names...), vals)
}

// Deed is one row of data/deeds.csv.
type Deed struct {
	ID           string
	Date         calendar.Date
	Unit         string
	Kind         string
	Title        string
	People       []string
	Criterion    string
	RecognizedBy string
	Story        string
	// Commendation holds the optional award, decision and recipient
	// columns, nil when a row gives none of them: a country's million
	// deeds keep one pointer each instead of three strings.
	Commendation *Commendation
	Pos          diag.Pos
}

// Commendation is what deeds.csv says of a commendation: Award is its form
// (Giấy khen, Bằng khen, Cờ thi đua...), Decision the decision's number and
// date as text, Recipient "tap-the" or "ca-nhan"; each empty when not given.
type Commendation struct {
	Award, Decision, Recipient string
}
