package results

import (
	"math/big"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
)

// AllPeriodName is the name shown for the reserved period "all" (the whole campaign).
const AllPeriodName = "Cả đợt thi đua"

// PeriodStatus is where a period stands on the reference date (BRIEF.md §4 rule 7).
type PeriodStatus string

// Period statuses.
const (
	Upcoming PeriodStatus = "upcoming" // asOf < start: no results
	Running  PeriodStatus = "running"  // start ≤ asOf < end
	Done     PeriodStatus = "done"     // asOf ≥ end
)

// Status is a leaf's status for one indicator (BRIEF.md §4 rule 2). It is
// a small number, not its word, so that IndicatorResult holds no pointer:
// a national site keeps millions of them, which the garbage collector then
// never has to scan. String gives the word the export writes.
type Status uint8

// Indicator statuses. The zero Status is an aggregate's: it has none.
const (
	Met Status = iota + 1
	NotMet
	// None: a ratio with Σ denominator = 0, or a monthly indicator with no
	// counted month. It counts as met.
	None
	// NoData: a report-based indicator without any report row in the period.
	// It counts as not met.
	NoData
)

// statusWords are the statuses' words, by value.
var statusWords = [...]string{"", "met", "not-met", "none", "no-data"}

// String returns the status's word in the export: "met", "not-met",
// "none", "no-data", or "" for an aggregate's zero Status.
func (s Status) String() string {
	if int(s) < len(statusWords) {
		return statusWords[s]
	}
	return ""
}

// Counts reports whether s counts as met (met or none).
func (s Status) Counts() bool { return s == Met || s == None }

// Results is everything Compute derives from a site and its data on one date.
type Results struct {
	AsOf calendar.Date
	Site *config.Site
	Set  *data.Set
	// Periods are the phases in site.toml order, then the period "all".
	Periods []*Period
	// Indicators lists every indicator in criteria-file order; the
	// Indicators slice of every UnitResult follows the same order.
	Indicators []IndicatorRef
	layout     *layout
	merges     *merges // nil without successions
}

// IndicatorRef names one indicator of the campaign.
type IndicatorRef struct {
	// Key is "criterion/indicator", e.g. "4.1/tin-bao".
	Key       string
	Criterion *data.Criterion
	Indicator *data.Indicator
	// CriterionIndex is the criterion's index in Set.Criteria.
	CriterionIndex int
}

// Period is one phase, or the whole campaign, with its results.
type Period struct {
	// ID is the phase id, or config.AllPeriodID for the whole campaign.
	ID    string
	Name  string
	Title string
	Start calendar.Date
	End   calendar.Date
	// Phase is the phase of site.toml, nil for the period "all".
	Phase  *config.Phase
	Status PeriodStatus
	// WindowEnd is min(End, AsOf): the last day whose deeds and reports
	// count. It is the zero Date for an upcoming period.
	WindowEnd calendar.Date
	// Units holds one result per unit, in units.csv order (the index of a
	// unit in Set.Units.All); nil for an upcoming period.
	Units []*UnitResult

	layout *layout
	// children[childStart[i]:childStart[i+1]] are the children of the
	// unit with index i, in rank order.
	childStart []int32
	children   []*UnitResult
	levels     map[levelKey][]*UnitResult
	window     window
	// tree is the unit tree in force on min(End, asOf) when there are
	// successions (rule 8); nil: the tree of units.csv.
	tree *periodTree
	// campWindow is window from the campaign's start, for the indicators
	// with window = "campaign" (rule 10).
	campWindow window
	// results, indicators and criteria hold every unit's UnitResult and
	// the Indicators and Criteria of each, in one allocation each.
	results    []UnitResult
	indicators []IndicatorResult
	criteria   []CriterionResult
}

// Started reports whether the period has results (it is running or done).
func (p *Period) Started() bool { return p.Status != Upcoming }

// Unit returns the result of the unit with the given id, nil when the
// period is upcoming or the id is unknown.
func (p *Period) Unit(id string) *UnitResult {
	i, ok := p.layout.unitIndex[id]
	if !ok || p.Units == nil {
		return nil
	}
	return p.Units[i]
}

// Of returns the result of u (of the unit with u's id), nil when the
// period is upcoming.
func (p *Period) Of(u *data.Unit) *UnitResult {
	i, ok := p.layout.indexOf(u)
	if !ok || p.Units == nil {
		return nil
	}
	return p.Units[i]
}

// UnitResult is one unit's result in one period.
type UnitResult struct {
	Unit *data.Unit
	// Parent is the unit's parent in the period's tree: its parent in
	// units.csv, or where that parent went when it ceased (rule 8); nil
	// for the root and for an absent unit.
	Parent *data.Unit
	// Depth is the unit's depth in the period's tree (in units.csv for an
	// absent unit).
	Depth int
	Leaf  bool
	// Absent marks a unit without a result in the period (rule 8): it
	// ceased by min(End, asOf), or no live team is under it. Its figures
	// are zero, it has no rank, and no list of the period holds it.
	Absent bool
	// index is the unit's place in Set.Units.All (beside Leaf, in what
	// would be padding).
	index int32
	// Leaves is the number of leaves under the unit (1 for a leaf).
	Leaves int
	// ScoreSum is the sum of the scores of the leaves under the unit (a
	// leaf's own score for a leaf): exact, in points.
	ScoreSum decimal.D
	// Score is exact: a leaf's sum of points of met criteria, an
	// aggregate's mean of its leaves' scores (ScoreSum / Leaves). Results
	// with the same score may share one big.Rat: read it, never change it.
	Score *big.Rat
	// Criteria follows Set.Criteria order. Leaves meeting the same
	// criteria may share one array: read it, never change it.
	Criteria []CriterionResult
	// Indicators follows Results.Indicators order.
	Indicators []IndicatorResult
	// IndicatorsMet counts a leaf's indicators that are met or none
	// (0 for an aggregate).
	IndicatorsMet int
	// Deeds is the number of deeds dated in the period window (a leaf's own,
	// an aggregate's sum over its leaves), every kind counted.
	Deeds int
	// AllMet is the number of leaves under the unit meeting every criterion
	// (for a leaf: 1 or 0).
	AllMet int
	// AllMetShare is AllMet / Leaves for an aggregate; nil for a leaf. It
	// may be shared like Score: read only.
	AllMetShare *big.Rat
	Rank        Rank

	layout *layout
}

// Criterion returns the result for criterion id, nil when unknown.
func (u *UnitResult) Criterion(id string) *CriterionResult {
	i, ok := u.layout.criterionIndex[id]
	if !ok {
		return nil
	}
	return &u.Criteria[i]
}

// Indicator returns the result for the indicator key ("4.1/tin-bao"), nil when unknown.
func (u *UnitResult) Indicator(key string) *IndicatorResult {
	i, ok := u.layout.indicatorIndex[key]
	if !ok {
		return nil
	}
	return &u.Indicators[i]
}

// Rank is a unit's competition rank (1, 2, 2, 4) in one period.
type Rank struct {
	// Siblings ranks the unit among the units with the same parent (leaves
	// among leaves, aggregates among aggregates); 1 for the root.
	Siblings int
	// Level ranks the unit among all units at the same depth (leaves among
	// leaves, aggregates among aggregates).
	Level int
}

// CriterionResult is one unit's result for one criterion.
type CriterionResult struct {
	// Met tells whether a leaf meets the criterion (false for aggregates).
	Met bool
	// MetLeaves and Leaves count the leaves under the unit meeting the
	// criterion, and all of them (a leaf: 1 or 0, and 1).
	MetLeaves, Leaves int
	// Share is MetLeaves / Leaves for an aggregate; nil for a leaf. It may
	// be shared like UnitResult.Score: read only.
	Share *big.Rat
}

// IndicatorResult is one unit's result for one indicator. It holds no
// pointer and takes 48 bytes: a national site keeps 2.8 million of them for
// the whole build, which the garbage collector then skips.
type IndicatorResult struct {
	// Numerator and Denominator are set for ratio and monthly indicators
	// (monthly: counted months reaching the target, and counted months); an
	// aggregate holds the sums over its leaves (pooled).
	Numerator, Denominator decimal.D
	// Target is the target the leaf was measured against (after any
	// WithTargets override); an aggregate holds the criteria file's target.
	Target decimal.D
	// MetLeaves and Leaves count the leaves under the unit whose status
	// counts as met, and all of them (a leaf: 1 or 0, and 1). 32 bits hold
	// any country's teams.
	MetLeaves, Leaves int32

	// value holds, in one word (a national site has millions of results),
	// the value of a total or latest indicator and whether there is one,
	// or that the indicator is a fraction: see packValue.
	value packed
	// Status is a leaf's status; zero (no word) for an aggregate.
	Status Status
}

// packed is a decimal.D with its sign bit flipped, so that the two
// smallest values, which no sum of figures reaches, are free for two
// marks: the zero packed is "no value" (the zero IndicatorResult has
// none) and 1 marks a ratio or monthly indicator.
type packed uint64

const (
	noValue  packed = 0
	fraction packed = 1
)

// packValue returns v packed.
func packValue(v decimal.D) packed { return packed(uint64(v) ^ 1<<63) }

// decimal returns the packed value.
func (p packed) decimal() decimal.D { return decimal.D(uint64(p) ^ 1<<63) }

// Fraction reports whether the indicator is a ratio or monthly one, whose
// value is Numerator / Denominator.
func (r *IndicatorResult) Fraction() bool { return r.value == fraction }

// Value returns the indicator's exact value and whether it has one: for
// ratio and monthly, Numerator / Denominator unless the denominator is 0; for
// a leaf's total and latest, the total or latest value unless no-data; an
// aggregate's total and latest indicators have no value.
func (r *IndicatorResult) Value() (*big.Rat, bool) {
	if r.Fraction() {
		if r.Denominator == 0 {
			return nil, false
		}
		return new(big.Rat).SetFrac(big.NewInt(int64(r.Numerator)), big.NewInt(int64(r.Denominator))), true
	}
	if r.value == noValue {
		return nil, false
	}
	return r.value.decimal().Rat(), true
}

// Decimal returns the value of a total or latest indicator as an exact
// decimal, and whether there is one (always false for ratio and monthly).
func (r *IndicatorResult) Decimal() (decimal.D, bool) {
	if r.value == fraction || r.value == noValue {
		return 0, false
	}
	return r.value.decimal(), true
}
