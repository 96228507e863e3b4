package content

import (
	"sync"
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
		if i == 0 || i == s.bodyStart-2 || !privacy.MayHold(line) { // the two "+++" lines; no digit, nothing to find
			continue
		}
		if !isNFC(line) {
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

// stableLimit bounds the runes stableNFC knows: Latin, Vietnamese and
// everything else below U+3000.
const stableLimit = 0x3000

// stableNFC marks the runes below stableLimit that are in NFC on their own
// and never combine with a rune before them (combining class 0, a boundary
// before). A string made only of such runes is in NFC: normalization works
// segment by segment, and each of these runes is a segment unchanged.
var stableNFC = sync.OnceValue(func() []bool {
	t := make([]bool, stableLimit)
	for r := range rune(stableLimit) {
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		t[r] = utf8.ValidRune(r) && norm.NFC.IsNormalString(s) && p.CCC() == 0 && p.BoundaryBefore()
	}
	return t
})

// isNFC is norm.NFC.IsNormalString(line), answered without the norm
// package's per-rune lookups when every rune is ASCII or stable (the usual
// Vietnamese text, typed precomposed), and by the norm package otherwise.
func isNFC(line string) bool {
	stable := stableNFC()
	for i := 0; i < len(line); {
		if line[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		if r >= stableLimit || !stable[r] {
			return norm.NFC.IsNormalString(line)
		}
		i += n
	}
	return true
}
