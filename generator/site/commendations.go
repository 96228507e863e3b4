package site

import (
	"cmp"
	"slices"
	"strings"

	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// The commendations (khen thưởng) are the outcome of an emulation
// movement: a page per period lists them by form of award, highest first,
// each split into collectives and individuals, with their decisions; the
// honour boards (honour.go) show them per commune.

// CommendationsView is one period's commendations (.Commendations), or
// with Period nil the index of the periods.
type CommendationsView struct {
	Period *PeriodInfo
	// Periods links every started period's page, with its count.
	Periods []CommendationCount
	// Total commendations ("lượt khen thưởng"): Collective of them to a
	// collective, Individual to a person.
	Total, Collective, Individual int
	// Forms counts them by form of award, highest first.
	Forms []AwardGroup
	// Sections list this page's commendations (commendationsPerPage of
	// them, in the order of Forms, collectives first), Pager the pages.
	Sections []AwardSection
	Pager    Pager
	// Boards is the path of the honour boards' index.
	Boards string
}

// CommendationCount is a period's commendations page and its counts.
type CommendationCount struct {
	Link
	Total, Collective, Individual int
}

// AwardGroup counts one form of award ("Bằng khen") in a period.
type AwardGroup struct {
	Form                             string
	CollectiveCount, IndividualCount int
}

// AwardSection is a page's commendations of one form to collectives or
// to individuals; Count is how many in the period, Continued marks a
// section that began on an earlier page.
type AwardSection struct {
	Form       string
	Collective bool
	Count      int
	Continued  bool
	Items      []DeedView
}

// commendationsPerPage is how many commendations a period's page lists.
const commendationsPerPage = 100

// awardRanks order the forms of award, highest first (Luật Thi đua, khen
// thưởng: huân chương, cờ thi đua, bằng khen, giấy khen); a form that
// starts with none of them comes after, in name order.
var awardRanks = []string{"huân chương", "cờ thi đua", "bằng khen", "giấy khen"}

// noForm names the group of commendations whose form is not given.
const noForm = "Chưa ghi hình thức"

// awardRank is form's place in awardRanks, len(awardRanks) when none.
func awardRank(form string) int {
	f := strings.ToLower(form)
	for i, r := range awardRanks {
		if strings.HasPrefix(f, r) {
			return i
		}
	}
	return len(awardRanks)
}

// isCommendation reports whether d is a commendation: of kind khen-thuong,
// or with a form of award.
func isCommendation(d *shownDeed) bool {
	return d.Kind == "khen-thuong" || d.Commendation != nil && d.Commendation.Award != ""
}

// collective reports whether commendation d went to a collective: as
// its recipient says, else when it names no one.
func collective(d *shownDeed) bool {
	if c := d.Commendation; c != nil && c.Recipient != "" {
		return c.Recipient == "tap-the"
	}
	return len(d.People) == 0
}

// inPeriod reports whether d is dated in p's window.
func inPeriod(d *shownDeed, p *results.Period) bool {
	return !d.Date.Before(p.Start) && !d.Date.After(p.WindowEnd)
}

// commendationsIn returns the commendations among deeds (newest first)
// dated in p, in the order the pages list them (by form of award, highest
// first, collectives then individuals, newest first), and their counts by
// form in that order.
func commendationsIn(deeds []*shownDeed, p *results.Period) (list []*shownDeed, groups []AwardGroup) {
	at := map[string]int{}
	for _, d := range deeds {
		if !isCommendation(d) || !inPeriod(d, p) {
			continue
		}
		form := commendationForm(d)
		i, ok := at[form]
		if !ok {
			i = len(groups)
			at[form] = i
			groups = append(groups, AwardGroup{Form: form})
		}
		if collective(d) {
			groups[i].CollectiveCount++
		} else {
			groups[i].IndividualCount++
		}
		list = append(list, d)
	}
	slices.SortFunc(groups, func(a, b AwardGroup) int {
		return cmp.Or(cmp.Compare(boolInt(a.Form == noForm), boolInt(b.Form == noForm)),
			cmp.Compare(awardRank(a.Form), awardRank(b.Form)), vn.Compare(a.Form, b.Form))
	})
	for i := range groups {
		at[groups[i].Form] = i
	}
	slices.SortStableFunc(list, func(a, b *shownDeed) int {
		return cmp.Or(cmp.Compare(at[commendationForm(a)], at[commendationForm(b)]),
			cmp.Compare(boolInt(!collective(a)), boolInt(!collective(b))))
	})
	return list, groups
}

// commendationForm is d's form of award, noForm when not given.
func commendationForm(d *shownDeed) string {
	if d.Commendation != nil && d.Commendation.Award != "" {
		return d.Commendation.Award
	}
	return noForm
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// commendationCounts counts each started period's commendations, for the
// index and the period pages' tabs.
func (m *model) commendationCounts(current *results.Period) []CommendationCount {
	var out []CommendationCount
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		pc := m.commendationsOf(p)
		c := CommendationCount{Link: Link{URL: m.u.Path(urls.Commendations(p.ID)), Text: p.Name, Current: p == current},
			Total: len(pc.list), Collective: pc.collective}
		c.Individual = c.Total - c.Collective
		out = append(out, c)
	}
	return out
}

// periodCommendations are one period's commendations in the order its
// pages list them, their counts by form, and how many went to collectives.
type periodCommendations struct {
	list       []*shownDeed
	groups     []AwardGroup
	collective int
}

// commendationsOf returns started period p's commendations, worked out
// for every period once per build, on first use: each of a period's
// pages, and the tabs on every page, read them.
func (m *model) commendationsOf(p *results.Period) *periodCommendations {
	m.commOnce.Do(func() {
		var all []*shownDeed
		for _, d := range m.deeds {
			if isCommendation(d) {
				all = append(all, d)
			}
		}
		m.commByPeriod = map[*results.Period]*periodCommendations{}
		for _, q := range m.res.Periods {
			if q.Started() {
				pc := &periodCommendations{}
				pc.list, pc.groups = commendationsIn(all, q)
				for _, g := range pc.groups {
					pc.collective += g.CollectiveCount
				}
				m.commByPeriod[q] = pc
			}
		}
	})
	return m.commByPeriod[p]
}

func (m *model) commendationsIndex() *Page {
	v := &CommendationsView{Periods: m.commendationCounts(nil), Boards: m.u.Path(urls.HonourBoards)}
	pg := m.page("commendations", urls.CommendationsIndex, "Khen thưởng", "viec-tot")
	pg.Description = "Khen thưởng trong phong trào theo từng đợt, theo hình thức khen thưởng, tập thể và cá nhân."
	pg.Commendations = v
	return pg
}

func (m *model) commendationsPage(p *results.Period, n int) *Page {
	pi := periodInfo(p)
	v := &CommendationsView{Period: &pi, Periods: m.commendationCounts(p), Boards: m.u.Path(urls.HonourBoards)}
	pc := m.commendationsOf(p)
	list := pc.list
	v.Forms, v.Total, v.Collective = pc.groups, len(list), pc.collective
	count := map[string][2]int{}
	for _, g := range pc.groups {
		count[g.Form] = [2]int{g.IndividualCount, g.CollectiveCount}
	}
	v.Individual = v.Total - v.Collective
	rel := urls.Commendations(p.ID)
	v.Pager = m.pager(rel, n, pageCount(len(list), commendationsPerPage))
	lo, hi := min((n-1)*commendationsPerPage, len(list)), min(n*commendationsPerPage, len(list))
	for i := lo; i < hi; i++ {
		d := list[i]
		form, coll := commendationForm(d), collective(d)
		if k := len(v.Sections); k == 0 || v.Sections[k-1].Form != form || v.Sections[k-1].Collective != coll {
			v.Sections = append(v.Sections, AwardSection{Form: form, Collective: coll, Count: count[form][boolInt(coll)],
				Continued: i > 0 && commendationForm(list[i-1]) == form && collective(list[i-1]) == coll})
		}
		sec := &v.Sections[len(v.Sections)-1]
		sec.Items = append(sec.Items, m.deedView(d))
	}
	title := "Khen thưởng – " + p.Name
	pg := m.page("commendations", urls.Paged(rel, n), title, "viec-tot")
	pg.Crumbs = []Link{{URL: m.u.Path(urls.CommendationsIndex), Text: "Khen thưởng"}}
	if n > 1 {
		pg.Title += " – trang " + itoa(n)
		pg.Crumbs = append(pg.Crumbs, Link{URL: m.u.Path(rel), Text: title})
	}
	pg.Description = vn.FormatInt(int64(v.Total)) + " lượt khen thưởng trong " + p.Name + ", theo hình thức khen thưởng, tập thể và cá nhân."
	pg.Commendations = v
	return pg
}

// commendationJobs lists the index and a page per started period.
func (m *model) commendationJobs() []job {
	js := []job{{rel: urls.CommendationsIndex, layout: "commendations.html", make: m.commendationsIndex}}
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		for n := 1; n <= pageCount(len(m.commendationsOf(p).list), commendationsPerPage); n++ {
			js = append(js, job{rel: urls.Paged(urls.Commendations(p.ID), n), layout: "commendations.html",
				make: func() *Page { return m.commendationsPage(p, n) }})
		}
	}
	return js
}
