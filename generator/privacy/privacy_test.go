package privacy

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/diag"
)

// TestScan lists what must be found, where and how it is shown, and what
// must not be: one row per way of writing personal data that a reader
// still reads as such.
func TestScan(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		markdown bool
		at       string // the source text of the finding, "" when nothing is expected
		kind     Kind
		shown    string
	}{
		// Mobile phones.
		{"phone", "Gọi 0912345678.", false, "0912345678", Phone, "•••••••678"},
		{"phone blanks", "ĐT: 0912 345 678", false, "0912 345 678", Phone, "•••• ••• 678"},
		{"phone dots", "0912.345.678", false, "0912.345.678", Phone, "••••.•••.678"},
		{"phone hyphens", "091-234-5678", false, "091-234-5678", Phone, "•••-•••-•678"},
		{"phone +84", "+84 912 345 678", false, "+84 912 345 678", Phone, "+•• ••• ••• 678"},
		{"phone +84 joined", "liên hệ +84912345678", false, "+84912345678", Phone, "+••••••••678"},
		{"phone (+84)", "(+84) 912.345.678", false, "+84) 912.345.678", Phone, "+••) •••.•••.678"},
		{"phone after a year", "năm 2024 0912 345 678", false, "0912 345 678", Phone, "•••• ••• 678"},
		{"phone no-break space", "0912\u00a0345\u00a0678", false, "0912\u00a0345\u00a0678", Phone, "•••• ••• 678"},
		{"phone narrow no-break space", "0912\u202f345\u202f678", false, "0912\u202f345\u202f678", Phone, "•••• ••• 678"},
		{"phone line wrap", "gọi anh 0912\n345 678 nhé", true, "0912\n345 678", Phone, "•••• ••• 678"},
		{"phone slashes", "0912/345/678", false, "0912/345/678", Phone, "••••/•••/678"},
		{"phone underscores", "0912_345_678", false, "0912_345_678", Phone, "••••_•••_678"},
		{"phone zero-width", "0912\u200b345\u200b678", false, "0912\u200b345\u200b678", Phone, "•••••••678"},
		{"phone entity blank", "0912&#32;345&#32;678", false, "0912&#32;345&#32;678", Phone, "•••• ••• 678"},
		{"phone entity nbsp", "0912&nbsp;345&nbsp;678", true, "0912&nbsp;345&nbsp;678", Phone, "•••• ••• 678"},
		{"phone entity digits", "&#48;912345678", false, "&#48;912345678", Phone, "•••••••678"},
		{"phone bold inside", "0912**345**678", true, "0912**345**678", Phone, "•••••••678"},
		{"phone bold group", "0912 **345** 678", true, "0912 **345** 678", Phone, "•••• ••• 678"},
		{"phone escaped", `0912\.345\.678`, true, `0912\.345\.678`, Phone, "••••.•••.678"},
		{"phone full-width", "０９１２３４５６７８", false, "０９１２３４５６７８", Phone, "•••••••678"},
		// Landlines.
		{"landline 4-digit area", "đường dây nóng 0261 3544 123", false, "0261 3544 123", Phone, "•••• •••• 123"},
		{"landline 3-digit area", "024 3825 1234", false, "024 3825 1234", Phone, "••• •••• •234"},
		{"landline brackets", "(0261) 3544 123", false, "0261) 3544 123", Phone, "••••) •••• 123"},
		{"landline +84", "+84 261 3544 123", false, "+84 261 3544 123", Phone, "+•• ••• •••• 123"},
		// Identity numbers.
		{"citizen ID", "CCCD 012345678901 cấp ngày", false, "012345678901", CitizenID, "•••••••••901"},
		{"citizen ID blanks", "số 0123 4567 8901.", false, "0123 4567 8901", CitizenID, "•••• •••• •901"},
		{"citizen ID dots", "001.234.567.890", false, "001.234.567.890", CitizenID, "•••.•••.•••.890"},
		{"citizen ID hyphens", "001-234-567-890", false, "001-234-567-890", CitizenID, "•••-•••-•••-890"},
		{"citizen ID after cue", "căn cước 123.456.789.012", false, "123.456.789.012", CitizenID, "•••.•••.•••.012"},
		{"old ID", "CMND 245123456", false, "245123456", OldID, "••••••456"},
		{"old ID alone", "số 245123456 cấp năm 2010", false, "245123456", OldID, "••••••456"},
		{"old ID dots", "012.345.678", false, "012.345.678", OldID, "•••.•••.678"},
		{"old ID after cue", "CMT: 245.123.456", false, "245.123.456", OldID, "•••.•••.456"},
		// E-mail addresses.
		{"email", "thư gửi nguyenvana@gmail.com nhé", false, "nguyenvana@gmail.com", Email, "•••@gmail.com"},
		{"email diacritics", "nguyễn.an@congan.gov.vn", false, "nguyễn.an@congan.gov.vn", Email, "•••@congan.gov.vn"},
		{"email full-width at", "an＠mail.vn", false, "an＠mail.vn", Email, "•••@mail.vn"},
		{"email entity at", "an&#64;mail.vn", false, "an&#64;mail.vn", Email, "•••@mail.vn"},
		{"email named entity", "an&commat;mail.vn", false, "an&commat;mail.vn", Email, "•••@mail.vn"},
		{"email underscore", "nguyen_van_a@mail.vn", true, "nguyen_van_a@mail.vn", Email, "•••@mail.vn"},
		// Home addresses.
		{"house number", "ở số nhà 12 thôn 3", false, "số nhà 12", Address, "số nhà ••"},
		{"house number first", "Nhà số 5, thôn Tân Lập", false, "Nhà số 5", Address, "Nhà số •"},
		{"number and street", "tại số 12 đường Lê Duẩn", false, "tại số 12 đường Lê Duẩn", Address, "tại số •• đường Lê Duẩn"},
		{"number and street comma", "số 12/3, phố Hàng Bạc", false, "số 12/3, phố H", Address, "số ••/•, phố H"},
		{"alley", "trong ngõ 5", false, "ngõ 5", Address, "ngõ •"},
		{"alley then street", "Hẻm 34/2 đường 3/2", false, "Hẻm 34", Address, "Hẻm ••"},
		{"alley number", "kiệt số 7", false, "kiệt số 7", Address, "kiệt số •"},
		{"alley in brackets", "(ngách 3)", false, "ngách 3", Address, "ngách •"},
		{"without cue word", "Nhà anh ở 12 Lê Lợi, thôn 3", false, "ở 12 Lê Lợi", Address, "ở •• Lê Lợi"},
		{"address label", "Địa chỉ: 45 Hùng Vương, Gia Nghĩa", false, "Địa chỉ: 45 Hùng Vương", Address, "Địa chỉ: •• Hùng Vương"},
		{"without diacritics", "o so nha 12 thon 3", false, "so nha 12", Address, "so nha ••"},
		{"street without diacritics", "nha anh o 12 Le Loi", false, "o 12 Le Loi", Address, "o •• Le Loi"},
		{"decomposed", norm.NFD.String("Ở số nhà 3"), false, norm.NFD.String("số nhà 3"), Address, norm.NFD.String("số nhà •")},
		// Ordinary numbers and words are not personal data.
		{"years", "năm 2024, 2025", false, "", 0, ""},
		{"money", "1.234 người, 1.234,5 triệu đồng, 1.234.000 đồng, 12.500.000.000 đồng", false, "", 0, ""},
		{"money twelve digits", "123.456.789.012 đồng", false, "", 0, ""},
		{"money nine digits", "123456789 đồng, 123.456.789 đồng", false, "", 0, ""},
		{"dates", "ngày 12/03/2025, 12.03.2025, 19/8/2024, 2024-08-19, 2024-2025", false, "", 0, ""},
		{"date and count", "ngày 09/12/2024 15 hộ, ngày 09.12.2024 15 hộ", false, "", 0, ""},
		{"date range", "(19/8/1945 - 19/8/2025)", false, "", 0, ""},
		{"plan number", "Kế hoạch số 591/KH-UBND", false, "", 0, ""},
		{"decision number", "Quyết định số 123/QĐ-UBND ngày 12/3/2025", false, "", 0, ""},
		{"percentages", "tỷ lệ 80 %, 100 %, 92,5%", false, "", 0, ""},
		{"eleven digits", "12 345 678 901", false, "", 0, ""},
		{"thirteen digits", "0123456789012", false, "", 0, ""},
		{"old mobile prefix", "0123 456 789 0", false, "", 0, ""},
		{"not a mobile prefix", "0012345678 và 0.912.345.678", false, "", 0, ""},
		{"decimal", "0912345678,5", false, "", 0, ""},
		{"inside a word", "mã ID0912345678", false, "", 0, ""},
		{"hotline word", "gọi số 114, đường dây nóng", false, "", 0, ""},
		{"unit words", "ngõ ngách, kiệt sức, tổ dân phố 3, thôn 5, có 12 Tổ bảo vệ", false, "", 0, ""},
		{"count of units", "tại 3 Thôn Tân Lập, ở 2 Bon Bu Prăng", false, "", 0, ""},
		{"not an e-mail", "@congan, a@b", false, "", 0, ""},
		{"markdown list", "1. Một\n2. Hai\n\n2024\n\n0912", true, "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scan := Scan
			if tt.markdown {
				scan = ScanMarkdown
			}
			got := scan(tt.src)
			if tt.at == "" {
				if len(got) != 0 {
					t.Fatalf("scan(%q) = %+v, want nothing", tt.src, got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("scan(%q) = %+v, want one finding", tt.src, got)
			}
			f := got[0]
			if at := tt.src[f.Off:f.End]; at != tt.at || f.Kind != tt.kind || f.Shown != tt.shown {
				t.Errorf("scan(%q) = %q %v %q, want %q %v %q", tt.src, at, f.Kind, f.Shown, tt.at, tt.kind, tt.shown)
			}
		})
	}
}

// TestScanNearbyAddresses: an address whose words fall in the window
// searched around the one before is found too.
func TestScanNearbyAddresses(t *testing.T) {
	src := "Nhà anh ở 12 Lê Lợi, thôn 3; so nha 15 thon 4"
	got := Scan(src)
	if len(got) != 2 || src[got[0].Off:got[0].End] != "ở 12 Lê Lợi" || src[got[1].Off:got[1].End] != "so nha 15" {
		t.Errorf("Scan(%q) = %+v, want both addresses", src, got)
	}
}

// TestKey: one value written several ways has one key, so that one allow
// entry covers them all.
func TestKey(t *testing.T) {
	groups := [][]string{
		{"0261 3544 123", "0261.3544.123", "(0261) 3544 123", "+84 261 3544 123", "02613544123"},
		{"0912 345 678", "0912**345**678", "+84912345678", "０９１２３４５６７８"},
		{"An@Mail.vn", "an@mail.vn"},
		{"số nhà 12", "so nha 12", "SỐ NHÀ 12"},
	}
	for _, g := range groups {
		want := ScanMarkdown(g[0])
		if len(want) != 1 {
			t.Fatalf("%q: %d findings", g[0], len(want))
		}
		for _, s := range g[1:] {
			if got := ScanMarkdown(s); len(got) != 1 || got[0].Key != want[0].Key {
				t.Errorf("%q: %+v, want the key %q", s, got, want[0].Key)
			}
		}
	}
}

// TestAllow: an allowed value is not reported, however it is written; an
// allow entry that holds nothing to allow is returned to the caller.
func TestAllow(t *testing.T) {
	allow, empty := NewAllow([]string{"0261 3544 123", "đường dây nóng"})
	if len(empty) != 1 || empty[0] != "đường dây nóng" {
		t.Errorf("values allowing nothing: %q", empty)
	}
	src := "Gọi (0261) 3544 123 hoặc 0912 345 678."
	var l diag.List
	Report(&l, diag.Pos{File: "a.md", Line: 4, Col: 1}, src, Scan(src), allow, "gợi ý")
	items := l.Items()
	if len(items) != 1 || items[0].Pos.String() != "a.md:4:26" {
		t.Fatalf("reported %+v, want the mobile number only, at a.md:4:26", items)
	}
	if strings.Contains(items[0].Msg, "345") || !strings.Contains(items[0].Msg, "678") {
		t.Errorf("message %q quotes the number", items[0].Msg)
	}
}

// TestAt: positions count lines from the start and composed characters
// from the line's start.
func TestAt(t *testing.T) {
	src := "dòng một\n" + norm.NFD.String("Ở số") + " 0912"
	off := strings.Index(src, "0912")
	if got := At(diag.Pos{File: "f", Line: 10, Col: 3}, src, off).String(); got != "f:11:6" {
		t.Errorf("At = %s, want f:11:6", got)
	}
	if got := At(diag.Pos{File: "f", Line: 10, Col: 3}, "ab 0912", 3).String(); got != "f:10:6" {
		t.Errorf("At on the first line = %s, want f:10:6", got)
	}
	if got := At(diag.Pos{File: "f", Line: 10}, "ab 0912", 3).String(); got != "f:10" {
		t.Errorf("At without a column = %s, want f:10", got)
	}
}

// TestScanTOML: comment lines and the keys skip names are not scanned; the
// offsets are the file's.
func TestScanTOML(t *testing.T) {
	src := "# gọi 0912 345 678\ntitle = \"Gọi 0987 654 321\"\n[publisher]\nphone = \"0261 3544 123\"\nname = \"an@mail.vn\"\n"
	got := ScanTOML(src, func(table, key string) bool { return table == "publisher" && key == "phone" })
	if len(got) != 2 || got[0].Kind != Phone || got[1].Kind != Email {
		t.Fatalf("ScanTOML = %+v, want the title's phone and the e-mail", got)
	}
	if at := At(diag.Pos{File: "site.toml", Line: 1, Col: 1}, src, got[0].Off).String(); at != "site.toml:2:14" {
		t.Errorf("the phone is at %s, want site.toml:2:14", at)
	}
	if src[got[1].Off:got[1].End] != "an@mail.vn" {
		t.Errorf("the e-mail is %q", src[got[1].Off:got[1].End])
	}
}
