// Package config reads site.toml: the site's identity, the campaign and its
// phases. Decoding is strict: an unknown key is an error naming its line.
package config

import (
	"phongtrao/generator/calendar"
	"phongtrao/generator/diag"
)

// Site is site.toml once read and checked.
type Site struct {
	Title   string
	BaseURL string
	// AsOf is the reference date from site.toml, zero when absent.
	AsOf calendar.Date
	// Illustrative turns on the "dữ liệu minh họa" label on every page (default true).
	Illustrative bool
	// Description is an optional one-line description for search engines and feeds.
	Description string
	Campaign    Campaign
	// Privacy is the [privacy] table.
	Privacy Privacy
	// Publisher is the optional [publisher] table, nil when absent.
	Publisher *Publisher
	Pos       diag.Pos
}

// Campaign is the [campaign] table.
type Campaign struct {
	Name   string
	Slogan string
	Plan   string
	Start  calendar.Date
	End    calendar.Date
	Phases []Phase
	// Milestones are the optional [[campaign.milestones]], by date.
	Milestones []Milestone
}

// Phase is one [[campaign.phases]] entry.
type Phase struct {
	ID    string
	Name  string
	Title string
	Start calendar.Date
	End   calendar.Date
	Pos   diag.Pos
}

// AllPeriodID is the reserved period id for the whole campaign.
const AllPeriodID = "all"

// OutsideHint is the hint for a date outside the campaign: fix (what to
// check in the row) and the site.toml setting to change when the campaign
// really ran longer, [campaign] start for a date before it (early), end
// for one after it.
func OutsideHint(early bool, fix string) string {
	if early {
		return fix + "; nếu phong trào thật sự bắt đầu sớm hơn, sửa start trong bảng [campaign] của site.toml"
	}
	return fix + "; nếu phong trào thật sự kết thúc muộn hơn, sửa end trong bảng [campaign] của site.toml"
}
