package build

import (
	"testing"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
)

func TestResolveAsOf(t *testing.T) {
	site := &config.Site{AsOf: calendar.Date{Year: 2025, Month: 8, Day: 19}}
	// 2025-03-01T18:30:00Z is already 2 March 01:30 in Hanoi (UTC+7).
	now := time.Date(2025, 3, 1, 18, 30, 0, 0, time.UTC)
	cases := []struct {
		name, flag, epoch string
		site              *config.Site
		want, from        string
	}{
		{"flag wins", "2025-01-31", "1700000000", site, "2025-01-31", "--asof"},
		{"flag in DD/MM/YYYY", "31/01/2025", "", site, "2025-01-31", "--asof"},
		{"site.toml next", "", "1700000000", site, "2025-08-19", "site.toml"},
		// 1740850200 = 2025-03-01T17:30:00Z = 2 March 00:30 in Hanoi.
		{"SOURCE_DATE_EPOCH read in Hanoi time", "", "1740850200", &config.Site{}, "2025-03-02", "SOURCE_DATE_EPOCH"},
		{"today in Hanoi", "", "", &config.Site{}, "2025-03-02", "hôm nay"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, from, err := ResolveAsOf(c.flag, c.site, c.epoch, now)
			if err != nil || d.String() != c.want || from != c.from {
				t.Errorf("got %s from %q (%v), want %s from %q", d, from, err, c.want, c.from)
			}
		})
	}
	if _, _, err := ResolveAsOf("2025-02-31", site, "", now); err == nil {
		t.Error("an impossible --asof must be refused")
	}
}
