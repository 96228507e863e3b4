package site

import (
	"cmp"
	"html/template"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
	"phongtrao/generator/qr"
	"phongtrao/generator/results"
	"phongtrao/generator/vn"
)

// Documents: bulletins and phase reports printed as administrative
// documents, laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) asks:
// the body above and the issuing body top left with the number under
// them, the national motto top right with the place-and-date line under
// it, the kind and subject centred, the signature bottom right and the
// recipients bottom left. A site without [publisher] keeps the simple
// header of its bulletins.
//
// Who issues: the publisher issues the root's documents; a unit below
// issues its own, as "<unit_issuer> <unit>" ("Công an xã Quảng Hòa"),
// under the issuer of its parent in the period's tree.
//
// Numbers: each issuer numbers each kind of document (bulletin, report)
// from 01 in every calendar year, in the order of the documents it can
// ever issue in the campaign, which site.toml alone fixes: every campaign
// month (bulletins of a unit with monthly bulletins), every phase and the whole
// campaign, ordered by the day each ends (a month's or the campaign's
// end, whichever comes first), then months before phases before the whole
// campaign, then in site.toml's order. So a document's number never
// changes as data arrives, asOf moves, or another document is built or
// not (a commune's bulletin of a month keeps its number whether or not
// the months before were built).

// DocumentView is a document's header, signature and QR code.
type DocumentView struct {
	// Above is the body above the issuer and Issuer the issuing body, in
	// capitals ("ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "CÔNG AN TỈNH ĐẮK NÔNG").
	Above, Issuer string
	// Number is the number and symbol, "07/BT-CAT".
	Number string
	// DateLine is "Gia Nghĩa, ngày 19 tháng 8 năm 2025".
	DateLine string
	// Kind is "BẢN TIN" or "BÁO CÁO"; Subject the line under it.
	Kind, Subject string
	// SignTitle is the signer's title in capitals, SignName their name
	// (empty: signed by hand).
	SignTitle, SignName string
	// Recipients are the "Nơi nhận" lines.
	Recipients []string
}

// docKind is a kind of numbered document.
type docKind int

const (
	docBulletin docKind = iota
	docReport
)

// docSlot is one document an issuer can issue in the campaign: a month's
// (month set), a phase's or the whole campaign's (period set).
type docSlot struct {
	month  calendar.Month
	period *results.Period
}

// slotKey orders slots (see the numbering above): the day it ends, then
// months, phases, the whole campaign, then the order in site.toml.
type slotKey struct {
	end       calendar.Date
	rank, sub int
}

func (m *model) slotKey(s docSlot) slotKey {
	c := m.site.Campaign
	if s.period == nil {
		end := s.month.Last()
		if end.After(c.End) {
			end = c.End
		}
		return slotKey{end: end, rank: 0, sub: s.month.Index()}
	}
	if s.period.Phase == nil {
		return slotKey{end: s.period.End, rank: 2}
	}
	return slotKey{end: s.period.End, rank: 1, sub: slices.Index(m.res.Periods, s.period)}
}

func (a slotKey) compare(b slotKey) int {
	if c := a.end.Compare(b.end); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.sub, b.sub))
}

// docSequence is the place of slot s, from 1, among the slots of its year
// that an issuer with or without monthly documents can issue.
func (m *model) docSequence(s docSlot, monthly bool) int {
	key := m.slotKey(s)
	n := 1
	count := func(o docSlot) {
		if k := m.slotKey(o); k.end.Year == key.end.Year && k.compare(key) < 0 {
			n++
		}
	}
	if monthly {
		c := m.site.Campaign
		for mo := c.Start.MonthOf(); mo.Index() <= c.End.MonthOf().Index(); mo = mo.Next() {
			count(docSlot{month: mo})
		}
	}
	for _, p := range m.res.Periods {
		count(docSlot{period: p})
	}
	return n
}

// docNumber is the number and symbol of the document of kind k that u
// issues for slot s ("07/BT-CAT"), from site.toml's pattern.
func (m *model) docNumber(k docKind, u *data.Unit, s docSlot, monthly bool) string {
	pub := m.site.Publisher
	pat := cmp.Or(pub.Numbers.Bulletin, config.DefaultBulletinNumber)
	if k == docReport {
		pat = cmp.Or(pub.Numbers.Report, config.DefaultReportNumber)
	}
	n := strconv.Itoa(m.docSequence(s, monthly))
	if len(n) < 2 {
		n = "0" + n
	}
	return strings.NewReplacer("{n}", n, "{symbol}", m.docSymbol(u), "{year}", strconv.Itoa(m.slotKey(s).end.Year)).Replace(pat)
}

// docSymbol abbreviates u's issuing body: [publisher].symbol for the
// root when given, else the initials of unit_issuer and u's kind ("Công
// an" and "Xã" give "CAX", "Thành phố" "CATP"), without tone marks.
func (m *model) docSymbol(u *data.Unit) string {
	pub := m.site.Publisher
	if u.Parent == nil && pub.Symbol != "" {
		return pub.Symbol
	}
	var b strings.Builder
	for _, w := range strings.Fields(unitIssuer(pub) + " " + u.Kind) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) {
			b.WriteString(letterOf(w))
		}
	}
	return b.String()
}

// issuerName is the issuing body of u's documents in the period's tree:
// the publisher for the root, else "<unit_issuer> <unit>" with the unit's
// kind in lower case ("Công an xã Quảng Hòa").
func (m *model) issuerName(u *data.Unit) string {
	pub := m.site.Publisher
	if u.Parent == nil {
		return pub.Name
	}
	name := m.unitName(u)
	if r, size := utf8.DecodeRuneInString(name); hasPrefixFold(name, u.Kind) {
		name = string(unicode.ToLower(r)) + name[size:]
	}
	return unitIssuer(pub) + " " + name
}

// unitIssuer is [publisher].unit_issuer, or its default.
func unitIssuer(pub *config.Publisher) string {
	return cmp.Or(pub.UnitIssuer, config.DefaultUnitIssuer)
}

// parentIn is u's parent in period p's tree (its parent in units.csv
// when p has no result for it).
func parentIn(p *results.Period, u *data.Unit) *data.Unit {
	if p != nil {
		if r := p.Of(u); r != nil && r.Parent != nil {
			return r.Parent
		}
	}
	return u.Parent
}

// document makes the header and signature of the document of kind k
// about u for slot s, dated day, or nil without [publisher]. p is the
// period whose tree places u (nil: units.csv's).
func (m *model) document(k docKind, u *data.Unit, s docSlot, p *results.Period, day calendar.Date, subject string) *DocumentView {
	pub := m.site.Publisher
	if pub == nil {
		return nil
	}
	d := &DocumentView{Issuer: upper(m.issuerName(u)), Subject: subject,
		Number: m.docNumber(k, u, s, k == docBulletin && (u.Parent == nil || m.isCommune(u)))}
	var above string
	if u.Parent == nil {
		above = pub.Parent
	} else {
		above = m.issuerName(parentIn(p, u))
	}
	d.Above = upper(above)
	place := pub.Place
	if u.Parent != nil {
		place = bareName(u)
	}
	if place != "" {
		d.DateLine = place + ", " + vn.DocumentDate(day)
	} else {
		d.DateLine = vn.DocumentDate(day)
		d.DateLine = strings.ToUpper(d.DateLine[:1]) + d.DateLine[1:]
	}
	if u.Parent == nil {
		d.SignTitle, d.SignName = upper(pub.Signer.Title), pub.Signer.Name
	} else {
		d.SignTitle = upper("Trưởng " + unitIssuer(pub) + " " + strings.ToLower(u.Kind))
	}
	switch k {
	case docBulletin:
		d.Kind = "BẢN TIN"
		d.Recipients = []string{"Các Tổ bảo vệ an ninh, trật tự (để niêm yết)", "Các đơn vị trực thuộc"}
	case docReport:
		d.Kind = "BÁO CÁO"
		d.Recipients = []string{"Các đơn vị trực thuộc"}
	}
	if above != "" {
		d.Recipients = append([]string{above + " (để báo cáo)"}, d.Recipients...)
	}
	for i := range d.Recipients {
		d.Recipients[i] = "- " + d.Recipients[i] + ";"
	}
	d.Recipients = append(d.Recipients, "- Lưu: VT.")
	return d
}

// upper writes s in capitals, as a document's header does.
func upper(s string) string { return strings.ToUpper(s) }

// qrCode draws the QR code of the absolute URL addr, or nothing when it
// cannot be encoded (a URL of thousands of characters).
func qrCode(addr string) template.HTML {
	svg, err := qr.SVG(addr, "Mã QR: "+addr)
	if err != nil {
		return ""
	}
	return template.HTML(svg) // built from numbers and an escaped label only
}

// phaseOn is the phase that holds day, else the whole campaign's period
// (nil before the campaign).
func (m *model) phaseOn(day calendar.Date) *results.Period {
	var all *results.Period
	for _, p := range m.res.Periods {
		if p.Phase == nil {
			all = p
		} else if !day.Before(p.Start) && !day.After(p.End) {
			return p
		}
	}
	return all
}
