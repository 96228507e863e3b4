package config

import (
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/diag"
	"phongtrao/generator/tomlfile"
)

// FileName is the site configuration file, at the root of the source folder.
const FileName = "site.toml"

// IDPattern is what unit, phase and indicator ids look like.
var IDPattern = regexp.MustCompile(`^[a-z0-9-]+$`)

type rawSite struct {
	Title        tomlfile.String `toml:"title"`
	BaseURL      tomlfile.String `toml:"baseURL"`
	AsOf         tomlfile.Date   `toml:"asOf"`
	Description  tomlfile.String `toml:"description"`
	Illustrative *tomlfile.Bool  `toml:"illustrative"`
	Campaign     struct {
		Name   tomlfile.String `toml:"name"`
		Slogan tomlfile.String `toml:"slogan"`
		Plan   tomlfile.String `toml:"plan"`
		Start  tomlfile.Date   `toml:"start"`
		End    tomlfile.Date   `toml:"end"`
		Phases []rawPhase      `toml:"phases"`
		// Milestones is the optional [[campaign.milestones]].
		Milestones []rawMilestone `toml:"milestones"`
	} `toml:"campaign"`
	Privacy   rawPrivacy    `toml:"privacy"`
	Publisher *rawPublisher `toml:"publisher"`
}

type rawPhase struct {
	ID    tomlfile.String `toml:"id"`
	Name  tomlfile.String `toml:"name"`
	Title tomlfile.String `toml:"title"`
	Start tomlfile.Date   `toml:"start"`
	End   tomlfile.Date   `toml:"end"`
}

// Load reads and checks site.toml from the root of fsys.
func Load(fsys fs.FS) (*Site, *diag.List) {
	var errs diag.List
	src, err := fs.ReadFile(fsys, FileName)
	if err != nil {
		errs.Add(diag.Pos{File: FileName}, "không đọc được tệp cấu hình site.toml: "+err.Error(),
			"mỗi trang cần một tệp site.toml ở thư mục gốc (xem docs/huong-dan-du-lieu.md)")
		return nil, &errs
	}
	var raw rawSite
	_, derrs := tomlfile.Decode(FileName, src, 0, &raw)
	if derrs.Len() > 0 {
		return nil, derrs
	}
	text := string(src)
	at := func(key ...string) diag.Pos {
		return diag.Pos{File: FileName, Line: tomlfile.KeyLine(text, key)}
	}
	near := func(key ...string) diag.Pos {
		return diag.Pos{File: FileName, Line: tomlfile.NearestKeyLine(text, key)}
	}
	s := &Site{
		Title:        string(raw.Title),
		BaseURL:      string(raw.BaseURL),
		AsOf:         calendar.Date(raw.AsOf),
		Description:  string(raw.Description),
		Illustrative: raw.Illustrative == nil || bool(*raw.Illustrative),
		Pos:          diag.Pos{File: FileName, Line: 1},
		Campaign: Campaign{
			Name:   string(raw.Campaign.Name),
			Slogan: string(raw.Campaign.Slogan),
			Plan:   string(raw.Campaign.Plan),
			Start:  calendar.Date(raw.Campaign.Start),
			End:    calendar.Date(raw.Campaign.End),
		},
	}
	required := []struct {
		val  string
		key  []string
		hint string
	}{
		{s.Title, []string{"title"}, `thêm dòng title = "Tên trang" ở đầu tệp`},
		{s.Campaign.Name, []string{"campaign", "name"}, `thêm name = "Tên phong trào" trong bảng [campaign]`},
	}
	for _, r := range required {
		if strings.TrimSpace(r.val) == "" {
			errs.Add(diag.Pos{File: FileName, Line: 1}, fmt.Sprintf("thiếu khóa bắt buộc %q", strings.Join(r.key, ".")), r.hint)
		}
	}
	s.BaseURL = checkBaseURL(s.BaseURL, at("baseURL"), &errs)
	checkCampaign(s, at, &errs)
	s.Campaign.Phases = loadPhases(raw.Campaign.Phases, text, s.Campaign, &errs)
	s.Campaign.Milestones = loadMilestones(raw.Campaign.Milestones, text, s.Campaign, &errs)
	s.Privacy = loadPrivacy(raw.Privacy, text, at, &errs)
	s.Publisher = loadPublisher(raw.Publisher, at, near, &errs)
	if a := s.Publisher.contactAllow(); len(a) > 0 {
		s.Privacy.Allow = s.Privacy.Allow.With(a)
	}
	return s, &errs
}

func checkBaseURL(base string, pos diag.Pos, errs *diag.List) string {
	if base == "" {
		return "/"
	}
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs.Add(pos, fmt.Sprintf("baseURL %q không phải địa chỉ web đầy đủ", base),
			`viết dạng baseURL = "https://ten-mien.vn/"`)
		return "/"
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	return base
}

func checkCampaign(s *Site, at func(...string) diag.Pos, errs *diag.List) {
	c := s.Campaign
	if c.Start.IsZero() {
		errs.Add(at("campaign"), "thiếu ngày bắt đầu campaign.start", "thêm start = 2024-08-19 trong bảng [campaign]")
	}
	if c.End.IsZero() {
		errs.Add(at("campaign"), "thiếu ngày kết thúc campaign.end", "thêm end = 2025-08-19 trong bảng [campaign]")
	}
	if !c.Start.IsZero() && !c.End.IsZero() && c.End.Before(c.Start) {
		errs.Add(at("campaign", "end"), fmt.Sprintf("ngày kết thúc %s trước ngày bắt đầu %s", c.End.VN(), c.Start.VN()), "kiểm tra lại hai ngày")
	}
}

func loadPhases(raws []rawPhase, text string, c Campaign, errs *diag.List) []Phase {
	lines := phaseLines(text)
	seen := map[string]bool{}
	var out []Phase
	for i, r := range raws {
		pos := diag.Pos{File: FileName, Line: 1}
		if i < len(lines) {
			pos.Line = lines[i]
		}
		p := Phase{ID: string(r.ID), Name: string(r.Name), Title: string(r.Title),
			Start: calendar.Date(r.Start), End: calendar.Date(r.End), Pos: pos}
		switch {
		case p.ID == "":
			errs.Add(pos, "đợt thi đua thiếu id", `thêm id = "dot-1"`)
		case !IDPattern.MatchString(p.ID):
			errs.Add(pos, fmt.Sprintf("id đợt %q chỉ được gồm chữ thường không dấu, số và dấu gạch ngang", p.ID), `ví dụ id = "dot-1"`)
		case p.ID == AllPeriodID:
			errs.Add(pos, `id "all" được dành cho cả phong trào`, "đặt id khác cho đợt này")
		case seen[p.ID]:
			errs.Add(pos, fmt.Sprintf("id đợt %q bị trùng", p.ID), "mỗi đợt cần một id riêng")
		}
		seen[p.ID] = true
		if p.Name == "" {
			p.Name = p.ID
		}
		switch {
		case p.Start.IsZero() || p.End.IsZero():
			errs.Add(pos, fmt.Sprintf("đợt %q thiếu start hoặc end", p.ID), "thêm start = ... và end = ... dạng 2024-08-19")
		case p.End.Before(p.Start):
			errs.Add(pos, fmt.Sprintf("đợt %q kết thúc (%s) trước khi bắt đầu (%s)", p.ID, p.End.VN(), p.Start.VN()), "kiểm tra lại hai ngày")
		case !c.Start.IsZero() && !c.End.IsZero() && (p.Start.Before(c.Start) || p.End.After(c.End)):
			errs.Add(pos, fmt.Sprintf("đợt %q (%s–%s) nằm ngoài thời gian phong trào (%s–%s)", p.ID, p.Start.VN(), p.End.VN(), c.Start.VN(), c.End.VN()),
				"ngày của đợt phải nằm trong [campaign] start–end")
		}
		out = append(out, p)
	}
	return out
}

// phaseLines returns the line of each [[campaign.phases]] header, in order.
func phaseLines(text string) []int {
	var out []int
	for i, l := range strings.Split(text, "\n") {
		t := strings.ReplaceAll(strings.TrimSpace(l), " ", "")
		if strings.HasPrefix(t, "[[campaign.phases]]") {
			out = append(out, i+1)
		}
	}
	return out
}
