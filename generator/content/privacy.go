package content

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/diag"
	"phongtrao/generator/privacy"
)

// privacyHint tells the author how to fix or opt out of a privacy finding.
const privacyHint = `trang công khai không đăng dữ liệu cá nhân: xóa hoặc che bớt (ví dụ 0912 xxx xxx); ` +
	`nếu trang cố ý đăng (ví dụ số đường dây nóng của công an xã), thêm dòng privacy = "allow" vào phần đầu trang`

// checkPrivacy reports, at its line and column, everything in the file's
// published text (front matter values and body) that looks like a citizen
// ID, a phone number or a home address.
func checkPrivacy(s *source, l *diag.List) {
	for i, line := range s.lines {
		if i == 0 || i == s.bodyStart-2 { // the two "+++" lines
			continue
		}
		if !norm.NFC.IsNormalString(line) {
			// Decomposed text (typed on some Macs) is matched, and its
			// columns counted, as the characters an editor shows.
			line = norm.NFC.String(line)
		}
		for _, f := range privacy.Find(line) {
			pos := diag.Pos{File: s.path, Line: i + 1, Col: utf8.RuneCountInString(line[:f.Off]) + 1}
			l.Add(pos, "có vẻ là "+f.What+": “"+f.Text+"”", privacyHint)
		}
	}
}
