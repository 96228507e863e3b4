package config

import (
	"reflect"
	"strings"
	"testing"

	"phongtrao/generator/privacy"
)

// TestPrivacy: site.toml's own text is checked; [privacy] allows listed
// values with a reason and turns the consent rule off; consent is required
// by default.
func TestPrivacy(t *testing.T) {
	s, errs := load(good)
	if len(errs) > 0 || !s.Privacy.ConsentRequired {
		t.Fatalf("default: %v, consent required %v", errs, s.Privacy.ConsentRequired)
	}
	tests := []struct {
		name string
		edit func(string) string
		want []string // position and a part of the message
	}{
		{"phone in the slogan",
			func(g string) string {
				return strings.Replace(g, `slogan = "Khẩu hiệu"`, `slogan = "Gọi 0912 345 678"`, 1)
			},
			[]string{"site.toml:7:15: có vẻ là số điện thoại: “•••• ••• 678”"}},
		{"e-mail in the title", func(g string) string { return strings.Replace(g, `title = "Trang"`, `title = "an@mail.vn"`, 1) },
			[]string{"site.toml:1:10: có vẻ là địa chỉ thư điện tử"}},
		{"allowed", func(g string) string {
			return strings.Replace(g, `slogan = "Khẩu hiệu"`, `slogan = "Đường dây nóng 0261 3544 123"`, 1) +
				"\n[privacy]\nallow = [\"0261.3544.123\"]\nallow_reason = \"đường dây nóng công khai\"\nconsent_required = false\n"
		}, nil},
		{"allow without reason", func(g string) string { return g + "\n[privacy]\nallow = [\"0261 3544 123\"]\n" },
			[]string{"site.toml:26: danh sách [privacy] allow cần kèm lý do"}},
		{"allow holding nothing", func(g string) string { return g + "\n[privacy]\nallow = [\"hotline\"]\nallow_reason = \"x\"\n" },
			[]string{`site.toml:26: giá trị "hotline" trong [privacy] allow không phải`}},
		{"comments are not published", func(g string) string { return "# liên hệ 0912 345 678\n" + g }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, errs := load(tt.edit(good))
			if len(errs) != len(tt.want) {
				t.Fatalf("errors %q, want %q", errs, tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(errs[i], w) && !strings.Contains(errs[i], w) {
					t.Errorf("error %q, want %q", errs[i], w)
				}
			}
			if tt.name == "allowed" && (s.Privacy.ConsentRequired || s.Privacy.AllowReason == "" ||
				!reflect.DeepEqual(s.Privacy.Allow, privacy.Allow{"02613544123": true})) {
				t.Errorf("privacy %+v", s.Privacy)
			}
		})
	}
}
