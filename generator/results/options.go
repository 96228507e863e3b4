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

// Succession records that from Date on unit From no longer exists and is
// part of unit To (the July 2025 reform abolished districts and merged
// communes mid-campaign). BRIEF.md §4 rule 8:
//
// A period P is assessed on the tree in force on r = min(P.end, asOf). A
// unit that ceased on or before r has no result for P (UnitResult.Absent);
// a live unit's parent is its parent in units.csv or, while that one has
// ceased by r, where it went, repeatedly (UnitResult.Parent and Depth). An
// aggregate with no live team under it has no result. A live team counts
// the report rows and deeds, in P's window, of the teams whose successions
// lead to it and that ceased by r: rows of one month are added field by
// field, except a field read by a latest indicator, where its own row
// wins. Ranks and shares are taken on the tree of P. Successions naming a
// unit Compute does not know are left out. The units.csv tree must mark
// the units that receive units with children (data.Units.Receive): they
// are aggregates even with no child of their own.
type Succession struct {
	From string
	To   string
	Date calendar.Date
}

// WithSuccessions applies unit merges and abolitions; see Succession.
func WithSuccessions(s ...Succession) Option {
	return func(o *options) { o.successions = append(o.successions, s...) }
}

// FromData returns the options that apply the optional data files of set:
// data/targets.csv (WithTargets over SubtreeTargets: a team takes the
// target of the nearest unit on its path to the root in units.csv) and
// data/successions.csv (WithSuccessions). A set without them gives no
// option, so Compute works as it always did.
func FromData(set *data.Set) []Option {
	var opts []Option
	if len(set.Successions) > 0 {
		s := make([]Succession, len(set.Successions))
		for i, x := range set.Successions {
			s[i] = Succession{From: x.From, To: x.To, Date: x.Date}
		}
		opts = append(opts, WithSuccessions(s...))
	}
	if o := set.TargetOverrides(); o != nil {
		opts = append(opts, WithTargets(SubtreeTargets(o)))
	}
	return opts
}
