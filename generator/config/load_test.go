package config

import (
	"strings"
	"testing"
	"testing/fstest"
)

const good = `title = "Trang"
baseURL = "https://example.org"
asOf = 2025-08-19

[campaign]
name = "Phong trào"
slogan = "Khẩu hiệu"
plan = "591/KH-UBND"
start = 2024-08-19
end = 2025-08-19

[[campaign.phases]]
id = "dot-1"
name = "Đợt 1"
title = "Đợt một"
start = 2024-08-19
end = 2025-02-03

[[campaign.phases]]
id = "dot-2"
name = "Đợt 2"
start = 2025-02-04
end = 2025-08-19
`

func load(src string) (*Site, []string) {
	s, errs := Load(fstest.MapFS{FileName: {Data: []byte(src)}})
	var out []string
	for _, d := range errs.Items() {
		out = append(out, d.Pos.String()+": "+d.Msg)
	}
	return s, out
}

func TestLoadGood(t *testing.T) {
	s, errs := load(good)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if s.BaseURL != "https://example.org/" || !s.Illustrative || s.AsOf.String() != "2025-08-19" {
		t.Errorf("baseURL %q (a slash is added), illustrative %v (default on), asOf %s", s.BaseURL, s.Illustrative, s.AsOf)
	}
	if len(s.Campaign.Phases) != 2 || s.Campaign.Phases[1].Pos.Line != 19 || s.Campaign.Phases[0].End.String() != "2025-02-03" {
		t.Errorf("phases %+v", s.Campaign.Phases)
	}
	s, _ = load(strings.Replace(good, "asOf = 2025-08-19", "illustrative = false", 1))
	if s.Illustrative || !s.AsOf.IsZero() {
		t.Error("illustrative = false must turn the label off; asOf is optional")
	}
}

func TestLoadErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unknown key", strings.Replace(good, `plan = "591/KH-UBND"`, `plan_no = "591/KH-UBND"`, 1), `site.toml:8: khóa không được hỗ trợ "campaign.plan_no"`},
		{"unknown key in second phase", strings.Replace(good, `name = "Đợt 2"`, `nam = "Đợt 2"`, 1), `site.toml:21: khóa không được hỗ trợ "campaign.phases.nam"`},
		{"syntax error", strings.Replace(good, `slogan = "Khẩu hiệu"`, `slogan = Khẩu hiệu`, 1), `site.toml:7:10: lỗi cú pháp TOML`},
		{"wrong type", strings.Replace(good, `start = 2024-08-19`, `start = 20240819`, 1), `site.toml:9:`},
		{"impossible date string", strings.Replace(good, `asOf = 2025-08-19`, `asOf = "31/02/2025"`, 1), `site.toml:3:`},
		{"phase outside the campaign", strings.Replace(good, `end = 2025-02-03`, `end = 2025-09-03`, 1), `site.toml:12: đợt "dot-1" (19/08/2024–03/09/2025) nằm ngoài`},
		{"reserved id", strings.Replace(good, `id = "dot-2"`, `id = "all"`, 1), `site.toml:19: id "all" được dành`},
		{"missing title", strings.Replace(good, `title = "Trang"`, ``, 1), `site.toml:1: thiếu khóa bắt buộc "title"`},
		{"bad baseURL", strings.Replace(good, `https://example.org`, `example.org`, 1), `site.toml:2: baseURL "example.org"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := load(c.src)
			for _, e := range errs {
				if strings.HasPrefix(e, c.want) {
					return
				}
			}
			t.Errorf("want an error starting %q, got %q", c.want, errs)
		})
	}
}
