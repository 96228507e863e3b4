package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
)

// team is one grassroots team (Tổ bảo vệ an ninh, trật tự): a leaf unit.
type team struct {
	unit
	commune *unit
	// strength in [0, 1] drives how many criteria the team meets.
	strength float64
	// members are the team's 3–5 invented members; members[0] leads.
	members []string
	// styles weighs the name styles of the village's people.
	styles []float64
	urban  bool
}

// minTeams and maxTeams bound the teams of one commune.
const minTeams, maxTeams = 5, 16

// bonShare and buonShare give the usual share of M'Nông bon and Ê Đê buôn
// among a district's villages; communeShare overrides for some communes.
var (
	bonShare     = map[string]float64{"gia-nghia": 0.2, "dak-glong": 0.45, "cu-jut": 0.05, "dak-mil": 0.15, "krong-no": 0.3, "dak-song": 0.2, "dak-rlap": 0.15, "tuy-duc": 0.45}
	buonShare    = map[string]float64{"cu-jut": 0.3, "krong-no": 0.05}
	communeShare = map[string][2]float64{"buon-choah": {0.05, 0.5}, "dak-sor": {0.1, 0.25}, "dak-drong": {0.25, 0.05}, "nam-xuan": {0.05, 0.1}, "ea-po": {0, 0.45}}
)

// makeTeams spreads teamTotal teams over the communes and names them.
func (g *gen) makeTeams() {
	counts := g.allocate()
	for i, c := range g.communes {
		strength := g.between(-1, 1)
		for _, v := range g.villages(c, counts[i]) {
			t := &team{unit: unit{Name: v.name, Kind: v.kind, Parent: c.ID}, commune: c}
			t.ID = c.ID + "-" + v.slug
			t.urban = c.Kind != "Xã"
			t.styles = villageStyles[v.kind]
			u := (g.r.Float64() + g.r.Float64() + g.r.Float64()) / 3
			t.strength = clamp(0.15+0.85*u+0.12*strength+0.06*g.districtEffect(c), 0, 1)
			size := 3 + g.weighted([]float64{20, 35, 45})
			for range size {
				t.members = append(t.members, g.member(t, len(g.teams)))
			}
			g.teams = append(g.teams, t)
		}
	}
}

// member invents a member of team t (the index-th team) whose name differs
// from the members already drawn. A clash is redrawn from a side source
// seeded by index, so fixing it does not shift the main random sequence.
func (g *gen) member(t *team, index int) string {
	style, male := g.weighted(t.styles), g.chance(0.82)
	name := g.personName(style, male)
	alt := &gen{r: rand.New(rand.NewPCG(uint64(index), 0xd0b))}
	for slices.Contains(t.members, name) {
		name = alt.personName(style, male)
	}
	return name
}

// villageStyles weighs Kinh, Tày/Nùng, M'Nông and Ê Đê names per village kind.
var villageStyles = map[string][]float64{
	"Tổ dân phố": {90, 6, 3, 1},
	"Thôn":       {80, 12, 6, 2},
	"Bon":        {25, 5, 70, 0},
	"Buôn":       {20, 5, 5, 70},
}

// districtEffect returns a fixed effect in [-1, 1] per district, so that
// districts differ on average.
func (g *gen) districtEffect(c *unit) float64 {
	for i, d := range g.districts {
		if d == c.district {
			return []float64{0.6, -0.4, 0.1, 0.8, -0.7, 0.3, 0, -0.9}[i]
		}
	}
	return 0
}

// allocate splits teamTotal over the communes, more in towns and wards,
// each between minTeams and maxTeams.
func (g *gen) allocate() []int {
	w := make([]float64, len(g.communes))
	sum := 0.0
	for i, c := range g.communes {
		switch c.Kind {
		case "Phường":
			w[i] = g.between(9, 14)
		case "Thị trấn":
			w[i] = g.between(11, 17)
		default:
			w[i] = g.between(5.5, 15)
		}
		sum += w[i]
	}
	counts, total := make([]int, len(w)), 0
	exact := make([]float64, len(w))
	for i := range w {
		exact[i] = teamTotal * w[i] / sum
		counts[i] = int(clamp(math.Floor(exact[i]), minTeams, maxTeams))
		total += counts[i]
	}
	for total != teamTotal {
		step := 1
		if total > teamTotal {
			step = -1
		}
		best, bestGap := -1, 0.0
		for i := range counts {
			n := counts[i] + step
			gap := (exact[i] - float64(counts[i])) * float64(step)
			if n >= minTeams && n <= maxTeams && (best < 0 || gap > bestGap) {
				best, bestGap = i, gap
			}
		}
		counts[best] += step
		total += step
	}
	return counts
}

// village is one invented thôn, bon, buôn or tổ dân phố.
type village struct{ name, kind, slug string }

// villages invents n village names for commune c, in a natural order.
func (g *gen) villages(c *unit, n int) []village {
	bon, buon := bonShare[c.district.ID], buonShare[c.district.ID]
	if s, ok := communeShare[c.ID]; ok {
		bon, buon = s[0], s[1]
	}
	nBon := int(math.Round(float64(n) * bon * g.between(0.6, 1.4)))
	nBuon := int(math.Round(float64(n) * buon * g.between(0.6, 1.4)))
	nTDP := 0
	switch c.Kind {
	case "Phường":
		nTDP = n - g.r.IntN(3)
		nBon, nBuon = min(nBon, 1), 0
	case "Thị trấn":
		nTDP = n - int(math.Round(float64(n)*g.between(0.1, 0.3)))
	}
	nBon = min(nBon, n-nTDP)
	nBuon = min(nBuon, n-nTDP-nBon)
	nThon := n - nTDP - nBon - nBuon
	var out []village
	for i := 1; i <= nTDP; i++ {
		out = append(out, village{fmt.Sprintf("Tổ dân phố %d", i), "Tổ dân phố", "tdp-" + strconv.Itoa(i)})
	}
	out = append(out, g.thons(nThon)...)
	for _, name := range g.sample(bonNames, nBon) {
		out = append(out, village{"Bon " + name, "Bon", slugify("Bon " + name)})
	}
	for _, name := range g.sample(buonNames, nBuon) {
		out = append(out, village{"Buôn " + name, "Buôn", slugify("Buôn " + name)})
	}
	return out
}

// thons names n thôn: numbered ("Thôn 1"…), named ("Thôn Tân Lập"…) or both.
func (g *gen) thons(n int) []village {
	numbered := n
	switch g.weighted([]float64{45, 35, 20}) {
	case 1:
		numbered = 0
	case 2:
		numbered = n - 1 - g.r.IntN(max(n/2, 1))
	}
	numbered = max(numbered, 0)
	var out []village
	for i := 1; i <= numbered; i++ {
		name := fmt.Sprintf("Thôn %d", i)
		if i == numbered && numbered >= 6 && g.chance(0.15) {
			name = fmt.Sprintf("Thôn %dA", i-1)
		}
		out = append(out, village{name, "Thôn", slugify(name)})
	}
	for _, name := range g.sample(thonNames, n-numbered) {
		out = append(out, village{"Thôn " + name, "Thôn", slugify("Thôn " + name)})
	}
	return out
}

// sample returns k distinct elements of xs in random order.
func (g *gen) sample(xs []string, k int) []string {
	idx := g.r.Perm(len(xs))[:k]
	out := make([]string, k)
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}
