package privacy

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const (
	phone   = "số điện thoại"
	citizen = "số căn cước công dân (12 chữ số)"
	address = "địa chỉ nhà riêng"
)

func TestPersonal(t *testing.T) {
	tests := []struct {
		line string
		col  int // rune column of the finding, 0 when none is expected
		what string
		text string
	}{
		// Citizen IDs: twelve digits, whole or in space-separated groups of 3–4.
		{"CCCD 012345678901 cấp ngày", 6, citizen, "012345678901"},
		{"số 0123 4567 8901.", 4, citizen, "0123 4567 8901"},
		{"012 345 678 901", 1, citizen, "012 345 678 901"},
		// Phones: ten digits from 0, any of the usual separators, or +84.
		{"Gọi 0912345678.", 5, phone, "0912345678"},
		{"ĐT: 0912 345 678", 5, phone, "0912 345 678"},
		{"0912.345.678", 1, phone, "0912.345.678"},
		{"091-234-5678", 1, phone, "091-234-5678"},
		{"+84 912 345 678", 1, phone, "+84 912 345 678"},
		{"liên hệ +84912345678", 9, phone, "+84912345678"},
		{"(+84) 912.345.678", 2, phone, "+84) 912.345.678"},
		// The year joins the run by a space; the stretch after it is the phone.
		{"năm 2024 0912 345 678", 10, phone, "0912 345 678"},
		// Home addresses.
		{"ở số nhà 12 thôn 3", 3, address, "số nhà 12"},
		{"Nhà số 5, thôn Tân Lập", 1, address, "Nhà số 5"},
		{"tại số 12 đường Lê Duẩn", 5, address, "số 12 đường L"},
		{"số 12/3, phố Hàng Bạc", 1, address, "số 12/3, phố H"},
		{"trong ngõ 5", 7, address, "ngõ 5"},
		{"Hẻm 34/2 đường 3/2", 1, address, "Hẻm 34"},
		{"kiệt số 7", 1, address, "kiệt số 7"},
		{"(ngách 3)", 2, address, "ngách 3"},
		// Ordinary numbers and words are not personal data.
		{"năm 2024, 2025", 0, "", ""},
		{"1.234 người, 1.234,5 triệu đồng", 0, "", ""},
		{"ngày 12/03/2025, 12.03.2025, 19/8/2024, 2024-2025", 0, "", ""},
		{"123.456.789.012 đồng", 0, "", ""},        // an amount: dots, not spaces
		{"12 345 678 901", 0, "", ""},              // eleven digits
		{"0123456789012", 0, "", ""},               // thirteen digits
		{"0012345678 và 0.912.345.678", 0, "", ""}, // 00…; a lone "0" group
		{"0912345678,5", 0, "", ""},                // a decimal number
		{"mã ID0912345678", 0, "", ""},             // inside a word
		{"gọi số 114, đường dây nóng", 0, "", ""},
		{"ngõ ngách, kiệt sức, tổ dân phố 3, thôn 5", 0, "", ""},
		{"Kế hoạch số 591/KH-UBND", 0, "", ""},
		{"tỷ lệ 80 %, 100 %", 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got := Find(tt.line)
			if tt.col == 0 {
				if len(got) != 0 {
					t.Fatalf("Find(%q) = %+v, want nothing", tt.line, got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("Find(%q) = %+v, want one finding", tt.line, got)
			}
			col := utf8.RuneCountInString(tt.line[:got[0].Off]) + 1
			if col != tt.col || got[0].What != tt.what || got[0].Text != tt.text {
				t.Errorf("Find(%q) = col %d %q %q, want col %d %q %q", tt.line, col, got[0].What, got[0].Text, tt.col, tt.what, tt.text)
			}
		})
	}
}

// TestMayHoldSurvivesNFC: MayHold looks at text before it is normalized,
// so no character may gain or lose an ASCII digit under NFC. Every rune is
// tried alone, and after each digit (where a combining mark could fold a
// digit into something else).
func TestMayHoldSurvivesNFC(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // surrogates are not characters
		}
		for _, s := range []string{string(r), "7" + string(r)} {
			if n := norm.NFC.String(s); MayHold(s) != MayHold(n) {
				t.Fatalf("%q is %q in NFC: MayHold %v then %v", s, n, MayHold(s), MayHold(n))
			}
		}
	}
	if got := Find("gọi 0912 345 678"); len(got) != 1 || !MayHold("gọi 0912 345 678") {
		t.Errorf("a phone number: Find %v, MayHold must be true", got)
	}
}
