package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// deed is one row of data/deeds.csv.
type deed struct {
	ID           string
	Date         time.Time
	Team         *team
	Kind         string
	Title        string
	People       []string
	Criterion    string
	RecognizedBy string
	order        int // team index, for a stable sort
	// award, when set, is the deed's award, decision and recipient
	// (reviewDeeds); commendation works them out for the others.
	award []string
}

// districtPoliceEnd is when district-level police were dissolved (1/3/2025);
// from then on the province police recognise models.
var districtPoliceEnd = time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)

// districtEnd is when the district level itself was abolished (1/7/2025).
var districtEnd = time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC)

// makeDeeds invents each team's good deeds, commendations and models, then
// sorts them by date and numbers them vt-00001….
func (g *gen) makeDeeds() {
	for ti, t := range g.teams {
		// Strong teams have a deed nearly every month, weak ones in few.
		p := 0.02 + 0.97/(1+math.Exp(-(t.strength-0.61)*16))
		for _, m := range campaignMonths {
			n := 0
			if g.chance(p) {
				n = 1 + g.binomial(1, 0.08*t.strength)
			}
			for range n {
				g.deeds = append(g.deeds, g.monthlyDeed(t, m, ti))
			}
		}
		g.deeds = append(g.deeds, g.models(t, ti)...)
	}
	sort.SliceStable(g.deeds, func(i, j int) bool {
		a, b := g.deeds[i], g.deeds[j]
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.order < b.order
	})
	for i := range g.deeds {
		g.deeds[i].ID = fmt.Sprintf("vt-%05d", i+1)
	}
}

// monthlyDeed draws one good deed or commendation of team t in month m.
func (g *gen) monthlyDeed(t *team, m month, order int) deed {
	d := deed{Team: t, Date: g.dayIn(m), order: order}
	award := 0.08
	if m.String() == "2025-01" || m.String() == "2025-02" || m.String() == "2025-08" {
		award = 0.2
	}
	var pool []template
	switch g.weighted([]float64{1 - award - 0.13, 0.13, award}) {
	case 0:
		d.Kind, pool = "viec-tot", goodDeeds
		d.People = g.people(t, []float64{18, 55, 22, 5})
	case 1:
		d.Kind, pool = "bieu-duong", praises
		d.People = g.people(t, []float64{0, 80, 20})
		d.RecognizedBy = g.praiser(t, d.Date)
	default:
		d.Kind, pool = "khen-thuong", awards
		d.People = g.people(t, []float64{0, 75, 25})
		d.RecognizedBy = g.awarder(t, d.Date)
	}
	var fit []template
	for _, tp := range pool {
		if tp.fits(m) {
			fit = append(fit, tp)
		}
	}
	tp := fit[g.r.IntN(len(fit))]
	d.Title = g.expand(tp.Title)
	if d.Kind != "viec-tot" || g.chance(0.9) {
		d.Criterion = tp.Crit
	}
	return d
}

// models gives team t 0–2 recognised models: strong teams one per phase.
func (g *gen) models(t *team, order int) []deed {
	n := 1
	switch {
	case t.strength > 0.68:
		n = 2
	case t.strength < 0.42 && g.chance(0.6):
		n = 0
	}
	var out []deed
	names := g.sample(models, n)
	for i, name := range names {
		lo, hi := campaignMonths[:7], campaignMonths[6:]
		span := campaignMonths
		if n == 2 && i == 0 {
			span = lo
		} else if n == 2 {
			span = hi
		}
		m := span[g.r.IntN(len(span))]
		d := deed{Team: t, Kind: "mo-hinh", Criterion: "4.2", order: order, Date: g.dayIn(m)}
		name = strings.ReplaceAll(name, "{village}", villageWord(t, strings.HasPrefix(name, "{village}")))
		d.Title = fmt.Sprintf(g.pick(modelTitles), name)
		d.RecognizedBy = "Công an " + provinceOn(d.Date)
		if d.Date.Before(districtPoliceEnd) {
			d.RecognizedBy = "Công an " + phrase(t.commune.district)
		}
		if g.chance(0.4) {
			d.People = []string{t.members[0]}
		}
		out = append(out, d)
	}
	return out
}

// villageWord names the kind of t's village inside a model's name.
func villageWord(t *team, capital bool) string {
	if capital {
		return t.Kind
	}
	return strings.ToLower(t.Kind)
}

// dayIn returns a random campaign day of m.
func (g *gen) dayIn(m month) time.Time {
	first, last := m.days()
	return time.Date(m.Year, m.Month, first+g.r.IntN(last-first+1), 0, 0, 0, 0, time.UTC)
}

// people names k of t's members, k drawn with weights w (index = k).
func (g *gen) people(t *team, w []float64) []string {
	k := min(g.weighted(w), len(t.members))
	return g.sample(t.members, k)
}

// phrase writes a unit as it follows an organ's name: "xã Quảng Sơn".
func phrase(u *unit) string { return strings.ToLower(u.Kind) + " " + u.Short }

// praiser names who praises (biểu dương) a member of t on date d: bodies
// of the team's commune, the new commune's from 1/7/2025.
func (g *gen) praiser(t *team, d time.Time) string {
	c := communeOn(t, d)
	switch g.weighted([]float64{60, 25, 15}) {
	case 0:
		return "Công an " + phrase(c)
	case 1:
		return "UBND " + phrase(c)
	}
	return "Ủy ban MTTQ Việt Nam " + phrase(c)
}

// awarder names who awards (khen thưởng) a member of t on date d: a
// district's chairman or police until they ended (1/7 and 1/3/2025), then
// the province police (Lâm Đồng's from 1/7/2025), or the chairman of the
// team's commune (the new commune from 1/7/2025).
func (g *gen) awarder(t *team, d time.Time) string {
	switch g.weighted([]float64{45, 30, 25}) {
	case 1:
		if d.Before(districtEnd) {
			return "Chủ tịch UBND " + phrase(t.commune.district)
		}
	case 2:
		if d.Before(districtPoliceEnd) {
			return "Công an " + phrase(t.commune.district)
		}
		return "Công an " + provinceOn(d)
	}
	return "Chủ tịch UBND " + phrase(communeOn(t, d))
}
