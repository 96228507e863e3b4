package config

import (
	"fmt"
	"slices"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/diag"
	"phongtrao/generator/privacy"
	"phongtrao/generator/tomlfile"
)

// Publisher is site.toml's optional [publisher] table: the body that
// publishes the site and signs its documents.
type Publisher struct {
	Name string
	// Parent is the body above the publisher, for a document's header.
	Parent string
	// Place is where documents are signed ("Gia Nghĩa, ngày ...").
	Place string
	// Address, Phone and Email are public contact data: the privacy guard
	// lets them through in site.toml and in the data files.
	Address, Phone, Email string
	// Signer is who signs the publisher's documents; zero when not given.
	Signer Signer
	// Symbol abbreviates the publisher in its documents' numbers ("CAT");
	// empty: the initials of UnitIssuer and the root unit's kind.
	Symbol string
	// UnitIssuer starts the issuing body of a unit's own documents:
	// "Công an" gives "Công an xã Quảng Hòa" (default "Công an").
	UnitIssuer string
	// Numbers are the patterns of document numbers by kind (see Numbers).
	Numbers Numbers
	Pos     diag.Pos
}

// Numbers are [publisher.numbers]: how a document's number and symbol
// read, per kind. In a pattern, {n} is the document's place in its
// issuer's sequence of that kind in the year (two digits at least: 07),
// {symbol} the issuer's abbreviation ("CAT", "CAX") and {year} the year.
type Numbers struct {
	Bulletin, Report string
}

// Default patterns and the default UnitIssuer.
const (
	DefaultBulletinNumber = "{n}/BT-{symbol}"
	DefaultReportNumber   = "{n}/BC-{symbol}"
	DefaultUnitIssuer     = "Công an"
)

// Signer is [publisher] signer = { title = "...", name = "..." }.
type Signer struct {
	Title, Name string
}

// Milestone is one [[campaign.milestones]] entry: a dated event of the
// campaign shown on the home page's timeline.
type Milestone struct {
	Date  calendar.Date
	Title string
	Pos   diag.Pos
}

// MilestoneSlack is how far, in days, a milestone may lie before the
// campaign starts or after it ends (a plan issued before the start, a
// final review after the end).
const MilestoneSlack = 366

type rawPublisher struct {
	Name    tomlfile.String `toml:"name"`
	Parent  tomlfile.String `toml:"parent"`
	Place   tomlfile.String `toml:"place"`
	Address tomlfile.String `toml:"address"`
	Phone   tomlfile.String `toml:"phone"`
	Email   tomlfile.String `toml:"email"`
	Signer  *struct {
		Title tomlfile.String `toml:"title"`
		Name  tomlfile.String `toml:"name"`
	} `toml:"signer"`
	Symbol     tomlfile.String `toml:"symbol"`
	UnitIssuer tomlfile.String `toml:"unit_issuer"`
	Numbers    struct {
		Bulletin tomlfile.String `toml:"bulletin"`
		Report   tomlfile.String `toml:"report"`
	} `toml:"numbers"`
}

type rawMilestone struct {
	Date  tomlfile.Date   `toml:"date"`
	Title tomlfile.String `toml:"title"`
}

// loadPublisher converts and checks the [publisher] table (nil: absent).
// at gives a key's line, near its nearest enclosing key's (inline tables).
func loadPublisher(raw *rawPublisher, at, near func(...string) diag.Pos, errs *diag.List) *Publisher {
	if raw == nil {
		return nil
	}
	p := &Publisher{Name: strings.TrimSpace(string(raw.Name)), Parent: strings.TrimSpace(string(raw.Parent)),
		Place: strings.TrimSpace(string(raw.Place)), Address: strings.TrimSpace(string(raw.Address)),
		Phone: strings.TrimSpace(string(raw.Phone)), Email: strings.TrimSpace(string(raw.Email)), Pos: at("publisher")}
	if p.Name == "" {
		errs.Add(p.Pos, "bảng [publisher] thiếu tên cơ quan (name)", `thêm name = "Công an tỉnh ..." trong bảng [publisher]`)
	}
	if p.Email != "" && !strings.Contains(p.Email, "@") {
		errs.Add(at("publisher", "email"), fmt.Sprintf("email %q không phải địa chỉ thư điện tử", p.Email), `viết dạng email = "ten@mien.gov.vn"`)
	}
	p.Symbol, p.UnitIssuer = strings.TrimSpace(string(raw.Symbol)), strings.TrimSpace(string(raw.UnitIssuer))
	if p.UnitIssuer == "" {
		p.UnitIssuer = DefaultUnitIssuer
	}
	p.Numbers = Numbers{Bulletin: numberPattern(string(raw.Numbers.Bulletin), DefaultBulletinNumber, near("publisher", "numbers", "bulletin"), errs),
		Report: numberPattern(string(raw.Numbers.Report), DefaultReportNumber, near("publisher", "numbers", "report"), errs)}
	if s := raw.Signer; s != nil {
		p.Signer = Signer{Title: strings.TrimSpace(string(s.Title)), Name: strings.TrimSpace(string(s.Name))}
		if p.Signer.Title == "" || p.Signer.Name == "" {
			errs.Add(at("publisher", "signer"), "signer cần cả chức vụ (title) và họ tên (name)",
				`viết dạng signer = { title = "Giám đốc", name = "Nguyễn Văn A" }`)
		}
	}
	return p
}

// numberPattern checks a [publisher.numbers] pattern: it holds {n} once
// and no placeholder but {n}, {symbol} and {year}. Empty gives def.
func numberPattern(raw, def string, pos diag.Pos, errs *diag.List) string {
	pat := strings.TrimSpace(raw)
	if pat == "" {
		return def
	}
	hint := `viết dạng "{n}/BT-{symbol}": {n} là số thứ tự, {symbol} là chữ viết tắt của cơ quan, {year} là năm`
	rest := strings.NewReplacer("{n}", "", "{symbol}", "", "{year}", "").Replace(pat)
	switch {
	case strings.Count(pat, "{n}") != 1:
		errs.Add(pos, fmt.Sprintf("mẫu số văn bản %q cần đúng một chỗ {n} cho số thứ tự", pat), hint)
	case strings.ContainsAny(rest, "{}"):
		errs.Add(pos, fmt.Sprintf("mẫu số văn bản %q có chỗ điền không được hỗ trợ", pat), hint)
	}
	return pat
}

// PublicContact is what every page may publish without listing it: the
// publisher's address, phone and email; nil without [publisher].
func (s *Site) PublicContact() privacy.Allow { return s.Publisher.contactAllow() }

// contactAllow is the publisher's public contact data, for the privacy
// guard's allow list.
func (p *Publisher) contactAllow() privacy.Allow {
	if p == nil {
		return nil
	}
	a, _ := privacy.NewAllow([]string{p.Address, p.Phone, p.Email})
	return a
}

// loadMilestones converts and checks the [[campaign.milestones]] entries
// and returns them by date (file order for one date).
func loadMilestones(raws []rawMilestone, text string, c Campaign, errs *diag.List) []Milestone {
	blocks := tomlfile.Blocks(text, "campaign", "milestones")
	var out []Milestone
	for i, r := range raws {
		b := tomlfile.Block{Line: 1}
		if i < len(blocks) {
			b = blocks[i]
		}
		pos := diag.Pos{File: FileName, Line: b.Line}
		m := Milestone{Date: calendar.Date(r.Date), Title: strings.TrimSpace(string(r.Title)), Pos: pos}
		if m.Title == "" {
			errs.Add(pos, "mốc thời gian thiếu tiêu đề (title)", `thêm title = "..." trong bảng [[campaign.milestones]]`)
		}
		switch {
		case m.Date.IsZero():
			errs.Add(pos, "mốc thời gian thiếu ngày (date)", "thêm date = 2025-07-01 trong bảng [[campaign.milestones]]")
		case !c.Start.IsZero() && !c.End.IsZero() &&
			(m.Date.Before(c.Start.AddDays(-MilestoneSlack)) || m.Date.After(c.End.AddDays(MilestoneSlack))):
			errs.Add(diag.Pos{File: FileName, Line: b.At("date")}, fmt.Sprintf("mốc %s cách quá xa thời gian phong trào (%s–%s)", m.Date.VN(), c.Start.VN(), c.End.VN()),
				"mốc thời gian phải nằm trong phong trào, hoặc trước khi bắt đầu, sau khi kết thúc không quá một năm")
		}
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b Milestone) int { return a.Date.Compare(b.Date) })
	return out
}
