package site

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// Press releases (thông cáo báo chí): a draft for the month that has just
// ended (the month of commune bulletins), for the province and every unit
// above the teams in the tree of that month's phase, written from the
// figures: the teams meeting every criterion, the month's deeds and the
// units whose deeds rose most, the commendations and the stories of the
// month, with links. A page (/thong-cao/<YYYY-MM>/, .../<unit>.html) for
// reading and copying, and the same text as a .txt file beside it
// (.../<unit>.txt) for pasting into a news item. Releases of older months
// are not drafted: the results are as of asOf, not of a past month's end.

// ReleaseView is a press release (.Release).
type ReleaseView struct {
	Month string // "tháng 7/2025"
	Unit  Link
	// Paragraphs are the release's text, each a run of segments.
	Paragraphs [][]Segment
	// Text is the site path of the plain-text twin; Bulletin the month's
	// or the phase's bulletin the release points to.
	Text, Bulletin string
}

// Segment is a piece of a paragraph: text, and what it links to, if
// anything: URL absolute for the plain text (a copy keeps it), Path the
// site path for the page's link (pages link inside the site only).
type Segment struct {
	Text, URL, Path string
}

// link is a segment of text linking to the site's rel.
func (m *model) link(text, rel string) Segment {
	return Segment{Text: text, URL: m.u.Abs(rel), Path: m.u.Path(rel)}
}

// releaseTops is how many units, commendations and stories a release names.
const releaseTops = 3

// releaseMonth is the month releases are drafted for (the month of
// commune bulletins), false when no month has ended.
func (b *bulletins) releaseMonth() (calendar.Month, bool) {
	if len(b.communeMonths) == 0 {
		return calendar.Month{}, false
	}
	return b.communeMonths[0], true
}

// releaseUnits are the units with a release: the units with phase
// bulletins in the phase holding the month's last counted day.
func (b *bulletins) releaseUnits(mo calendar.Month) (*results.Period, []*data.Unit) {
	_, end := b.monthWindow(mo)
	p := b.m.phaseOn(end)
	if p == nil || !p.Started() {
		return nil, nil
	}
	var us []*data.Unit
	for _, u := range b.phaseUnits {
		if hasPhaseIn(p, u) {
			us = append(us, u)
		}
	}
	return p, us
}

// releaseLinks links u's release of month mo from its monthly bulletin,
// when it has one.
func (b *bulletins) releaseLinks(mo calendar.Month, u *data.Unit) []BulletinLinks {
	if rm, ok := b.releaseMonth(); !ok || rm != mo {
		return nil
	}
	_, end := b.monthWindow(mo)
	if p := b.m.phaseOn(end); p == nil || !hasPhaseIn(p, u) {
		return nil
	}
	return []BulletinLinks{{Title: "Thông cáo báo chí", Links: []Link{{URL: b.m.u.Path(urls.Release(mo, u)), Text: "Bản thảo thông cáo " + monthName(mo)}}}}
}

// releaseJobs lists the releases' pages.
func (b *bulletins) releaseJobs() []job {
	mo, ok := b.releaseMonth()
	if !ok {
		return nil
	}
	p, us := b.releaseUnits(mo)
	js := make([]job, 0, len(us))
	for _, u := range us {
		js = append(js, job{rel: urls.Release(mo, u), layout: "release.html", make: func() *Page { return b.releasePage(mo, p, u) }, pos: u.Pos})
	}
	return js
}

func (b *bulletins) releasePage(mo calendar.Month, p *results.Period, u *data.Unit) *Page {
	m := b.m
	v := b.release(mo, p, u)
	title := "Thông cáo báo chí " + v.Month + " – " + m.unitName(u)
	pg := m.page("release", urls.Release(mo, u), title, "ban-tin")
	pg.Release = v
	pg.Description = "Bản thảo thông cáo báo chí về kết quả phong trào thi đua " + v.Month + " của " + m.unitName(u) + "."
	pg.Crumbs = []Link{{URL: m.u.Path(urls.Bulletins), Text: "Bản tin"}}
	return pg
}

// release writes the release of u for month mo, whose results are those
// of period p.
func (b *bulletins) release(mo calendar.Month, p *results.Period, u *data.Unit) *ReleaseView {
	m := b.m
	name := m.unitName(u)
	v := &ReleaseView{Month: monthName(mo), Unit: m.unitLink(u), Text: m.u.Path(urls.ReleaseText(mo, u))}
	bulletin := urls.Bulletin(p.ID, u)
	if u.Parent == nil || b.commune[u] {
		bulletin = urls.MonthBulletin(mo, u)
	}
	v.Bulletin = m.u.Path(bulletin)
	r := p.Of(u)
	start, end := b.monthWindow(mo)
	par := []Segment{{Text: "Tính đến ngày " + vn.Date(m.res.AsOf) + ", " + vn.FormatInt(int64(r.Leaves)) + " Tổ bảo vệ an ninh, trật tự ở cơ sở của " + name +
		" tham gia " + lowerFirst(m.site.Campaign.Name) + " theo Kế hoạch số " + m.site.Campaign.Plan + ". Trong " + p.Name + ", " +
		vn.FormatInt(int64(r.AllMet)) + " tổ (" + m.nums.share(r.AllMetShare) + ") đạt cả " + strconv.Itoa(len(m.set.Criteria)) +
		" nội dung thi đua; điểm bình quân các tổ là " + m.nums.score(r.Score) + " trên " + m.maxScoreTxt + " điểm."}}
	v.Paragraphs = append(v.Paragraphs, par)
	deeds := b.deedsUnder(u, start, end)
	v.Paragraphs = append(v.Paragraphs, b.releaseDeeds(mo, p, u, deeds))
	if par := b.releaseCommendations(deeds); par != nil {
		v.Paragraphs = append(v.Paragraphs, par)
	}
	if stories := b.storiesIn(u, start, end); len(stories) > 0 {
		par := []Segment{{Text: "Trang thi đua đăng " + strconv.Itoa(len(stories)) + " bài viết về gương người tốt, việc tốt trong tháng, như "}}
		for i, s := range stories[:min(len(stories), releaseTops)] {
			if i > 0 {
				par = append(par, Segment{Text: ", "})
			}
			par = append(par, Segment{Text: "“" + s.Title + "”", URL: m.u.Origin + m.articleURL(s), Path: m.articleURL(s)})
		}
		v.Paragraphs = append(v.Paragraphs, append(par, Segment{Text: "."}))
	}
	last := []Segment{{Text: "Kết quả, xếp hạng và bản tin in được của từng đơn vị xem tại "}, m.link(m.u.Abs(bulletin), bulletin), {Text: "."}}
	if m.site.Illustrative {
		last = append(last, Segment{Text: " (Dữ liệu minh họa, không phải số liệu thật.)"})
	}
	v.Paragraphs = append(v.Paragraphs, last)
	return v
}

// releaseDeeds is the paragraph of the month's deeds under u and of the
// units under it whose deeds rose most since the month before.
func (b *bulletins) releaseDeeds(mo calendar.Month, p *results.Period, u *data.Unit, deeds []*shownDeed) []Segment {
	m := b.m
	kinds := map[string]int{}
	teams := map[string]bool{}
	for _, d := range deeds {
		kinds[d.Kind]++
		teams[d.Unit] = true
	}
	var parts []string
	for _, k := range data.DeedKinds {
		if n := kinds[k]; n > 0 {
			parts = append(parts, strconv.Itoa(n)+" "+strings.ToLower(deedKindLabel(k)))
		}
	}
	text := "Trong " + monthName(mo) + ", các tổ ghi nhận " + vn.FormatInt(int64(len(deeds))) + " việc tốt, khen thưởng, mô hình"
	if len(parts) > 0 {
		text += " (" + strings.Join(parts, ", ") + ")"
	}
	text += "; " + vn.FormatInt(int64(len(teams))) + "/" + vn.FormatInt(int64(p.Of(u).Leaves)) + " tổ có việc tốt trong tháng."
	par := []Segment{{Text: text}}
	type rise struct {
		u          *data.Unit
		before, in int
	}
	var rises []rise
	prev := calendar.Month{Year: mo.Year, Month: mo.Month - 1}
	if mo.Month == 1 {
		prev = calendar.Month{Year: mo.Year - 1, Month: 12}
	}
	ps, pe := prev.First(), prev.Last()
	s, e := b.monthWindow(mo)
	for _, k := range p.Children(u) {
		if k.Leaf {
			continue
		}
		rs := rise{u: k.Unit, before: len(b.deedsUnder(k.Unit, ps, pe)), in: len(b.deedsUnder(k.Unit, s, e))}
		if rs.in > rs.before {
			rises = append(rises, rs)
		}
	}
	slices.SortStableFunc(rises, func(a, c rise) int { return cmp.Compare(c.in-c.before, a.in-a.before) })
	if len(rises) > 0 {
		par = append(par, Segment{Text: " Số việc tăng nhiều nhất so với tháng trước ở "})
		for i, rs := range rises[:min(len(rises), releaseTops)] {
			if i > 0 {
				par = append(par, Segment{Text: ", "})
			}
			par = append(par, m.link(m.unitName(rs.u), urls.Unit(rs.u.ID)),
				Segment{Text: " (từ " + strconv.Itoa(rs.before) + " lên " + strconv.Itoa(rs.in) + " việc)"})
		}
		par = append(par, Segment{Text: "."})
	}
	return par
}

// releaseCommendations is the paragraph of the month's commendations,
// nil when there is none.
func (b *bulletins) releaseCommendations(deeds []*shownDeed) []Segment {
	var picked []*shownDeed
	n := 0
	for _, d := range deeds {
		if d.Kind == "khen-thuong" || d.Kind == "bieu-duong" {
			n++
			if len(picked) < releaseTops {
				picked = append(picked, d)
			}
		}
	}
	if n == 0 {
		return nil
	}
	par := []Segment{{Text: "Trong tháng có " + strconv.Itoa(n) + " lượt khen thưởng, biểu dương; tiêu biểu: "}}
	for i, d := range picked {
		if i > 0 {
			par = append(par, Segment{Text: "; "})
		}
		text := d.Title
		if len(d.People) > 0 {
			text += " (" + strings.Join(d.People, ", ") + ")"
		}
		team := b.m.set.Units.ByID[d.Unit]
		par = append(par, Segment{Text: text + ", "}, b.m.link(b.m.unitName(team), urls.Unit(d.Unit)))
		if where := b.m.unitContext(team); where != "" {
			par = append(par, Segment{Text: ", " + where})
		}
	}
	return append(par, Segment{Text: "."})
}

// lowerFirst writes s's first letter in lower case ("Phong trào" in a sentence).
func lowerFirst(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// releaseText is a release as plain text: its title, then its paragraphs
// separated by blank lines, each link's URL in parentheses after its
// text unless the text is the URL.
func releaseText(title string, v *ReleaseView) []byte {
	var b bytes.Buffer
	b.WriteString(title + "\n\n")
	for i, par := range v.Paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for _, s := range par {
			b.WriteString(s.Text)
			if s.URL != "" && s.URL != s.Text {
				b.WriteString(" (" + s.URL + ")")
			}
		}
	}
	b.WriteString("\n")
	return b.Bytes()
}

// writeReleaseTexts writes every release's plain-text twin.
func (m *model) writeReleaseTexts(w publish.Writer) error {
	b := m.newBulletins()
	mo, ok := b.releaseMonth()
	if !ok {
		return nil
	}
	p, us := b.releaseUnits(mo)
	for _, u := range us {
		v := b.release(mo, p, u)
		if err := w.WriteFile(urls.ReleaseText(mo, u), releaseText("Thông cáo báo chí: kết quả phong trào thi đua "+v.Month+" – "+m.unitName(u), v)); err != nil {
			return err
		}
	}
	return nil
}
