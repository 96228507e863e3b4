package build

import (
	"fmt"
	"strconv"
	"time"
	_ "time/tzdata" // Asia/Ho_Chi_Minh on machines without a zoneinfo database

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
)

// Zone is the campaign's time zone, used when "today" decides the reference date.
const Zone = "Asia/Ho_Chi_Minh"

// ResolveAsOf picks the reference date as the contract orders it: the
// --asof flag, else asOf in site.toml, else SOURCE_DATE_EPOCH (seconds since
// 1970, read in Asia/Ho_Chi_Minh), else today in Asia/Ho_Chi_Minh. It also
// says where the date came from, for the build log.
func ResolveAsOf(flag string, site *config.Site, sourceDateEpoch string, now time.Time) (calendar.Date, string, error) {
	loc, err := time.LoadLocation(Zone)
	if err != nil {
		return calendar.Date{}, "", err
	}
	switch {
	case flag != "":
		d, err := calendar.ParseDate(flag)
		if err != nil {
			return calendar.Date{}, "", fmt.Errorf("--asof: %v (viết dạng 2025-08-19)", err)
		}
		return d, "--asof", nil
	case site != nil && !site.AsOf.IsZero():
		return site.AsOf, "site.toml", nil
	case sourceDateEpoch != "":
		sec, err := strconv.ParseInt(sourceDateEpoch, 10, 64)
		if err != nil {
			return calendar.Date{}, "", fmt.Errorf("SOURCE_DATE_EPOCH=%q không phải số giây", sourceDateEpoch)
		}
		return calendar.Of(time.Unix(sec, 0).In(loc)), "SOURCE_DATE_EPOCH", nil
	default:
		return calendar.Of(now.In(loc)), "hôm nay", nil
	}
}
