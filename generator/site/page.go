package site

import (
	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
)

// Page is what every layout receives as ".": the site, the page's own
// fields, and one of the page-kind fields (Home, Unit, Board, ...) set.
// docs/huong-dan-giao-dien.md lists them for officers.
type Page struct {
	Site *SiteInfo
	// Kind names the page kind: "home", "unit", "board", "boards",
	// "criterion", "criterion-teams", "criteria", "story", "news", "page",
	// "list", "deeds",
	// "directory", "downloads", "search", "404", "bulletin", "bulletins",
	// "commendations", "honour", "report", "release".
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
	// Share is what a shared link to the page shows (og: tags).
	Share *ShareView

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
	// Commendations is the commendations' index or a period's page
	// (commendations.html); Honour an honour board or their index
	// (honour.html).
	Commendations *CommendationsView
	Honour        *HonourView
	// Forms are the fill-in report workbooks (package fillin), the
	// province's first (the downloads page).
	Forms []Download
	// Report is a phase report (report.go).
	Report *ReportView
	// Release is a press release (release.go).
	Release *ReleaseView

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
	// Nav is the header menu: at most six entries, the last "Thêm" when
	// More holds the rest (shown under it, without JavaScript).
	Nav  []Link
	More []Link
	// Periods are the phases then the whole campaign.
	Periods []PeriodInfo
	// Publisher is site.toml's [publisher] (Name, Parent, Place, Address,
	// Phone, Email, Signer.Title, Signer.Name), nil when absent.
	Publisher *config.Publisher
	// Milestones are site.toml's [[campaign.milestones]] (Date, Title), by date.
	Milestones []config.Milestone
	// Kinds name the site's kinds of units in running text (KindWords).
	Kinds KindWords
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

// page starts a page of the given kind at rel.
func (m *model) page(kind, rel, title, section string) *Page {
	return m.pageAt(kind, m.u.Path(rel), title, section)
}

// pageAt starts a page of the given kind at the site path url.
func (m *model) pageAt(kind, url, title, section string) *Page {
	return &Page{Site: m.info, Kind: kind, URL: url, Title: title, Base: m.u.Base, Section: section}
}

// siteInfo is what every page knows about the site: site.toml's titles
// and campaign, the header menu and the periods.
func (m *model) siteInfo() *SiteInfo {
	s := m.site
	info := &SiteInfo{
		Title: s.Title, Description: s.Description, Name: s.Campaign.Name, Slogan: s.Campaign.Slogan,
		Plan: s.Campaign.Plan, Start: s.Campaign.Start, End: s.Campaign.End,
		Illustrative: s.Illustrative, AsOf: m.res.AsOf,
		Home: m.u.Path(""), Search: m.u.Path("tim-kiem/"), Directory: m.u.Path("danh-ba/"),
		Feed: m.u.Path("bai-viet/atom.xml"), Publisher: s.Publisher, Milestones: s.Campaign.Milestones,
		Kinds: m.kindWords(),
	}
	info.Nav = []Link{
		{URL: m.u.Path(urls.Unit(m.set.Units.Root.ID)), Text: "Đơn vị", Key: "don-vi"},
		{URL: m.u.Path("xep-hang/"), Text: "Xếp hạng", Key: "xep-hang"},
		{URL: m.u.Path("tieu-chi/"), Text: "Nội dung thi đua", Key: "tieu-chi"},
		{URL: m.u.Path("bai-viet/"), Text: "Người tốt, việc tốt", Key: "bai-viet"},
		{URL: m.u.Path(urls.Bulletins), Text: "Bản tin", Key: "ban-tin"},
	}
	info.More = []Link{
		{URL: m.u.Path("viec-tot/"), Text: "Việc tốt, khen thưởng", Key: "viec-tot"},
		{URL: m.u.Path("tin-tuc/"), Text: "Tin tức", Key: "tin-tuc"},
	}
	for _, p := range m.free {
		if p.Menu {
			info.More = append(info.More, Link{URL: m.u.Path(p.Slug + "/"), Text: p.Title, Key: p.Slug})
		}
	}
	info.More = append(info.More, Link{URL: m.u.Path("du-lieu/"), Text: "Dữ liệu", Key: "du-lieu"})
	for _, p := range m.res.Periods {
		info.Periods = append(info.Periods, periodInfo(p))
	}
	return info
}

// periodInfo describes period p for the pages.
func periodInfo(p *results.Period) PeriodInfo {
	return PeriodInfo{ID: p.ID, Name: p.Name, Title: p.Title, Start: p.Start, End: p.End,
		Status: string(p.Status), Started: p.Started()}
}
