package main

import (
	"fmt"
	"strings"

	"phongtrao/generator/vn"
)

// unit is one row of data/units.csv, with what the other files need.
type unit struct {
	ID, Name, Kind string
	Parent         *unit
	// Leaf marks a team; Quality (0–1) is how well it does, Members how
	// many people it has.
	Leaf    bool
	Quality float64
	Members int
}

// tree is the generated unit tree: All in file order (parents first), Teams
// the leaves in the same order.
type tree struct {
	All   []*unit
	Teams []*unit
}

func (t *tree) add(u *unit) *unit {
	t.All = append(t.All, u)
	if u.Leaf {
		t.Teams = append(t.Teams, u)
	}
	return u
}

// makeTree builds the unit tree of a scale: province → districts → communes
// → teams, or country → provinces → communes → teams.
func makeTree(sc Scale, g *gen) *tree {
	t := &tree{}
	var uppers []*unit
	if sc.Provinces == 0 {
		root := t.add(&unit{ID: "dak-nong", Name: "Tỉnh Đắk Nông", Kind: "Tỉnh"})
		for _, d := range sc.Districts {
			kind := "Huyện"
			if strings.HasPrefix(d, "Thành phố") {
				kind = "Thành phố"
			}
			uppers = append(uppers, &unit{ID: vn.Slug(strings.TrimPrefix(d, kind+" ")), Name: d, Kind: kind, Parent: root})
		}
	} else {
		root := t.add(&unit{ID: "viet-nam", Name: "Việt Nam", Kind: "Cả nước"})
		for _, p := range provinces[:sc.Provinces] {
			uppers = append(uppers, &unit{ID: vn.Slug(p.name), Name: p.kind + " " + p.name, Kind: p.kind, Parent: root})
		}
	}
	communes := g.split(sc.Communes, len(uppers))
	teams := g.split(sc.Teams, sc.Communes)
	scope := map[string]bool{} // commune slugs already used in the scope
	next := 0
	for i, up := range uppers {
		t.add(up)
		if sc.Provinces > 0 {
			clear(scope) // national: commune names are unique within a province
		}
		for range communes[i] {
			c := t.add(g.commune(up, scope, sc.Provinces > 0))
			for _, team := range g.teams(c, teams[next]) {
				t.add(team)
			}
			next++
		}
	}
	return t
}

// commune invents a commune under up whose slug is new in scope.
func (g *gen) commune(up *unit, scope map[string]bool, prefixed bool) *unit {
	kind := "Xã"
	urban := up.Kind == "Thành phố"
	switch r := g.r.Float64(); {
	case urban && r < 0.7, !urban && r < 0.12:
		kind = "Phường"
	case !prefixed && r > 0.9:
		kind = "Thị trấn" // before the 2025 reform only
	}
	// Names that differ only in diacritics ("Thanh Long", "Thạnh Long")
	// share a slug, so uniqueness is checked on the slug.
	name := g.placeName()
	for scope[vn.Slug(name)] {
		name = g.placeName()
	}
	id := vn.Slug(name)
	scope[id] = true
	if prefixed {
		id = up.ID + "-" + id
	}
	return &unit{ID: id, Name: kind + " " + name, Kind: kind, Parent: up}
}

// teams invents n teams of a commune: numbered residential groups in towns,
// villages (numbered or named), bon and buôn in rural communes.
func (g *gen) teams(c *unit, n int) []*unit {
	out := make([]*unit, 0, n)
	used := map[string]bool{}
	numbered := 0
	for len(out) < n {
		var kind, name string
		switch r := g.r.Float64(); {
		case c.Kind != "Xã":
			numbered++
			kind, name = "Tổ dân phố", fmt.Sprintf("Tổ dân phố %d", numbered)
		case r < 0.45:
			numbered++
			kind, name = "Thôn", fmt.Sprintf("Thôn %d", numbered)
		case r < 0.8:
			kind, name = "Thôn", "Thôn "+g.placeName()
		case r < 0.9:
			kind, name = "Bon", "Bon "+g.pick(bonNames)
		default:
			kind, name = "Buôn", "Buôn "+g.pick(buonNames)
		}
		slug := strings.Replace(vn.Slug(name), "to-dan-pho-", "tdp-", 1)
		if used[slug] {
			continue
		}
		used[slug] = true
		out = append(out, &unit{ID: c.ID + "-" + slug, Name: name, Kind: kind, Parent: c, Leaf: true,
			Quality: 0.5 + 0.5*g.r.Float64(), Members: 3 + g.intn(6)})
	}
	return out
}

// lower gives a unit's name as it reads inside a sentence: "Thôn Tân Lập"
// becomes "thôn Tân Lập", "Tổ dân phố 3" becomes "tổ dân phố 3".
func lower(name string) string {
	kinds := []string{"Thành phố", "Tổ dân phố", "Thị trấn", "Tỉnh", "Huyện", "Xã", "Phường", "Thôn", "Bon", "Buôn"}
	for _, k := range kinds {
		if strings.HasPrefix(name, k+" ") {
			return strings.ToLower(k) + name[len(k):]
		}
	}
	return name
}
