package site

import (
	"html/template"
	"path"
	"strconv"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/diag"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// Phase reports (báo cáo sơ kết for a phase, tổng kết for the whole
// campaign): a page per started period and per unit with phase bulletins
// (/bao-cao/<period>/, /bao-cao/<period>/<unit>.html), laid out as an
// administrative document (document.go) in four parts. Part I's results
// come from the data; the officer's prose for each part comes from the
// optional content/bao-cao/<period>/<unit>.md, whose level-2 headings
// name the part they open ("## Kết quả nổi bật", "## Ưu điểm", "## Hạn
// chế", "## Phương hướng"). Without the file the report prints its data.
// The appendix (children × criteria) has a CSV twin beside the page.

// ReportView is a phase report (.Report).
type ReportView struct {
	// Kind is "sơ kết" (a phase) or "tổng kết" (the campaign).
	Kind   string
	Period PeriodInfo
	Unit   Link
	// Until is the last day counted, min(end, asOf).
	Until calendar.Date
	// Teams counts the unit's teams in the period.
	Teams int
	// Address is the report's absolute URL, QR its QR code, CSV the site
	// path of the appendix's CSV twin.
	Address string
	QR      template.HTML
	CSV     string
	Doc     *DocumentView
	// Intro is the prose before the file's first part; Parts are I–IV
	// (Title in capitals, as a document's parts are).
	Intro template.HTML
	Parts []ReportPart
	// ProseFile names the prose file, for the screen-only hint when absent.
	ProseFile string
	HasProse  bool
	// Results are part I's figures, as a phase bulletin shows them.
	Results *PhaseBulletin
	Chart   Chart
	// Awards count the period's commendations by form; Commendations are
	// the newest of them (of CommendationTotal).
	Awards            []KindCount
	Commendations     []DeedView
	CommendationTotal int
	// Appendix is the children × criteria table.
	Appendix Appendix
	Others   []BulletinLinks
}

// ReportPart is one of parts I–IV: its heading and the officer's prose.
type ReportPart struct {
	Number, Title string
	Prose         template.HTML
}

// Appendix is the children × criteria table: per child, the teams
// meeting each criterion of its teams.
type Appendix struct {
	Criteria []string // "4.1"
	Rows     []AppendixRow
}

// AppendixRow is one child's row.
type AppendixRow struct {
	Name  string
	Teams int
	// Met holds, per criterion, the teams meeting it; AllMet meet all.
	Met    []int
	AllMet int
}

// reportParts are the parts' headings and the words (folded) a prose
// heading starts with to open each.
var reportParts = []struct {
	title string
	words []string
}{
	{"Kết quả đạt được", []string{"ket qua"}},
	{"Ưu điểm", []string{"uu diem"}},
	{"Hạn chế, tồn tại", []string{"han che", "ton tai"}},
	{"Phương hướng, nhiệm vụ", []string{"phuong huong", "nhiem vu"}},
}

var romans = []string{"I", "II", "III", "IV"}

// reportKind is "sơ kết" for a phase's report, "tổng kết" for the campaign's.
func reportKind(p *results.Period) string {
	if p.Phase == nil {
		return "tổng kết"
	}
	return "sơ kết"
}

// reportCommendations is how many commendations a report lists.
const reportCommendations = 5

// reportJobs lists the reports of every started period, units in the
// order of phase bulletins, where the unit has a phase bulletin.
func (b *bulletins) reportJobs() []job {
	m := b.m
	prose := m.proseByReport()
	var js []job
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		for _, u := range b.phaseUnits {
			if !hasPhaseIn(p, u) {
				continue
			}
			pr := prose[urls.Report(p.ID, u)]
			js = append(js, job{rel: urls.Report(p.ID, u), layout: "report.html", make: func() *Page { return b.reportPage(p, u, pr) }, pos: u.Pos})
		}
	}
	return js
}

// proseFile is where the prose of u's report in period p lives.
func proseFile(period string, u *data.Unit) string {
	return content.Dir + "/" + content.Reports + "/" + period + "/" + u.ID + ".md"
}

// proseByReport indexes the prose files by their report's rel URL.
func (m *model) proseByReport() map[string]*content.Page {
	out := map[string]*content.Page{}
	for _, p := range m.reportProse {
		period, id := path.Base(path.Dir(p.Path)), strings.TrimSuffix(path.Base(p.Path), ".md")
		if u := m.set.Units.ByID[id]; u != nil {
			out[urls.Report(period, u)] = p
		}
	}
	return out
}

// checkReports refuses a prose file that belongs to no report (an unknown
// period or unit, a team, a file not in a period's folder) and a level-2
// heading that opens none of the four parts.
func (m *model) checkReports(l *diag.List) {
	for _, p := range m.reportProse {
		rel := strings.TrimPrefix(p.Path, content.Dir+"/"+content.Reports+"/")
		period, file, ok := strings.Cut(rel, "/")
		id := strings.TrimSuffix(file, ".md")
		u := m.set.Units.ByID[id]
		pr := m.res.Period(period)
		switch {
		case !ok || strings.Contains(file, "/"):
			l.Add(p.Pos, "tệp báo cáo phải nằm ở content/bao-cao/<đợt>/<mã đơn vị>.md", "ví dụ content/bao-cao/dot-1/"+m.set.Units.Root.ID+".md")
		case pr == nil:
			l.Add(p.Pos, "không có đợt mã "+strconv.Quote(period), "dùng mã đợt trong site.toml (id của [[campaign.phases]]) hoặc all cho cả phong trào")
		case u == nil || u.IsLeaf():
			l.Add(p.Pos, "không có đơn vị mã "+strconv.Quote(id)+" có báo cáo", "đặt tên tệp là mã (cột id trong data/units.csv) của tỉnh, huyện hay xã, ví dụ "+m.set.Units.Root.ID+".md")
		}
		for _, h := range p.Headings {
			if h.Level == 2 && partOf(h.Text) < 0 {
				l.Add(p.Pos, "mục “"+h.Text+"” không thuộc phần nào của báo cáo",
					"mỗi mục cấp 2 (##) mở một phần: Kết quả nổi bật, Ưu điểm, Hạn chế, Phương hướng")
			}
		}
	}
}

// partOf is the part a prose heading opens, -1 for none.
func partOf(heading string) int {
	f := vn.Fold(heading)
	for i, pt := range reportParts {
		for _, w := range pt.words {
			if strings.HasPrefix(f, w) {
				return i
			}
		}
	}
	return -1
}

// splitProse cuts a prose file's HTML at its level-2 headings: what comes
// before the first is the intro, each heading's section goes to its part
// (the heading itself left out: the report prints its own).
func splitProse(p *content.Page) (intro template.HTML, parts [4]template.HTML) {
	html := string(p.HTML)
	type cut struct{ at, body, part int }
	var cuts []cut
	from := 0
	for _, h := range p.Headings {
		if h.Level != 2 {
			continue
		}
		open := `<h2 id="` + h.ID + `"`
		i := strings.Index(html[from:], open)
		if i < 0 {
			continue
		}
		at := from + i
		end := strings.Index(html[at:], "</h2>")
		if end < 0 {
			continue
		}
		cuts = append(cuts, cut{at: at, body: at + end + len("</h2>"), part: partOf(h.Text)})
		from = at + end
	}
	if len(cuts) == 0 {
		return template.HTML(html), parts
	}
	intro = template.HTML(strings.TrimSpace(html[:cuts[0].at]))
	for i, c := range cuts {
		stop := len(html)
		if i+1 < len(cuts) {
			stop = cuts[i+1].at
		}
		if c.part >= 0 {
			parts[c.part] += template.HTML(strings.TrimSpace(html[c.body:stop])) // trusted: the content renderer's output
		}
	}
	return intro, parts
}

func (b *bulletins) reportPage(p *results.Period, u *data.Unit, prose *content.Page) *Page {
	m := b.m
	rel := urls.Report(p.ID, u)
	in := m.unitOf(u)
	r := p.Of(u)
	v := &ReportView{Kind: reportKind(p), Period: periodInfo(p), Unit: Link{URL: in.url, Text: in.name}, Until: p.WindowEnd,
		Teams: r.Leaves, Address: m.u.Abs(rel), QR: qrCode(m.u.Abs(rel)), CSV: m.u.Path(urls.ReportCSV(p.ID, u)),
		ProseFile: proseFile(p.ID, u), HasProse: prose != nil}
	subject := "Sơ kết " + p.Name + " phong trào thi đua (từ " + vn.Date(p.Start) + " đến " + vn.Date(p.End) + ")"
	if p.Phase == nil {
		subject = "Tổng kết phong trào thi đua (từ " + vn.Date(p.Start) + " đến " + vn.Date(p.End) + ")"
	}
	v.Doc = m.document(docReport, u, docSlot{period: p}, p, p.WindowEnd, subject)
	var parts [4]template.HTML
	if prose != nil {
		v.Intro, parts = splitProse(prose)
	}
	for i, pt := range reportParts {
		v.Parts = append(v.Parts, ReportPart{Number: romans[i], Title: upper(pt.title), Prose: parts[i]})
	}
	v.Results = b.phase(p, u)
	v.Chart = m.criteriaChart("bd-bao-cao", p, u, false)
	b.commendations(p, u, v)
	v.Appendix = b.appendix(p, u)
	v.Others = b.reportOthers(p, u)
	title := "Báo cáo " + v.Kind + " " + p.Name + " – " + in.name
	if p.Phase == nil {
		title = "Báo cáo tổng kết phong trào – " + in.name
	}
	pg := m.page("report", rel, title, "ban-tin")
	pg.Report = v
	pg.Description = title + ": kết quả, xếp hạng, khen thưởng, phụ lục số liệu; in được trên khổ A4."
	pg.Crumbs = []Link{{URL: m.u.Path(urls.Bulletins), Text: "Bản tin"}}
	for _, a := range u.Ancestors() {
		if hasPhaseBulletin(a) {
			pg.Crumbs = append(pg.Crumbs, Link{URL: m.u.Path(urls.Report(p.ID, a)), Text: m.unitName(a)})
		}
	}
	return pg
}

// commendations fills the period's commendations (khen thưởng, biểu
// dương) under u: counts by form of award, and the newest.
func (b *bulletins) commendations(p *results.Period, u *data.Unit, v *ReportView) {
	counts := map[string]int{}
	var order []string
	for _, d := range b.deedsUnder(u, p.Start, p.WindowEnd) {
		if d.Kind != "khen-thuong" && d.Kind != "bieu-duong" {
			continue
		}
		v.CommendationTotal++
		award := deedKindLabel(d.Kind)
		if c := d.Commendation; c != nil && c.Award != "" {
			award = c.Award
		}
		if counts[award] == 0 {
			order = append(order, award)
		}
		counts[award]++
		if len(v.Commendations) < reportCommendations {
			dv := b.m.deedView(d)
			dv.Context = b.m.unitContext(b.m.set.Units.ByID[d.Unit])
			v.Commendations = append(v.Commendations, dv)
		}
	}
	vn.SortStrings(order)
	for _, a := range order {
		v.Awards = append(v.Awards, KindCount{Label: a, Count: counts[a]})
	}
}

// appendix is the children × criteria table of u in p.
func (b *bulletins) appendix(p *results.Period, u *data.Unit) Appendix {
	m := b.m
	var a Appendix
	for _, c := range m.set.Criteria {
		a.Criteria = append(a.Criteria, c.ID)
	}
	for _, k := range p.Children(u) {
		row := AppendixRow{Name: m.unitName(k.Unit), Teams: k.Leaves, AllMet: k.AllMet}
		for ci := range m.set.Criteria {
			row.Met = append(row.Met, k.Criteria[ci].MetLeaves)
		}
		a.Rows = append(a.Rows, row)
	}
	return a
}

// reportOthers links u's reports in the other periods and those of the
// units under it, for the screen.
func (b *bulletins) reportOthers(p *results.Period, u *data.Unit) []BulletinLinks {
	m := b.m
	periods := BulletinLinks{Title: "Các báo cáo"}
	for _, q := range m.res.Periods {
		if hasPhaseIn(q, u) {
			periods.Links = append(periods.Links, Link{URL: m.u.Path(urls.Report(q.ID, u)), Text: q.Name, Current: q == p})
		}
	}
	periods.Links = append(periods.Links, Link{URL: m.u.Path(urls.Bulletin(p.ID, u)), Text: "Bản tin " + p.Name})
	out := []BulletinLinks{periods}
	under := BulletinLinks{Title: "Báo cáo " + p.Name + " của các đơn vị trực thuộc"}
	for _, c := range b.kids[u] {
		if hasPhaseIn(p, c) {
			under.Links = append(under.Links, Link{URL: m.u.Path(urls.Report(p.ID, c)), Text: m.unitName(c)})
		}
	}
	if len(under.Links) > 0 {
		out = append(out, under)
	}
	return out
}
