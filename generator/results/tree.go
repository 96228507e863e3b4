package results

import (
	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
)

// Tree is the unit tree in force on one day (BRIEF.md §4 rule 8), for
// pages about a span that is not a period, such as a month's bulletin:
// the units that exist then with a team under them, each under its parent
// of that day.
type Tree struct {
	l *layout
	t *periodTree // nil: the tree of units.csv (no successions)
}

// TreeOn returns the tree in force on day d.
func (r *Results) TreeOn(d calendar.Date) *Tree {
	if r.merges == nil {
		return &Tree{l: r.layout}
	}
	return &Tree{l: r.layout, t: newPeriodTree(r.layout, r.merges, dayKey(d))}
}

// Parent returns u's parent in the tree: nil for the root, and for a unit
// that does not live on the tree's day or is not in units.csv.
func (t *Tree) Parent(u *data.Unit) *data.Unit {
	i, ok := t.l.indexOf(u)
	switch {
	case !ok:
		return nil
	case t.t == nil:
		return u.Parent
	case t.t.parent[i] < 0:
		return nil
	}
	return t.l.units[t.t.parent[i]]
}

// Lives reports whether u lives on the tree's day: it has not ceased and
// has a team under it (a team, itself).
func (t *Tree) Lives(u *data.Unit) bool {
	i, ok := t.l.indexOf(u)
	return ok && (t.t == nil || !t.t.absent[i])
}
