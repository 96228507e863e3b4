package site

import (
	"phongtrao/generator/calendar"
)

// Page is what every layout receives as ".": the site, the page's own
// fields, and one of the page-kind fields (Home, Unit, Board, ...) set.
// docs/huong-dan-giao-dien.md lists them for officers.
type Page struct {
	Site *SiteInfo
	// Kind names the page kind: "home", "unit", "board", "boards",
	// "criterion", "criterion-teams", "criteria", "story", "news", "page",
	// "list", "deeds",
	// "directory", "downloads", "search", "404", "bulletin", "bulletins".
	Kind string
	// URL is the page's path on the site ("/don-vi/xa-a/").
	URL string
	// Title is the page's h1 and the first part of its <title>.
	Title string
	// Description is a one-line summary for search engines.
	Description string
	// Crumbs is the breadcrumb, from the home page down to the parent.
	Crumbs []Link
	// Section is the header menu entry to highlight ("don-vi", "bai-viet", ...).
	Section string
	// Base is the site's base path ending in "/" ("/"), for the search partials.
	Base string

	Home      *HomeView
	Unit      *UnitView
	Board     *BoardView
	Boards    *BoardsView
	Criterion *CriterionView
	// CriterionTeams is set on the page of one unit's teams meeting a
	// criterion (criterion-teams.html).
	CriterionTeams *CriterionTeamsView
	Criteria       []CriterionCard
	Article        *ArticleView
	List           *ListView
	Deeds          *DeedsView
	Directory      *DirectoryView
	Downloads      []Download
	// IndicatorKeys name the indicators of the CSV export's columns (the
	// downloads page).
	IndicatorKeys []IndicatorKey
	Bulletin      *BulletinView

	// rows are a unit page's scorecard rows and boardRows a leaderboard
	// page's rows, reused once it is rendered.
	rows      *cardRows
	boardRows *boardRows
}

// release hands back what the page borrowed for another page to reuse.
// The page must not be used afterwards: call it once the page is rendered.
func (p *Page) release() {
	if p.rows != nil {
		p.rows.put()
		p.rows = nil
	}
	if r := p.boardRows; r != nil {
		r.pool.Put(r)
		p.boardRows = nil
	}
}

// Link is a link: where it goes and what it says.
type Link struct {
	URL  string
	Text string
	// Current marks the link to the page being shown.
	Current bool
	// Key names a menu entry's section, matched against Page.Section.
	Key string
}

// SiteInfo is what every page knows about the site.
type SiteInfo struct {
	Title       string
	Description string
	// Name, Slogan and Plan come from [campaign] in site.toml.
	Name   string
	Slogan string
	Plan   string
	Start  calendar.Date
	End    calendar.Date
	// Illustrative is true when pages must say the data is illustrative.
	Illustrative bool
	// AsOf is the reference date of the results.
	AsOf calendar.Date
	// Home, Search, Directory and Feed are site paths.
	Home      string
	Search    string
	Directory string
	Feed      string
	// Nav is the header menu.
	Nav []Link
	// Periods are the phases then the whole campaign.
	Periods []PeriodInfo
}

// PeriodInfo describes one period.
type PeriodInfo struct {
	ID    string
	Name  string
	Title string
	Start calendar.Date
	End   calendar.Date
	// Status is "upcoming", "running" or "done" (periodStatus gives the words).
	Status string
	// Started is false for an upcoming period, which has no results.
	Started bool
}

// Pager links the pages of a paginated list.
type Pager struct {
	Page, Pages int
	Prev, Next  string // site paths, empty at the ends
	// Links go to the first and last pages and to those near the current
	// one; a link without URL stands for the pages left out ("…").
	Links []Link
}

// page starts a page of the given kind at rel.
func (m *model) page(kind, rel, title, section string) *Page {
	return m.pageAt(kind, m.u.Path(rel), title, section)
}

// pageAt starts a page of the given kind at the site path url.
func (m *model) pageAt(kind, url, title, section string) *Page {
	return &Page{Site: m.info, Kind: kind, URL: url, Title: title, Base: m.u.Base, Section: section}
}
