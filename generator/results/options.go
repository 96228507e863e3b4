package results

import (
	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
)

// Option changes how Compute works.
type Option func(*options)

type options struct {
	targets     TargetFunc
	successions []Succession
}

// TargetFunc returns the target of indicator in of criterion c for the leaf
// unit, and true, when it differs from the criteria file's target; false
// keeps the file's target.
type TargetFunc func(unit *data.Unit, c *data.Criterion, in *data.Indicator) (decimal.D, bool)

// WithTargets lets targets vary by unit: the plan lets each district set
// its own targets for its villages. Compute calls f once per leaf and
// indicator; status and ranking use the returned target.
func WithTargets(f TargetFunc) Option {
	return func(o *options) { o.targets = f }
}

// SubtreeTargets returns a TargetFunc from overrides keyed by unit id, then
// by indicator key ("4.1/tin-bao"): a leaf takes the override of the nearest
// unit on its path from itself up to the root that has one.
func SubtreeTargets(overrides map[string]map[string]decimal.D) TargetFunc {
	return func(unit *data.Unit, c *data.Criterion, in *data.Indicator) (decimal.D, bool) {
		key := in.Key(c)
		for u := unit; u != nil; u = u.Parent {
			if t, ok := overrides[u.ID][key]; ok {
				return t, true
			}
		}
		return 0, false
	}
}

// Succession records that unit From was merged into unit To on Date (the
// July 2025 reform merged communes and villages mid-campaign).
//
// Compute credits to To the report rows of From whose month is Date's month
// or later and the deeds of From dated on or after Date. When From is not a
// leaf of the unit tree (the tree shows the units after the merge), all of
// From's rows and deeds go to To, so the successor carries its history.
// Rows that land on the same (unit, month) are added field by field.
// Successions chain: A → B then B → C credits A's later rows to C.
type Succession struct {
	From string
	To   string
	Date calendar.Date
}

// WithSuccessions applies unit merges; see Succession.
func WithSuccessions(s ...Succession) Option {
	return func(o *options) { o.successions = append(o.successions, s...) }
}

// FromData returns the options that apply the optional data files of set:
// data/targets.csv (WithTargets over SubtreeTargets: a team takes the
// target of the nearest unit on its path to the root in units.csv). A set
// without them gives no option, so Compute works as it always did.
func FromData(set *data.Set) []Option {
	var opts []Option
	if o := set.TargetOverrides(); o != nil {
		opts = append(opts, WithTargets(SubtreeTargets(o)))
	}
	return opts
}
