package content

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"phongtrao/generator/privacy"
)

const (
	phone   = "số điện thoại"
	citizen = "số căn cước công dân (12 chữ số)"
	oldID   = "số chứng minh nhân dân (9 chữ số)"
	email   = "địa chỉ thư điện tử (e-mail)"
	address = "địa chỉ nhà riêng"
)

// TestLoadPrivacy: each way of writing personal data that a reader still
// reads as such is refused at its line and column, in the front matter and
// in the body; ordinary figures are not.
func TestLoadPrivacy(t *testing.T) {
	const s = "content/stories/a.md"
	tests := []struct {
		name string
		add  string // appended to story from its line 5: front matter, "+++", body
		want []want
	}{
		// `summary = "Gọi ` is 15 characters; the body starts at line 7.
		{"front matter", "summary = \"Gọi 0912 345 678\"\n+++\n", []want{{s + ":5:16", phone}}},
		{"title with no-break spaces", "+++\n", nil},
		{"house number", "+++\nAnh A, số nhà 12.\n", []want{{s + ":6:8", address}}},
		{"citizen ID", "+++\nCCCD 012345678901\n", []want{{s + ":6:6", citizen}}},
		{"e-mail", "+++\nThư gửi an.nguyen@gmail.com.\n", []want{{s + ":6:9", email}}},
		{"no-break space", "+++\nGọi 0912\u00a0345\u00a0678.\n", []want{{s + ":6:5", phone}}},
		{"narrow no-break space", "+++\nGọi 0912\u202f345\u202f678.\n", []want{{s + ":6:5", phone}}},
		{"line wrap", "+++\nAnh dặn gọi 0912\n345 678 khi cần.\n", []want{{s + ":6:13", phone}}},
		{"slashes", "+++\nGọi 0912/345/678.\n", []want{{s + ":6:5", phone}}},
		{"underscores", "+++\nGọi 0912_345_678.\n", []want{{s + ":6:5", phone}}},
		{"zero-width spaces", "+++\nGọi 0912\u200b345\u200b678.\n", []want{{s + ":6:5", phone}}},
		{"entity", "+++\nGọi 0912&#32;345&#32;678.\n", []want{{s + ":6:5", phone}}},
		{"bold inside", "+++\nGọi 0912**345**678.\n", []want{{s + ":6:5", phone}}},
		{"citizen ID with dots", "+++\nSố 001.234.567.890.\n", []want{{s + ":6:4", citizen}}},
		{"citizen ID with dashes", "+++\nSố 001-234-567-890.\n", []want{{s + ":6:4", citizen}}},
		{"old identity card", "+++\nCMND 245123456.\n", []want{{s + ":6:6", oldID}}},
		{"landline", "+++\nGọi 0261 3544 123.\n", []want{{s + ":6:5", phone}}},
		{"landline Hà Nội", "+++\nGọi 024 3825 1234.\n", []want{{s + ":6:5", phone}}},
		{"full-width digits", "+++\nGọi ０９１２３４５６７８.\n", []want{{s + ":6:5", phone}}},
		{"address without cue", "+++\nNhà anh ở 12 Lê Lợi, thôn 3.\n", []want{{s + ":6:9", address}}},
		{"address without diacritics", "+++\nNha anh o so nha 12 thon 3.\n", []want{{s + ":6:11", address}}},
		{"decomposed text", "+++\n" + norm.NFD.String("Ở số nhà 3") + "\n", []want{{s + ":6:3", address}}},
		{"two in one file", "+++\nGọi 0912 345 678.\n\nHoặc 0987 654 321.\n", []want{{s + ":6:5", phone}, {s + ":8:6", phone}}},
		{"figures", "summary = \"Kế hoạch 591/KH-UBND ngày 16/9/2024\"\n+++\n" +
			"Ngày 19/8/2024, tổ nhận 1.234.000 đồng (Quyết định số 123/QĐ-UBND); 80 % hộ, năm 2024–2025.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, v := loadMap(map[string]string{s: story + tt.add}, known)
			v.check(t, tt.want)
			for _, m := range v.msg {
				if strings.Contains(m, "345") || strings.Contains(m, "567") || strings.Contains(m, "an.nguyen") {
					t.Errorf("message %q quotes the value", m)
				}
			}
		})
	}
}

// TestLoadAllow: the front matter's allow list lets the page publish
// exactly those values, with a reason, and nothing else; privacy =
// "allow" is refused with the way to migrate.
func TestLoadAllow(t *testing.T) {
	const s = "content/news/a.md"
	const news = "+++\ntitle = \"Đường dây nóng\"\ndate = 2025-03-12\n"
	tests := []struct {
		name string
		add  string // from line 4
		want []want
	}{
		{"allowed", "allow = [\"0261 3544 123\"]\nallow_reason = \"đường dây nóng công khai\"\n+++\n" +
			"Gọi (0261) 3544 123 hoặc 0261.3544.123.\n", nil},
		{"allowed, another not", "allow = [\"0261 3544 123\"]\nallow_reason = \"đường dây nóng công khai\"\n+++\n" +
			"Gọi 0261 3544 123 hoặc 0912 345 678.\n", []want{{s + ":7:24", phone}}},
		{"no reason", "allow = [\"0261 3544 123\"]\n+++\nGọi 0261 3544 123.\n", []want{{s + ":4", "allow_reason"}}},
		{"reason alone", "allow_reason = \"công khai\"\n+++\nGọi 0261 3544 123.\n",
			[]want{{s + ":4", "không có danh sách allow"}, {s + ":6:5", phone}}},
		{"nothing to allow", "allow = [\"đường dây nóng\"]\nallow_reason = \"công khai\"\n+++\n",
			[]want{{s + ":4", "không phải số điện thoại"}}},
		{"old opt-out", "privacy = \"allow\"\n+++\nGọi 0261 3544 123.\n",
			[]want{{s + ":4", `privacy = "allow" không còn dùng`}, {s + ":6:5", phone}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, v := loadMap(map[string]string{s: news + tt.add}, known)
			v.check(t, tt.want)
		})
	}
	_, v := loadMap(map[string]string{s: news + "privacy = \"allow\"\n+++\n"}, known)
	if len(v.hint) != 1 || !strings.Contains(v.hint[0], `allow = ["0261 3544 123"]`) {
		t.Errorf("the old opt-out's hint does not say how to migrate: %q", v.hint)
	}
}

// TestLoadConsent: a story that names people or shows a photo needs
// consent = true, unless the site turns the rule off.
func TestLoadConsent(t *testing.T) {
	const s = "content/stories/a.md"
	tests := []struct {
		name     string
		add      string // from line 5
		optional bool
		want     []want
	}{
		{"people", "people = [\"Trần Văn Lợi\"]\n+++\n", false, []want{{s + ":5", "consent = true"}}},
		{"image", "image = \"/anh/a.jpg\"\nimage_alt = \"Ảnh\"\n+++\n", false, []want{{s + ":5", "consent = true"}}},
		{"consent given", "people = [\"Trần Văn Lợi\"]\nimage = \"/anh/a.jpg\"\nconsent = true\n+++\n", false, nil},
		{"consent false", "people = [\"Trần Văn Lợi\"]\nconsent = false\n+++\n", false, []want{{s + ":5", "consent = true"}}},
		{"nobody named", "+++\nTổ tuần tra.\n", false, nil},
		{"rule off", "people = [\"Trần Văn Lợi\"]\n+++\n", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := known
			k.ConsentOptional = tt.optional
			_, v := loadMap(map[string]string{s: story + tt.add}, k)
			v.check(t, tt.want)
		})
	}
}

// TestLoadSiteAllow: what the site allows on every page (the publisher's
// public contact data, Known.Allow) needs no allow list of the page's
// own; anything else is still refused at its line and column.
func TestLoadSiteAllow(t *testing.T) {
	const s = "content/news/a.md"
	const news = "+++\ntitle = \"Liên hệ\"\ndate = 2025-03-12\n+++\n" +
		"Gọi 0261.3544.123 hoặc thư lienhe@example.org; không gọi 0912 345 678.\n" // line 5
	k := known
	k.Allow = privacy.Allow{}
	for _, v := range []string{"0261 3544 123", "lienhe@example.org"} {
		for _, f := range privacy.Scan(v) {
			k.Allow[f.Key] = true
		}
	}
	// "Gọi 0261.3544.123 hoặc thư lienhe@example.org; không gọi " is 57 characters.
	_, v := loadMap(map[string]string{s: news}, k)
	v.check(t, []want{{s + ":5:58", phone}})
	_, v = loadMap(map[string]string{s: news}, known)
	v.check(t, []want{{s + ":5:5", phone}, {s + ":5:28", email}, {s + ":5:58", phone}})
}
