package vn

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// foldCases pairs input with the expected Fold. Expected values follow the
// rules by hand: lowercase, drop every diacritic, đ → d, drop apostrophes
// and hyphens (joining the parts), other punctuation → one space.
var foldCases = []struct{ in, want string }{
	{"", ""},
	{"Đắk Nông", "dak nong"},
	{"Đăk Nông", "dak nong"},
	{"ĐẮK NÔNG", "dak nong"},
	{"Hòa", "hoa"},            // old tone placement, precomposed ò
	{"Hoà", "hoa"},            // new tone placement, precomposed à
	{"Ho\u0061\u0300", "hoa"}, // decomposed: a + combining grave
	{"H\u006f\u0300a", "hoa"}, // decomposed: o + combining grave
	{"Đắk R'Lấp", "dak rlap"}, // ASCII apostrophe
	{"Đắk R’Lấp", "dak rlap"}, // U+2019
	{"Đắk Rʼlấp", "dak rlap"}, // U+02BC modifier letter apostrophe
	{"Xã Đăk R'Moan", "xa dak rmoan"},
	{"Thị trấn Ea T'Ling", "thi tran ea tling"},
	{"Xã Quảng Hoà", "xa quang hoa"},
	{"Xã Quảng Hòa", "xa quang hoa"},
	{"Xã Nâm N'Jang", "xa nam njang"},
	{"Huyện Krông Nô", "huyen krong no"},
	{"Xã Đắk DRông", "xa dak drong"},
	{"Huyện Cư Jút", "huyen cu jut"},
	{"Thành phố Gia Nghĩa", "thanh pho gia nghia"},
	{"Tổ dân phố 3", "to dan pho 3"},
	{"Thôn 10", "thon 10"},
	{"Buôn Nui-Ba", "buon nuiba"},                                     // hyphen joins
	{"  Đợt 1:  19/8/2024–03/02/2025 ", "dot 1 19 8 2024 03 02 2025"}, // en dash is punctuation
	{"“Người tốt, việc tốt”", "nguoi tot viec tot"},
	{"ư ơ ă â ê ô ỹ ỵ", "u o a a e o y y"},
	{"a\tb\nc", "a b c"},
	{"!!!", ""},
}

func TestFold(t *testing.T) {
	for _, c := range foldCases {
		t.Run(c.in, func(t *testing.T) {
			if got := Fold(c.in); got != c.want {
				t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
			}
			// Composition of the input must not matter.
			for _, f := range []norm.Form{norm.NFC, norm.NFD, norm.NFKC} {
				if got := Fold(f.String(c.in)); got != c.want {
					t.Errorf("Fold(%v(%q)) = %q, want %q", f, c.in, got, c.want)
				}
			}
		})
	}
}

func TestWords(t *testing.T) {
	got := Words("Xã Đắk R'Moan, Huyện Đăk Glong")
	want := []string{"xa", "dak", "rmoan", "huyen", "dak", "glong"}
	if len(got) != len(want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Words = %q, want %q", got, want)
		}
	}
	if w := Words(" – "); w != nil {
		t.Errorf("Words of punctuation = %q, want nil", w)
	}
}

func TestSlug(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Tổ dân phố 3", "to-dan-pho-3"},
		{"Đắk R'Lấp", "dak-rlap"},
		{"Đăk R’Lấp", "dak-rlap"},
		{"Xã Quảng Hoà", "xa-quang-hoa"},
		{"Xã Quảng Hòa", "xa-quang-hoa"},
		{"Thị trấn Ea T'Ling", "thi-tran-ea-tling"},
		{"  --Hello,  World!-- ", "hello-world"},
		{"Tin tức: 19/8/2024", "tin-tuc-19-8-2024"},
		{"北京 Đắk", "dak"}, // non-Latin letters are dropped, not left as "-"
		{"北京", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := Slug(c.in); got != c.want {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
