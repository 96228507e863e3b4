package site

import (
	"cmp"
	"math/big"
	"math/bits"
	"slices"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// MonthBulletin is what a monthly bulletin shows: the province's (Groups)
// or a commune's (TeamRows, Figures).
type MonthBulletin struct {
	// Deeds counts the month's deeds under the unit, ByKind by kind.
	Deeds  int
	ByKind []KindCount
	// TopDeeds are the month's commendations first, then models and good deeds.
	TopDeeds []DeedView
	// Stories are the stories of the month, of StoriesTotal.
	Stories      []StoryCard
	StoriesTotal int
	// Active counts the teams with a deed in the month.
	Active int
	// Groups are the province's units under it: teams with a deed in the month.
	Groups []MonthGroup
	// TeamRows are a commune's teams in name order.
	TeamRows []MonthTeam
	// Reported counts the commune's teams whose figures for the month are in.
	Reported int
	// Figures summarise the commune's report figures for the month, one
	// per report-based indicator: counts only, never a team's row.
	Figures []MonthFigure
}

// KindCount is the number of deeds of one kind.
type KindCount struct {
	Label string
	Count int
}

// MonthGroup is one unit under the province in a monthly bulletin.
type MonthGroup struct {
	Name, URL string
	// Active of Teams had a deed in the month (Share), Deeds in all.
	Teams, Active, Deeds int
	Share                string
}

// MonthTeam is one team of a commune in a monthly bulletin.
type MonthTeam struct {
	Name, URL string
	Deeds     int
	// Reported says the team's figures for the month are in.
	Reported bool
}

// MonthFigure is one indicator summed over a commune's teams for a month.
type MonthFigure struct {
	Label string
	// Value is the commune's total: "10/12 (83,3%)" for a ratio, a number
	// for a total, "–" for a latest value (a level, not a count).
	Value string
	// Met of Reported teams reach the target on the month's figures alone.
	Met, Reported int
}

// monthWindow is the part of month mo inside the campaign.
func (b *bulletins) monthWindow(mo calendar.Month) (start, end calendar.Date) {
	c := b.m.site.Campaign
	start, end = mo.First(), mo.Last()
	if start.Before(c.Start) {
		start = c.Start
	}
	if end.After(c.End) {
		end = c.End
	}
	return start, end
}

func (b *bulletins) monthPage(mo calendar.Month, u *data.Unit) *Page {
	m := b.m
	rel := urls.MonthBulletin(mo, u)
	v := b.view("month", rel, u)
	v.Label = monthLabel(mo)
	v.Start, v.End = b.monthWindow(mo)
	v.Until, v.Status = v.End, "done"
	if m.res.AsOf.Before(v.End) {
		v.Until, v.Status = m.res.AsOf, "running"
	}
	deeds := b.deedsUnder(u, v.Start, v.Until)
	mb := &MonthBulletin{Deeds: len(deeds), TopDeeds: b.topDeeds(deeds, bulletinDeeds, u, b.parentOn(mo))}
	for _, k := range data.DeedKinds {
		n := 0
		for _, d := range deeds {
			if d.Kind == k {
				n++
			}
		}
		mb.ByKind = append(mb.ByKind, KindCount{Label: deedKindLabel(k), Count: n})
	}
	active := map[string]int{}
	for _, d := range deeds {
		active[d.Unit]++
	}
	mb.Active = len(active)
	stories := b.storiesIn(u, v.Start, v.Until)
	mb.StoriesTotal = len(stories)
	for i := 0; i < len(stories) && i < bulletinStories; i++ {
		mb.Stories = append(mb.Stories, m.storyCard(stories[i]))
	}
	if u.Parent == nil {
		mb.Groups = b.groups(mo, active)
	} else {
		b.teams(u, mo, active, mb)
	}
	v.Month = mb
	v.Doc = m.document(docBulletin, u, docSlot{month: mo}, m.phaseOn(v.Until), v.Until, "Kết quả phong trào thi đua "+monthName(mo))
	v.Others = append(b.monthOthers(mo, u), b.releaseLinks(mo, u)...) // release.go
	title := "Bản tin " + monthName(mo) + " – " + m.unitName(u)
	return b.page(v, rel, title, ancestors(u, b.parentOn(mo)), func(a *data.Unit) (string, bool) { return urls.MonthBulletin(mo, a), a.Parent == nil })
}

// groups counts, for each unit under the province, its teams with a deed
// (active: deeds by team id).
func (b *bulletins) groups(mo calendar.Month, active map[string]int) []MonthGroup {
	m := b.m
	var out []MonthGroup
	for _, c := range b.kidsOn(mo, m.set.Units.Root) {
		g := MonthGroup{Name: m.unitName(c), URL: m.unitURL(c)}
		var count func(u *data.Unit)
		count = func(u *data.Unit) {
			if !u.IsLeaf() {
				for _, k := range b.kidsOn(mo, u) {
					count(k)
				}
				return
			}
			g.Teams++
			if n := active[u.ID]; n > 0 {
				g.Active++
				g.Deeds += n
			}
		}
		count(c)
		g.Share = vn.PercentRat(big.NewRat(int64(g.Active), int64(max(1, g.Teams))))
		out = append(out, g)
	}
	return out
}

// teams fills a commune's team rows and the month's figures.
func (b *bulletins) teams(u *data.Unit, mo calendar.Month, active map[string]int, mb *MonthBulletin) {
	m := b.m
	var teams []*data.Unit
	for _, c := range b.kidsOn(mo, u) {
		if c.IsLeaf() {
			teams = append(teams, c)
		}
	}
	// Each team's report row for mo (nil when none) and its results over
	// the whole campaign (for its targets), looked up once for every figure.
	reports := make([]*data.Report, len(teams))
	all := make([]*results.UnitResult, len(teams))
	for i, t := range teams {
		r, ok := b.reports[reportKey{t.ID, mo}]
		reports[i] = r
		if b.all != nil && b.all.Started() {
			all[i] = b.all.Of(t)
		}
		mb.TeamRows = append(mb.TeamRows, MonthTeam{Name: m.unitName(t), URL: m.unitURL(t), Deeds: active[t.ID], Reported: ok})
		if ok {
			mb.Reported++
		}
	}
	for k, ref := range m.res.Indicators {
		in := ref.Indicator
		if in.Source == "deeds" || in.Kind == data.KindMonthly {
			continue
		}
		mb.Figures = append(mb.Figures, b.figure(k, in, reports, all))
	}
}

// figure sums indicator k over the teams' report rows for a month
// (reports, nil for a team without one) and counts the teams whose month
// figures reach their target (from all, the teams' results over the
// whole campaign, nil when it has none).
func (b *bulletins) figure(k int, in *data.Indicator, reports []*data.Report, all []*results.UnitResult) MonthFigure {
	f := MonthFigure{Label: in.Label, Value: "–"}
	var num, den, sum decimal.D
	for i, r := range reports {
		if r == nil {
			continue
		}
		f.Reported++
		target := in.Target
		if all[i] != nil {
			target = all[i].Indicators[k].Target
		}
		switch in.Kind {
		case data.KindRatio:
			n, _ := r.Value(in.Numerator)
			d, _ := r.Value(in.Denominator)
			num, den = num+n, den+d
			if d == 0 || holds(in.Op, cmpQuo(n, d, target)) {
				f.Met++
			}
		default:
			v, _ := r.Value(in.Field)
			sum += v
			if holds(in.Op, cmp.Compare(v, target)) {
				f.Met++
			}
		}
	}
	switch {
	case f.Reported == 0:
	case in.Kind == data.KindRatio && den == 0:
		f.Value = "không phát sinh"
	case in.Kind == data.KindRatio && (in.Withholds(num) || in.Withholds(den)):
		// A sensitive indicator: "< 3" for 1 or 2, and no percentage,
		// which with the other figure would give it away.
		f.Value = b.m.countText(in, num) + "/" + b.m.countText(in, den)
	case in.Kind == data.KindRatio:
		f.Value = vn.FormatD(num, 2) + "/" + vn.FormatD(den, 2) + " (" + vn.PercentRat(new(big.Rat).Quo(num.Rat(), den.Rat())) + ")"
	case in.Kind == data.KindTotal:
		f.Value = b.m.countText(in, sum)
	}
	return f
}

// cmpQuo compares n/d (d ≠ 0) with the decimal t exactly: -1, 0 or +1.
// n/d − t is (n·Scale − t·d) / (d·Scale), whose sign is that of
// n·Scale − t·d times that of d.
func cmpQuo(n, d, t decimal.D) int {
	c := cmpProd(int64(n), decimal.Scale, int64(t), int64(d))
	if d < 0 {
		return -c
	}
	return c
}

// cmpProd compares a·b with c·d without overflow.
func cmpProd(a, b, c, d int64) int {
	if a >= 0 && b >= 0 && c >= 0 && d >= 0 {
		h1, l1 := bits.Mul64(uint64(a), uint64(b))
		h2, l2 := bits.Mul64(uint64(c), uint64(d))
		return cmp.Or(cmp.Compare(h1, h2), cmp.Compare(l1, l2))
	}
	x := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
	return x.Cmp(new(big.Int).Mul(big.NewInt(c), big.NewInt(d)))
}

// holds tells whether a value compared with a target (c: -1, 0 or +1)
// meets an indicator's operator.
func holds(op string, c int) bool {
	switch op {
	case ">=":
		return c >= 0
	case ">":
		return c > 0
	case "<=":
		return c <= 0
	case "<":
		return c < 0
	}
	return c == 0
}

// monthOthers links the unit's other monthly bulletins, its phase
// bulletins, and, for the province, every commune's bulletin of the month
// grouped by the unit under the province; or, when the index of bulletins
// is split (a country's 3,300 communes), the page of each such unit's
// bulletins, which links its communes'.
func (b *bulletins) monthOthers(mo calendar.Month, u *data.Unit) []BulletinLinks {
	m := b.m
	out := []BulletinLinks{b.monthLinks(u, mo)}
	phases := BulletinLinks{Title: "Bản tin đợt"}
	for _, p := range m.res.Periods {
		if hasPhaseIn(p, u) {
			phases.Links = append(phases.Links, Link{URL: m.u.Path(urls.Bulletin(p.ID, u)), Text: p.Name})
		}
	}
	if len(phases.Links) > 0 {
		out = append(out, phases)
	}
	if u.Parent != nil || !b.hasCommuneMonth(mo) {
		return out
	}
	if b.splitIndex() {
		g := BulletinLinks{Title: "Bản tin " + monthName(mo) + " của từng " + m.info.Kinds.Communes}
		for _, c := range b.kids[u] { // the index's groups: the navigation tree's
			if hasPhaseBulletin(c) {
				g.Links = append(g.Links, Link{URL: m.u.Path(urls.BulletinGroup(c)), Text: m.unitName(c)})
			}
		}
		return append(out, g)
	}
	up := b.parentOn(mo)
	for _, c := range b.kidsOn(mo, u) {
		g := BulletinLinks{Title: "Bản tin " + monthName(mo) + ": " + m.unitName(c)}
		for _, x := range b.communeList {
			if x == c || slices.Contains(ancestors(x, up), c) {
				g.Links = append(g.Links, Link{URL: m.u.Path(urls.MonthBulletin(mo, x)), Text: m.unitName(x)})
			}
		}
		if len(g.Links) > 0 {
			out = append(out, g)
		}
	}
	return out
}

func (b *bulletins) hasCommuneMonth(mo calendar.Month) bool {
	for _, x := range b.communeMonths {
		if x == mo {
			return true
		}
	}
	return false
}
