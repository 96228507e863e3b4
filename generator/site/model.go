package site

import (
	"fmt"
	"html/template"
	"slices"
	"sort"
	"strings"
	"sync"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/media"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// model holds the input and the indexes every page draws from. It is
// read-only once built, so workers share it.
type model struct {
	in     Input
	site   *config.Site
	set    *data.Set
	res    *results.Results
	u      urls.Site
	assets assets
	info   *SiteInfo
	rows   int // units per leaderboard or directory page
	// colours are the share cards' (cardColours of the site's CSS).
	colours media.CardColours

	// levels are each period's ranked levels (periodLevels), with their
	// leaderboards' paths.
	levels map[*results.Period]*periodLevelSet
	// seen places units in the navigation tree (see tree.go); nil
	// without successions.
	seen []*results.Period
	// current is the period shown first: the running phase, else the whole
	// campaign once it has started; nil before the campaign starts.
	current *results.Period

	stories, news, free []*content.Page            // stories and news newest first; free by weight, title
	reportProse         []*content.Page            // content/bao-cao/<period>/<unit>.md, in path order
	storiesUnder        map[string][]*content.Page // unit id → stories about it or a unit under it
	storiesByCriterion  map[string][]*content.Page
	storyIndex          map[*content.Page]int
	articleURLs         map[*content.Page]string // site paths of stories and news

	deeds        []*shownDeed // shown deeds (in the campaign, not after asOf), newest first
	deedsByLeaf  map[string][]*shownDeed
	deedMonths   []calendar.Month // newest first
	deedsByMonth map[calendar.Month][]*shownDeed
	deedsByKind  map[string][]*shownDeed
	deedMonthIdx map[calendar.Month]int   // place in deedMonths
	deedMonthURL []string                 // site path of each of deedMonths
	unitOfStory  map[string]*content.Page // story slug → page, for deed links

	commOnce     sync.Once
	commByPeriod map[*results.Period]*periodCommendations // see commendationsOf

	dirOnce     sync.Once
	dirLetters  []string
	dirByLetter map[string][]*data.Unit

	// Per criterion and per indicator (in res.Indicators order), what
	// every scorecard repeats: the criterion's URL and the indicator's
	// target as words for its usual target.
	critURLs    []string
	targetTexts []string
	maxScoreTxt string
	// A scorecard's indicator rows are grouped by criterion: indicator k
	// (in res.Indicators order) is row indSlot[k], criterion ci's rows are
	// critInds[ci] to critInds[ci+1].
	indSlot  []int
	critInds []int

	// unitInfos holds every unit's name, URL, context and crumbs (see
	// unitInfo), at the index infoIndex gives: byAll[u.Index()] for a unit
	// in its place in Units.All, else unitIdx[u] (units linked by hand).
	byAll     []int32
	unitIdx   map[*data.Unit]int32
	unitInfos []unitInfo
	// missingIDs is missingTextsOf, made on first use; markTexts likewise markTextsOf.
	missingIDs func() []string
	markTexts  func() []template.HTML
	// nameRanks is allNameRanks, made on first use.
	nameRanks func() map[string]int32
	// monthly is monthlyResults, made on first use (charts.go).
	monthly   func() *results.Results
	nums      numTexts
	cardPool  sync.Pool // of *cardRows
	boardPool sync.Pool // of *boardRows
}

func newModel(in Input, a assets, opts Options) (*model, error) {
	if in.Site == nil || in.Data == nil || in.Data.Units == nil || in.Results == nil {
		return nil, fmt.Errorf("site: Input needs Site, Data and Results")
	}
	m := &model{in: in, site: in.Site, set: in.Data, res: in.Results, u: urls.New(in.Site.BaseURL), assets: a, rows: opts.RowsPerPage}
	if m.rows <= 0 {
		m.rows = defaultRowsPerPage
	}
	for _, c := range in.Data.Criteria {
		m.critURLs = append(m.critURLs, m.u.Path(urls.Criterion(c.ID)))
	}
	for _, ref := range in.Results.Indicators {
		m.targetTexts = append(m.targetTexts, targetText(ref.Indicator, ref.Indicator.Target))
	}
	m.maxScoreTxt = m.maxScore()
	m.groupIndicators()
	m.pickCurrent()
	m.indexPlaces()
	m.indexUnits()
	m.nameRanks = sync.OnceValue(m.allNameRanks)
	m.monthly = sync.OnceValue(m.monthlyResults)
	m.missingIDs = sync.OnceValue(m.missingTextsOf)
	m.markTexts = sync.OnceValue(m.markTextsOf)
	m.levels = map[*results.Period]*periodLevelSet{}
	for _, p := range in.Results.Periods {
		ls := &periodLevelSet{list: periodLevels(p, in.Data.Units), of: map[[2]int]*level{}}
		for i, lv := range ls.list {
			lv.index = i
			ls.of[levelKey(lv.Depth, lv.Leaf)] = lv
			ls.urls = append(ls.urls, m.u.Path(urls.Board(p.ID, lv.Slug)))
		}
		m.levels[p] = ls
	}
	m.indexContent()
	m.indexDeeds()
	m.summarizeAllDeeds()
	m.info = m.siteInfo()
	return m, nil
}

// groupIndicators fills indSlot and critInds.
func (m *model) groupIndicators() {
	m.critInds = make([]int, len(m.set.Criteria)+1)
	for _, ref := range m.res.Indicators {
		m.critInds[ref.CriterionIndex+1]++
	}
	for i := 1; i < len(m.critInds); i++ {
		m.critInds[i] += m.critInds[i-1]
	}
	next := append([]int(nil), m.critInds...)
	m.indSlot = make([]int, len(m.res.Indicators))
	for k, ref := range m.res.Indicators {
		m.indSlot[k] = next[ref.CriterionIndex]
		next[ref.CriterionIndex]++
	}
}

// periodLevelSet is one period's levels, by depth and leaf, and the
// paths of their leaderboards (in list order).
type periodLevelSet struct {
	list []*level
	of   map[[2]int]*level // {depth, leaf 0/1}
	urls []string
}

// levelsIn returns p's levels, shallow first.
func (m *model) levelsIn(p *results.Period) []*level { return m.levels[p].list }

// boardURL is the site path of lv's leaderboard in p.
func (m *model) boardURL(p *results.Period, lv *level) string {
	if ls := m.levels[p]; ls != nil && lv.index < len(ls.list) && ls.list[lv.index] == lv {
		return ls.urls[lv.index]
	}
	return m.u.Path(urls.Board(p.ID, lv.Slug))
}

// monthURL is the site path of the deeds of month mo.
func (m *model) monthURL(mo calendar.Month) string {
	if i, ok := m.deedMonthIdx[mo]; ok {
		return m.deedMonthURL[i]
	}
	return m.u.Path(urls.Month(mo))
}

func levelKey(depth int, leaf bool) [2]int {
	if leaf {
		return [2]int{depth, 1}
	}
	return [2]int{depth, 0}
}

// levelOf returns the level of r, a unit's result in p (nil when r has
// none: the unit is absent from p).
func (m *model) levelOf(p *results.Period, r *results.UnitResult) *level {
	if r == nil || r.Absent {
		return nil
	}
	return m.levels[p].of[levelKey(r.Depth, r.Leaf)]
}

func (m *model) pickCurrent() {
	var all *results.Period
	for _, p := range m.res.Periods {
		if p.ID == config.AllPeriodID {
			all = p
		} else if p.Status == results.Running && m.current == nil {
			m.current = p
		}
	}
	if m.current == nil && all != nil && all.Started() {
		m.current = all
	}
}

// indexContent sorts the content pages and indexes stories by unit (and
// every unit above it) and by criterion.
func (m *model) indexContent() {
	for _, p := range m.in.Pages {
		if p.Draft {
			continue
		}
		switch p.Section {
		case content.Stories:
			m.stories = append(m.stories, p)
		case content.News:
			m.news = append(m.news, p)
		case content.Reports:
			m.reportProse = append(m.reportProse, p)
		default:
			m.free = append(m.free, p)
		}
	}
	newestFirst(m.stories)
	newestFirst(m.news)
	sort.SliceStable(m.free, func(i, j int) bool {
		a, b := m.free[i], m.free[j]
		if a.Weight != b.Weight {
			return a.Weight < b.Weight
		}
		return vn.Less(a.Title, b.Title)
	})
	m.storiesUnder = map[string][]*content.Page{}
	m.storiesByCriterion = map[string][]*content.Page{}
	m.storyIndex = map[*content.Page]int{}
	m.unitOfStory = map[string]*content.Page{}
	m.articleURLs = make(map[*content.Page]string, len(m.stories)+len(m.news))
	for _, p := range m.news {
		m.articleURLs[p] = m.u.Path(urls.News(p.Slug))
	}
	for i, p := range m.stories {
		m.storyIndex[p] = i
		m.articleURLs[p] = m.u.Path(urls.Story(p.Slug))
		m.unitOfStory[p.Slug] = p
		for u := m.set.Units.ByID[p.Unit]; u != nil; u = u.Parent {
			m.storiesUnder[u.ID] = append(m.storiesUnder[u.ID], p)
		}
		if p.Criterion != "" {
			m.storiesByCriterion[p.Criterion] = append(m.storiesByCriterion[p.Criterion], p)
		}
	}
}

// newestFirst sorts pages by date, newest first, then by path.
func newestFirst(ps []*content.Page) {
	sort.SliceStable(ps, func(i, j int) bool {
		if c := ps[i].Date.Compare(ps[j].Date); c != 0 {
			return c > 0
		}
		return ps[i].Path < ps[j].Path
	})
}

// indexDeeds keeps the deeds results count (inside the campaign, not after
// asOf), newest first, and groups them by leaf, month and kind.
func (m *model) indexDeeds() {
	c := m.site.Campaign
	var deeds []*data.Deed
	for i := range m.set.Deeds {
		d := &m.set.Deeds[i]
		if d.Date.Before(c.Start) || d.Date.After(c.End) || d.Date.After(m.res.AsOf) {
			continue
		}
		deeds = append(deeds, d)
	}
	slices.SortStableFunc(deeds, func(a, b *data.Deed) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return -c
		}
		switch {
		case a.Pos.Less(b.Pos):
			return -1
		case b.Pos.Less(a.Pos):
			return 1
		}
		return 0
	})
	// One array, in that order: m.deeds point into it.
	all := make([]shownDeed, len(deeds))
	m.deeds = make([]*shownDeed, len(deeds))
	for i, d := range deeds {
		all[i].Deed = d
		m.deeds[i] = &all[i]
	}
	m.deedsByLeaf = map[string][]*shownDeed{}
	m.deedsByMonth = map[calendar.Month][]*shownDeed{}
	m.deedsByKind = map[string][]*shownDeed{}
	m.deedMonthIdx = map[calendar.Month]int{}
	for _, d := range m.deeds {
		m.deedsByLeaf[d.Unit] = append(m.deedsByLeaf[d.Unit], d)
		mo := d.Date.MonthOf()
		if m.deedsByMonth[mo] == nil {
			m.deedMonthIdx[mo] = len(m.deedMonths)
			m.deedMonths = append(m.deedMonths, mo)
			m.deedMonthURL = append(m.deedMonthURL, m.u.Path(urls.Month(mo)))
		}
		m.deedsByMonth[mo] = append(m.deedsByMonth[mo], d)
		m.deedsByKind[d.Kind] = append(m.deedsByKind[d.Kind], d)
	}
}

// funcs are the site-specific template functions.
func (m *model) funcs() template.FuncMap {
	return template.FuncMap{
		// asset returns the published path of a static file: asset "css/site.css".
		"asset": func(name string) (string, error) {
			p, ok := m.assets[name]
			if !ok {
				return "", fmt.Errorf("asset: không có tệp static/%s", name)
			}
			return m.u.Path(p), nil
		},
		// url returns the site path of a path relative to the site root.
		"url": m.u.Path,
		// lower gives a label's mid-sentence form (docs/bang-thuat-ngu.md):
		// a level named "Xã/Phường" in a table header is "xã/phường" in
		// "Xếp hạng xã/phường trực thuộc".
		"lower": strings.ToLower,
	}
}
