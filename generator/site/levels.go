package site

import (
	"sort"
	"strconv"
	"strings"

	"phongtrao/generator/data"
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
	index int // place in model.levels
}

// leafLabel names the assessed units: the grassroots teams.
const leafLabel = "Tổ"

// levels returns the ranked levels below the root, shallow first,
// aggregates before leaves at the same depth.
func levels(units *data.Units) []*level {
	type key struct {
		depth int
		leaf  bool
	}
	counts := map[key]map[string]int{}
	for _, u := range units.All {
		if u.Parent == nil {
			continue
		}
		k := key{u.Depth, u.IsLeaf()}
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][u.Kind]++
	}
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
