package content

import (
	"strings"
	"testing"
	"unicode/utf8"

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

// TestIsNFC compares isNFC with the norm package on strings built from
// runes that stress it: ASCII, precomposed Vietnamese letters, combining
// marks that compose with the letter before (U+0301, U+0323) or never do
// in NFC (U+0340 is replaced by U+0300), Hangul syllables and jamo that
// compose (U+1100 U+1161 is U+AC00), a Bengali vowel sign that composes
// with the one before it although its combining class is 0 (U+09C7 U+09BE
// is U+09CB), U+2000 (replaced by U+2002), an invalid byte.
// A fixed pseudo-random sequence makes 20,000 strings of 1 to 6 pieces.
func TestIsNFC(t *testing.T) {
	pieces := []string{"a", "o", " ", "\n", "ắ", "ộ", "ư", "Đ", "\u0301", "\u0323", "\u0340", "\u0306",
		"가", "\u11a8", "\u1100", "\u1161", "\u09c7", "\u09be", "\u2000", "\u2002", "\xff", "你", "Ω", "\u212b", "Å"}
	seed := uint32(7)
	next := func(n int) int {
		seed = seed*1664525 + 1013904223
		return int(seed>>8) % n
	}
	nfc, not := 0, 0
	for range 20000 {
		var b strings.Builder
		for range 1 + next(6) {
			b.WriteString(pieces[next(len(pieces))])
		}
		s := b.String()
		want := norm.NFC.IsNormalString(s)
		if got := isNFC(s); got != want {
			t.Fatalf("isNFC(%+q) = %v, norm says %v", s, got, want)
		}
		if want {
			nfc++
		} else {
			not++
		}
	}
	if nfc == 0 || not == 0 {
		t.Errorf("only one answer tested: %d in NFC, %d not", nfc, not)
	}
	// Every ASCII byte is stable, so the fast path may skip them.
	for c := range rune(utf8.RuneSelf) {
		if !stableNFC()[c] {
			t.Errorf("ASCII %q is not stable", c)
		}
	}
}
