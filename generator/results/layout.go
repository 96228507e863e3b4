package results

import (
	"bytes"
	"cmp"
	"slices"
	"sort"
	"strings"

	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/vn"
)

// Indicator kinds, compiled.
const (
	kindRatio uint8 = iota + 1
	kindTotal
	kindLatest
	kindMonthly
)

// op is a compiled comparison operator.
type op uint8

const (
	opGE op = iota
	opGT
	opLE
	opLT
	opEQ
)

func parseOp(s string) op {
	switch s {
	case ">":
		return opGT
	case "<=":
		return opLE
	case "<":
		return opLT
	case "==":
		return opEQ
	}
	return opGE
}

// holds reports whether "value op target" is true, given c = compare(value, target).
func (o op) holds(c int) bool {
	switch o {
	case opGT:
		return c > 0
	case opLE:
		return c <= 0
	case opLT:
		return c < 0
	case opEQ:
		return c == 0
	}
	return c >= 0
}

// compiled is an indicator ready for evaluation.
type compiled struct {
	kind           uint8
	deeds          bool // counts deeds rather than report fields
	num, den, fld  int  // indices into the used report fields, -1 when unused
	kinds          []string
	op             op
	campaign       bool // window = "campaign": counted from the campaign's start (rule 10)
	target         decimal.D
	criterionIndex int
	blank          packed // a result's value before evaluation: fraction or noValue
}

// layout is what every period shares: units, indicators, orders.
type layout struct {
	units          []*data.Unit
	unitIndex      map[string]int
	parent         []int // unit index of the parent, -1 for the root
	depthOrder     []int // unit indices, deepest first
	nameOrder      []int // rank of each unit's name in Vietnamese collation (then id)
	criterionIndex map[string]int
	indicatorIndex map[string]int
	points         []decimal.D // by criterion
	critStart      []int       // criterion c owns indicators critStart[c]:critStart[c+1]
	inds           []compiled
	fields         map[string]int // report field → used-field index
	fieldNames     []string       // used fields by index
	latestField    []bool         // by used field: a latest indicator reads it (rule 8: a team's own row wins)
	campaign       bool           // some indicator has window = "campaign"
	campStart      int            // dayKey of the campaign's first day
	campEnd        int            // dayKey of the campaign's last day
	// leafCriteria, when there are at most maxSharedCriteria criteria,
	// holds the Criteria of a leaf for every set of criteria it may meet:
	// a leaf meeting the criteria c with bit c of m set has
	// leafCriteria[m*nc:(m+1)*nc]. Leaves share them (read only) instead of
	// each having its own: a national site has 82,200 leaves a period.
	leafCriteria []CriterionResult
	// critSlot is, by unit, the place of its Criteria among a period's
	// (in units of len(points)), or -1 when it takes them from leafCriteria.
	critSlot  []int32
	critSlots int // the number of places
}

// maxSharedCriteria bounds the criteria for which leaves share their
// Criteria: 2^8 sets of 8 results are 64 KB. Tests change it.
var maxSharedCriteria = 8

// shareCriteria fills leafCriteria and critSlot.
func (l *layout) shareCriteria() {
	nc := len(l.points)
	shared := nc <= maxSharedCriteria
	if shared {
		l.leafCriteria = make([]CriterionResult, (1<<nc)*nc)
		for m := range 1 << nc {
			for c := range nc {
				met := m>>c&1 == 1
				l.leafCriteria[m*nc+c] = CriterionResult{Met: met, MetLeaves: m >> c & 1, Leaves: 1}
			}
		}
	}
	l.critSlot = make([]int32, len(l.units))
	for i, u := range l.units {
		l.critSlot[i] = -1
		if !shared || !u.IsLeaf() {
			l.critSlot[i] = int32(l.critSlots)
			l.critSlots++
		}
	}
}

func newLayout(set *data.Set) (*layout, []IndicatorRef) {
	l := &layout{
		units:          set.Units.All,
		unitIndex:      make(map[string]int, len(set.Units.All)),
		criterionIndex: make(map[string]int),
		indicatorIndex: make(map[string]int),
		fields:         make(map[string]int),
	}
	for i, u := range l.units {
		l.unitIndex[u.ID] = i
	}
	l.parent = make([]int, len(l.units))
	for i, u := range l.units {
		l.parent[i] = -1
		if u.Parent != nil {
			l.parent[i], _ = l.indexOf(u.Parent)
		}
	}
	l.depthOrder = make([]int, len(l.units))
	for i := range l.depthOrder {
		l.depthOrder[i] = i
	}
	sort.SliceStable(l.depthOrder, func(a, b int) bool {
		return l.units[l.depthOrder[a]].Depth > l.units[l.depthOrder[b]].Depth
	})
	var refs []IndicatorRef
	for ci, c := range set.Criteria {
		l.criterionIndex[c.ID] = ci
		l.points = append(l.points, c.Points)
		l.critStart = append(l.critStart, len(l.inds))
		for _, in := range c.Indicators {
			l.indicatorIndex[in.Key(c)] = len(l.inds)
			l.inds = append(l.inds, l.compile(in, ci))
			refs = append(refs, IndicatorRef{Key: in.Key(c), Criterion: c, Indicator: in, CriterionIndex: ci})
		}
	}
	l.critStart = append(l.critStart, len(l.inds))
	l.latestField = make([]bool, len(l.fieldNames))
	for _, k := range l.inds {
		if k.kind == kindLatest {
			l.latestField[k.fld] = true
		}
	}
	l.shareCriteria()
	return l, refs
}

// indexOf returns the unit index of the unit with u's id: the site asks
// for the results of units of the set it was computed from, which Load
// numbered (data.Unit.Index), so a map lookup is only needed for other
// ones.
func (l *layout) indexOf(u *data.Unit) (int, bool) {
	if i := u.Index(); i < len(l.units) && l.units[i] == u {
		return i, true
	}
	i, ok := l.unitIndex[u.ID]
	return i, ok
}

func (l *layout) compile(in *data.Indicator, ci int) compiled {
	k := compiled{num: -1, den: -1, fld: -1, kinds: in.Kinds, op: parseOp(in.Op), target: in.Target, criterionIndex: ci,
		campaign: in.Window == data.WindowCampaign}
	l.campaign = l.campaign || k.campaign
	switch in.Kind {
	case data.KindRatio:
		k.kind, k.blank = kindRatio, fraction
		k.num, k.den = l.field(in.Numerator), l.field(in.Denominator)
	case data.KindLatest:
		k.kind = kindLatest
		k.fld = l.field(in.Field)
	case data.KindMonthly:
		k.kind, k.deeds, k.blank = kindMonthly, true, fraction
	default:
		k.kind = kindTotal
		if in.Source == data.SourceDeeds {
			k.deeds = true
		} else {
			k.fld = l.field(in.Field)
		}
	}
	return k
}

func (l *layout) field(name string) int {
	if i, ok := l.fields[name]; ok {
		return i
	}
	l.fields[name] = len(l.fieldNames)
	l.fieldNames = append(l.fieldNames, name)
	return len(l.fieldNames) - 1
}

// collationOrder returns, for each unit, the position of its name in
// Vietnamese collation order (vn.Collator: numbers compared as numbers,
// "Thôn 2" before "Thôn 10"); names that collate equal fall back to byte
// order, then id. Names repeat a lot ("Thôn 1" is in every commune), so
// each distinct name's sort key is computed once, on all cores, and the
// distinct names are ranked before the units.
func collationOrder(units []*data.Unit) []int {
	nameOf := make([]int32, len(units)) // index into names
	byName := make(map[string]int32)
	var names []string
	for i, u := range units {
		k, ok := byName[u.Name]
		if !ok {
			k = int32(len(names))
			byName[u.Name] = k
			names = append(names, u.Name)
		}
		nameOf[i] = k
	}
	keys := make([][]byte, len(names))
	forChunks(len(names), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			keys[i] = vn.Key(names[i])
		}
	})
	byKey := make([]int32, len(names))
	for i := range byKey {
		byKey[i] = int32(i)
	}
	slices.SortFunc(byKey, func(a, b int32) int {
		if c := bytes.Compare(keys[a], keys[b]); c != 0 {
			return c
		}
		return strings.Compare(names[a], names[b])
	})
	nameRank := make([]int32, len(names))
	for pos, k := range byKey {
		nameRank[k] = int32(pos)
	}
	idx := make([]int, len(units))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmp.Compare(nameRank[nameOf[a]], nameRank[nameOf[b]]); c != 0 {
			return c
		}
		return strings.Compare(units[a].ID, units[b].ID)
	})
	order := make([]int, len(units))
	for pos, i := range idx {
		order[i] = pos
	}
	return order
}

// kindSelected reports whether a deed kind passes an indicator's filter.
func kindSelected(kinds []string, kind string) bool {
	if len(kinds) == 0 {
		return true
	}
	for _, k := range kinds {
		if k == kind {
			return true
		}
	}
	return false
}
