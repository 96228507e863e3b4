package data

import (
	"fmt"

	"phongtrao/generator/tomlfile"
)

// Indicator windows (the key window of [[criterion.indicator]]).
const (
	// WindowPeriod counts what falls in [P.start, min(P.end, asOf)].
	WindowPeriod = "period"
	// WindowCampaign counts what falls in [campaign start, min(P.end,
	// asOf)]: a model recognised in phase 1 still counts in phase 2.
	WindowCampaign = "campaign"
)

// window converts the optional key window, WindowPeriod when absent.
func (c conv) window(v tomlfile.Value) string {
	if !v.Set {
		return WindowPeriod
	}
	w := c.str("window", v)
	if _, ok := v.V.(string); !ok {
		return WindowPeriod // c.str said why
	}
	if w != WindowPeriod && w != WindowCampaign {
		c.errs.Add(c.b.at("window"), fmt.Sprintf("khung thời gian window = %q không hợp lệ", w),
			`dùng "period" (mặc định: chỉ tính trong từng kỳ) hoặc "campaign" (tính từ đầu phong trào)`)
		return WindowPeriod
	}
	return w
}
