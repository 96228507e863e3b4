package config

import (
	"reflect"
	"strings"
	"testing"

	"phongtrao/generator/privacy"
)

// withExtras is good with a [publisher] and milestones, lines 24–40.
const withExtras = good + `
[publisher]
name = "Công an tỉnh Đắk Nông"
parent = "Ủy ban nhân dân tỉnh Đắk Nông"
place = "Gia Nghĩa"
address = "số 6 đường Trần Hưng Đạo, phường Nghĩa Thành"
phone = "0261 3544 123"
email = "tuyentruyen@example.org"
signer = { title = "Giám đốc", name = "Nguyễn Văn An" }

[[campaign.milestones]]
date = 2025-07-01
title = "Sắp xếp đơn vị hành chính"

[[campaign.milestones]]
title = "Ban hành kế hoạch"
date = 2024-09-16
`

func TestPublisherAndMilestones(t *testing.T) {
	s, errs := load(withExtras)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	p := s.Publisher
	want := Publisher{Name: "Công an tỉnh Đắk Nông", Parent: "Ủy ban nhân dân tỉnh Đắk Nông", Place: "Gia Nghĩa",
		Address: "số 6 đường Trần Hưng Đạo, phường Nghĩa Thành", Phone: "0261 3544 123", Email: "tuyentruyen@example.org",
		Signer: Signer{Title: "Giám đốc", Name: "Nguyễn Văn An"},
		// Not given: the defaults.
		UnitIssuer: "Công an", Numbers: Numbers{Bulletin: "{n}/BT-{symbol}", Report: "{n}/BC-{symbol}"}}
	want.Pos = p.Pos
	if p == nil || !reflect.DeepEqual(*p, want) || p.Pos.Line != 25 {
		t.Errorf("publisher %+v, want %+v at line 25", p, want)
	}
	ms := s.Campaign.Milestones
	if len(ms) != 2 || ms[0].Date.String() != "2024-09-16" || ms[0].Title != "Ban hành kế hoạch" || ms[0].Pos.Line != 38 ||
		ms[1].Date.String() != "2025-07-01" || ms[1].Pos.Line != 34 {
		t.Errorf("milestones must come by date with their header lines (38, 34): %+v", ms)
	}
	// The publisher's contact data is allowed in site.toml and in the data files.
	for _, v := range []string{"0261 3544 123", "tuyentruyen@example.org"} {
		for _, f := range privacy.Scan("Liên hệ " + v) {
			if !s.Privacy.Allow.Has(f) || !s.PublicContact().Has(f) {
				t.Errorf("%q must be on the site's allow list and its public contact data", v)
			}
		}
	}
}

func TestNoPublisher(t *testing.T) {
	s, errs := load(good)
	if len(errs) > 0 || s.Publisher != nil || s.Campaign.Milestones != nil || len(s.Privacy.Allow) != 0 || s.PublicContact() != nil {
		t.Errorf("a site without the keys: publisher %v, milestones %v, allow %v, errors %v", s.Publisher, s.Campaign.Milestones, s.Privacy.Allow, errs)
	}
}

func TestPublisherErrors(t *testing.T) {
	for _, tc := range []struct {
		name, from, to, want string
	}{
		{"unknown key", `place = "Gia Nghĩa"`, `place = "Gia Nghĩa"` + "\nfax = \"1\"", `site.toml:29: khóa không được hỗ trợ "publisher.fax"`},
		{"unknown signer key", `name = "Nguyễn Văn An" }`, `name = "Nguyễn Văn An", rank = "x" }`, `site.toml:32: khóa không được hỗ trợ "publisher.signer.rank"`},
		{"no name", `name = "Công an tỉnh Đắk Nông"`, ``, `site.toml:25: bảng [publisher] thiếu tên cơ quan (name)`},
		{"bad email", `"tuyentruyen@example.org"`, `"tuyentruyen"`, `site.toml:31: email "tuyentruyen" không phải địa chỉ thư điện tử`},
		{"half a signer", `title = "Giám đốc", `, ``, `site.toml:32: signer cần cả chức vụ (title) và họ tên (name)`},
		{"unknown milestone key", `title = "Ban hành kế hoạch"`, `title = "Ban hành kế hoạch"` + "\nplace = \"x\"", `site.toml:40: khóa không được hỗ trợ "campaign.milestones.place"`},
		{"pattern without {n}", `place = "Gia Nghĩa"`, `place = "Gia Nghĩa"` + "\nnumbers = { bulletin = \"BT-{symbol}\" }", `site.toml:29: mẫu số văn bản "BT-{symbol}" cần đúng một chỗ {n} cho số thứ tự`},
		{"unknown placeholder", `place = "Gia Nghĩa"`, `place = "Gia Nghĩa"` + "\nnumbers = { report = \"{n}/BC-{unit}\" }", `site.toml:29: mẫu số văn bản "{n}/BC-{unit}" có chỗ điền không được hỗ trợ`},
		{"unknown numbers key", `place = "Gia Nghĩa"`, `place = "Gia Nghĩa"` + "\nnumbers = { letter = \"{n}\" }", `site.toml:29: khóa không được hỗ trợ "publisher.numbers.letter"`},
		{"no title", `title = "Sắp xếp đơn vị hành chính"`, ``, `site.toml:34: mốc thời gian thiếu tiêu đề (title)`},
		{"no date", `date = 2024-09-16`, ``, `site.toml:38: mốc thời gian thiếu ngày (date)`},
		{"too early", `date = 2024-09-16`, `date = 2023-08-18`, `site.toml:40: mốc 18/08/2023 cách quá xa thời gian phong trào (19/08/2024–19/08/2025)`},
		{"too late", `date = 2025-07-01`, `date = 2026-08-21`, `site.toml:35: mốc 21/08/2026 cách quá xa thời gian phong trào (19/08/2024–19/08/2025)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := load(strings.Replace(withExtras, tc.from, tc.to, 1))
			if len(errs) != 1 || errs[0] != tc.want {
				t.Errorf("errors %q, want only %q", errs, tc.want)
			}
		})
	}
	// Just inside the slack: a year before the start, a year after the end.
	src := strings.Replace(strings.Replace(withExtras, "2024-09-16", "2023-08-19", 1), "2025-07-01", "2026-08-20", 1)
	if _, errs := load(src); len(errs) > 0 {
		t.Errorf("milestones within a year of the campaign: %q", errs)
	}
}
