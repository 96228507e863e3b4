package content

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

const (
	phone   = "số điện thoại"
	citizen = "số căn cước công dân (12 chữ số)"
	address = "địa chỉ nhà riêng"
)

// TestLoadPrivacy checks positions in the front matter and the body, and
// the explicit opt-out.
func TestLoadPrivacy(t *testing.T) {
	const s = "content/stories/a.md"
	// Line 5: `summary = "Gọi 0912 345 678"`: `summary = "Gọi ` is 15 runes.
	// Line 7 (body line 1): "Anh A, số nhà 12." — "số" is rune 8.
	// Line 9: the ID at rune 6 after "CCCD ".
	src := story + "summary = \"Gọi 0912 345 678\"\n+++\nAnh A, số nhà 12.\n\nCCCD 012345678901\n"
	_, v := loadMap(map[string]string{s: src}, known)
	v.check(t, []want{
		{s + ":5:16", phone},
		{s + ":7:8", address},
		{s + ":9:6", citizen},
	})
	// Decomposed Unicode (NFD) is found too, at the column of the
	// composed text: "Ở số nhà 3" has "số" at character 3.
	nfd := story + "+++\n" + norm.NFD.String("Ở số nhà 3") + "\n"
	_, v = loadMap(map[string]string{s: nfd}, known)
	v.check(t, []want{{s + ":6:3", address}})
	// The same page with privacy = "allow" gives no error.
	allow := story + "privacy = \"allow\"\nsummary = \"Gọi 0912 345 678\"\n+++\nAnh A, số nhà 12.\n"
	pages, v := loadMap(map[string]string{s: allow}, known)
	v.check(t, nil)
	if !pages[0].AllowPersonal {
		t.Error("AllowPersonal = false, want true")
	}
}
