package site

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
)

// level is one group of units ranked together: all aggregates or all
// leaves at one depth (BRIEF.md §4 rule 6).
type level struct {
	Depth int
	Leaf  bool
	// Label names the level from the kinds found in the data, most common
	// first: "Huyện/Thành phố", "Xã/Phường/Thị trấn"; leaves are "Tổ".
	Label string
	// Kinds lists the kinds in the level, most common first ("Thôn, Bon, Buôn").
	Kinds string
	Slug  string
	Count int
	index int // place in its period's levels (model.levelsIn)
}

// leafLabel names the assessed units: the grassroots teams.
const leafLabel = "Tổ"

// levels returns the ranked levels below the root of units.csv's tree,
// shallow first, aggregates before leaves at the same depth.
func levels(units *data.Units) []*level {
	return levelsOf(func(add func(depth int, leaf bool, kind string)) {
		for _, u := range units.All {
			if u.Parent != nil {
				add(u.Depth, u.IsLeaf(), u.Kind)
			}
		}
	})
}

// periodLevels returns the levels of p's tree (BRIEF.md §4 rule 8: units
// merged during the campaign change the tree), as levels does; those of
// units.csv's tree for a period not started.
func periodLevels(p *results.Period, units *data.Units) []*level {
	if !p.Started() {
		return levels(units)
	}
	return levelsOf(func(add func(depth int, leaf bool, kind string)) {
		for _, r := range p.Units {
			if r.Parent != nil && !r.Absent {
				add(r.Depth, r.Leaf, r.Unit.Kind)
			}
		}
	})
}

// levelsOf groups the units each gives by depth and leaf, names each
// group from its kinds and sorts the groups as levels does.
func levelsOf(each func(add func(depth int, leaf bool, kind string))) []*level {
	type key struct {
		depth int
		leaf  bool
	}
	counts := map[key]map[string]int{}
	each(func(depth int, leaf bool, kind string) {
		k := key{depth, leaf}
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][kind]++
	})
	var out []*level
	for k, kinds := range counts {
		names := make([]string, 0, len(kinds))
		n := 0
		for name, c := range kinds {
			names = append(names, name)
			n += c
		}
		sort.Slice(names, func(i, j int) bool {
			if kinds[names[i]] != kinds[names[j]] {
				return kinds[names[i]] > kinds[names[j]]
			}
			return vn.Less(names[i], names[j])
		})
		lv := &level{Depth: k.depth, Leaf: k.leaf, Count: n, Kinds: strings.Join(names, ", ")}
		if k.leaf {
			lv.Label = leafLabel
		} else {
			lv.Label = strings.Join(names, "/")
		}
		out = append(out, lv)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Depth != out[j].Depth {
			return out[i].Depth < out[j].Depth
		}
		return !out[i].Leaf && out[j].Leaf
	})
	nameSlugs(out)
	return out
}

// nameSlugs gives each level a URL segment from its label, made unique by
// the depth when two levels would share one (leaves at two depths).
func nameSlugs(lvs []*level) {
	seen := map[string]int{}
	for _, lv := range lvs {
		seen[vn.Slug(lv.Label)]++
	}
	for _, lv := range lvs {
		s := vn.Slug(lv.Label)
		if s == "" || seen[s] > 1 {
			s = strings.Trim(s+"-cap-"+strconv.Itoa(lv.Depth), "-")
		}
		lv.Slug = s
	}
}

// fullName is how a unit is called in running text: its name when the name
// already starts with its kind ("Xã Quảng Hòa"), else kind and name.
func fullName(u *data.Unit) string {
	if u.Kind == "" || hasPrefixFold(u.Name, u.Kind) {
		return u.Name
	}
	return u.Kind + " " + u.Name
}

// hasPrefixFold reports whether s starts with prefix, ignoring case,
// without allocating (it runs for every unit shown on every page).
func hasPrefixFold(s, prefix string) bool {
	if strings.HasPrefix(s, prefix) {
		return true
	}
	return strings.HasPrefix(strings.ToLower(s), strings.ToLower(prefix))
}

// context names where a unit is, nearest ancestor first, without the root:
// "Xã Quảng Hòa, Huyện Đắk Glong".
func context(u *data.Unit) string {
	var parts []string
	for p := u.Parent; p != nil && p.Parent != nil; p = p.Parent {
		parts = append(parts, fullName(p))
	}
	return strings.Join(parts, ", ")
}

// KindWords name the site's own kinds of units in running text, so that
// no page hard-codes "xã" or "huyện" (a province → xã → thôn site reads
// right): each level's most common kind, over every period's tree,
// deepest first, in lower case, each once.
type KindWords struct {
	// All names every level ("thôn, xã, huyện"); Aggregates the levels
	// above the teams ("xã, huyện"); Teams the teams' kinds, most common
	// first ("thôn, bon, tổ dân phố, buôn"), Team the most common ("thôn").
	All, Aggregates, Teams, Team string
	// Communes names the kinds of the units right above the teams in the
	// current period ("xã, phường"): they have monthly bulletins.
	Communes string
	// Root is the root's kind ("tỉnh", as in "toàn tỉnh").
	Root string
}

// kindWords works out the site's KindWords.
func (m *model) kindWords() KindWords {
	var all, aggs []string
	add := func(list []string, lv *level) []string {
		w := strings.ToLower(strings.SplitN(lv.Kinds, ", ", 2)[0])
		if w == "" || slices.Contains(list, w) {
			return list
		}
		return append(list, w)
	}
	var communes []string
	teams := ""
	for _, p := range m.res.Periods {
		lvs := m.levelsIn(p)
		for i := len(lvs) - 1; i >= 0; i-- {
			all = add(all, lvs[i])
			if !lvs[i].Leaf {
				aggs = add(aggs, lvs[i])
			} else if teams == "" {
				teams = strings.ToLower(lvs[i].Kinds)
			}
		}
		if p != m.current && communes != nil {
			continue
		}
		communes = communes[:0]
		for _, lv := range lvs {
			if !lv.Leaf && m.levels[p].of[levelKey(lv.Depth+1, true)] != nil {
				for _, k := range strings.Split(lv.Kinds, ", ") {
					if k = strings.ToLower(k); !slices.Contains(communes, k) {
						communes = append(communes, k)
					}
				}
			}
		}
	}
	team, _, _ := strings.Cut(teams, ", ")
	root := ""
	if r := m.set.Units.Root; r != nil {
		root = strings.ToLower(r.Kind)
	}
	return KindWords{All: strings.Join(all, ", "), Aggregates: strings.Join(aggs, ", "), Teams: teams, Team: team,
		Communes: strings.Join(communes, ", "), Root: root}
}
