package config

import (
	"fmt"

	"phongtrao/generator/diag"
	"phongtrao/generator/privacy"
	"phongtrao/generator/tomlfile"
)

// Privacy is site.toml's [privacy] table: what the personal-data guard lets
// the data files and site.toml publish, and whether stories need consent.
type Privacy struct {
	// Allow holds the values that look like personal data which the data
	// files (deeds.csv, units.csv, criteria.toml) and site.toml publish on
	// purpose, such as a public hotline: [privacy] allow = ["…"], given
	// with its reason, allow_reason = "…". A page lists its own in its
	// front matter.
	Allow       privacy.Allow
	AllowReason string
	// ConsentRequired is true unless [privacy] consent_required = false: a
	// story that names people or shows a photo then needs consent = true.
	ConsentRequired bool
}

// rawPrivacy is the [privacy] table as decoded.
type rawPrivacy struct {
	Allow           tomlfile.Strings `toml:"allow"`
	AllowReason     tomlfile.String  `toml:"allow_reason"`
	ConsentRequired *tomlfile.Bool   `toml:"consent_required"`
}

// publicContact are the [publisher] keys that are public contact data:
// the guard lets them through (BRIEF.md §3).
var publicContact = map[string]bool{"address": true, "phone": true, "email": true}

// loadPrivacy reads the [privacy] table and checks site.toml's own text.
func loadPrivacy(raw rawPrivacy, text string, at func(...string) diag.Pos, errs *diag.List) Privacy {
	p := Privacy{AllowReason: string(raw.AllowReason), ConsentRequired: raw.ConsentRequired == nil || bool(*raw.ConsentRequired)}
	var empty []string
	p.Allow, empty = privacy.NewAllow(raw.Allow)
	for _, v := range empty {
		errs.Add(at("privacy", "allow"), fmt.Sprintf("giá trị %q trong [privacy] allow không phải số điện thoại, số giấy tờ, e-mail hay địa chỉ nhà", v),
			`allow chỉ ghi đúng những giá trị được cố ý đăng, ví dụ allow = ["0261 3544 123"]; bỏ giá trị này`)
	}
	switch {
	case len(raw.Allow) > 0 && p.AllowReason == "":
		errs.Add(at("privacy", "allow"), "danh sách [privacy] allow cần kèm lý do: thiếu khóa allow_reason",
			`thêm allow_reason = "…" trong bảng [privacy] (ví dụ "số đường dây nóng công khai")`)
	case len(raw.Allow) == 0 && p.AllowReason != "":
		errs.Add(at("privacy", "allow_reason"), "có allow_reason nhưng không có danh sách allow trong bảng [privacy]",
			`ghi các giá trị được phép đăng vào allow = ["…"], hoặc bỏ dòng allow_reason`)
	}
	skip := func(table, key string) bool {
		return table == "privacy" || table == "publisher" && publicContact[key]
	}
	privacy.Report(errs, diag.Pos{File: FileName, Line: 1, Col: 1}, text, privacy.ScanTOML(text, skip), p.Allow, PrivacyHint)
	return p
}

// PrivacyHint tells how to fix a privacy finding in a data file or site.toml, or
// allow a value published on purpose.
const PrivacyHint = `trang công khai không đăng dữ liệu cá nhân: xóa hoặc che bớt (ví dụ 0912 xxx xxx); ` +
	`nếu cố ý đăng một số hay địa chỉ công khai (ví dụ đường dây nóng), ghi đúng giá trị đó vào site.toml: ` +
	`[privacy] allow = ["…"] và allow_reason = "lý do được đăng"`
