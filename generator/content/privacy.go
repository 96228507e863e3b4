package content

import (
	"fmt"

	"phongtrao/generator/diag"
	"phongtrao/generator/privacy"
)

// privacyHint tells the author how to fix a privacy finding, or allow one
// value that the page publishes on purpose.
const privacyHint = `trang công khai không đăng dữ liệu cá nhân: xóa hoặc che bớt (ví dụ 0912 xxx xxx); ` +
	`nếu trang cố ý đăng một số hay địa chỉ công khai (ví dụ đường dây nóng của Công an xã), ghi đúng giá trị đó vào ` +
	`phần đầu trang: allow = ["…"] và allow_reason = "lý do được đăng"`

// checkPrivacy reports, at its line and column, everything in the file's
// published text (the front matter's values and the body, as a reader sees
// them) that looks like personal data, except the values the front matter
// allows (allow, with its reason in allow_reason).
//
// The findings are kept on the page and reported by Check (reportPrivacy),
// which also lets through what the whole site publishes on purpose
// (Known.Allow): content is parsed before site.toml is read.
func checkPrivacy(p *Page, s *source, l *diag.List) {
	allow := pageAllow(p, l)
	front := diag.Pos{File: s.path, Line: 2, Col: 1}
	p.privacy = unallowed(p.privacy, front, s.front, privacy.Scan(s.front), allow)
	body := diag.Pos{File: s.path, Line: s.bodyStart, Col: 1}
	p.privacy = unallowed(p.privacy, body, s.body, privacy.ScanMarkdown(s.body), allow)
}

// privacyFinding is what looks like personal data in a page, with its position.
type privacyFinding struct {
	f   privacy.Finding
	pos diag.Pos
}

// unallowed appends to out the findings in src (which starts at start)
// that allow does not let through.
func unallowed(out []privacyFinding, start diag.Pos, src string, found []privacy.Finding, allow privacy.Allow) []privacyFinding {
	for _, f := range found {
		if !allow.Has(f) {
			out = append(out, privacyFinding{f, privacy.At(start, src, f.Off)})
		}
	}
	return out
}

// reportPrivacy reports the page's findings that the site does not allow
// either.
func reportPrivacy(p *Page, site privacy.Allow, l *diag.List) {
	for _, x := range p.privacy {
		if !site.Has(x.f) {
			l.Add(x.pos, privacy.Message(x.f), privacyHint)
		}
	}
}

// pageAllow reads the front matter's allow list; an entry in which there
// is nothing to allow, or a list without its reason, is an error.
func pageAllow(p *Page, l *diag.List) privacy.Allow {
	if len(p.Allow) == 0 {
		if p.AllowReason != "" {
			l.Add(p.PosOf("allow_reason"), "có allow_reason nhưng không có danh sách allow",
				`ghi các giá trị được phép đăng vào allow = ["…"], hoặc bỏ dòng allow_reason`)
		}
		return nil
	}
	if p.AllowReason == "" {
		l.Add(p.PosOf("allow"), "danh sách allow cần kèm lý do: thiếu khóa allow_reason",
			`thêm dòng allow_reason = "…" (ví dụ "số đường dây nóng công khai của Công an xã")`)
	}
	allow, empty := privacy.NewAllow(p.Allow)
	for _, v := range empty {
		l.Add(p.PosOf("allow"), fmt.Sprintf("giá trị %q trong allow không phải số điện thoại, số giấy tờ, e-mail hay địa chỉ nhà", v),
			"allow chỉ ghi đúng những giá trị trang cố ý đăng, ví dụ allow = [\"0261 3544 123\"]; bỏ giá trị này")
	}
	return allow
}

// checkConsent reports a story that names people or shows a photo without
// consent = true, unless site.toml turns the rule off: the officer confirms
// that the people agreed, as the Personal Data Protection Law (91/2025/QH15)
// expects.
func checkConsent(p *Page, known Known, l *diag.List) {
	if known.ConsentOptional || p.Consent || len(p.People) == 0 && p.Image == "" {
		return
	}
	what, key := "nêu tên người (people)", "people"
	if len(p.People) == 0 {
		what, key = "có ảnh (image)", "image"
	}
	l.Add(p.PosOf(key), "bài viết "+what+" nhưng chưa xác nhận sự đồng ý của người được nêu: thiếu consent = true",
		"khi những người trong bài (và trong ảnh) đã đồng ý cho đăng, thêm dòng consent = true vào phần đầu trang; "+
			"nếu chưa, bỏ tên và ảnh của họ (Luật Bảo vệ dữ liệu cá nhân)")
}
