package data

import (
	"slices"
	"strings"
	"testing"

	"phongtrao/generator/config"
	"phongtrao/generator/privacy"
)

// TestPrivacy: personal data in a published cell of deeds.csv, a unit's
// name or criteria.toml's text is refused at its position, masked; codes,
// dates and the plan's figures are not flagged; site.toml's [privacy]
// allow lets a listed value through.
func TestPrivacy(t *testing.T) {
	const deedsHead = "date,unit,kind,title,people,recognized_by\n"
	tests := []struct {
		name  string
		files map[string]string
		allow []string
		want  []string // "path:line[:col]: message"
	}{
		{"phone in a title", map[string]string{DeedsFile: deedsHead + "2024-09-18,t1,viec-tot,Gọi 0912 345 678 khi cần,,\n"}, nil,
			[]string{"data/deeds.csv:2:28: có vẻ là số điện thoại: “•••• ••• 678”"}},
		{"no-break spaces", map[string]string{DeedsFile: deedsHead + "2024-09-18,t1,viec-tot,Gọi 0912\u00a0345\u00a0678,,\n"}, nil,
			[]string{"data/deeds.csv:2:28: có vẻ là số điện thoại: “•••• ••• 678”"}},
		{"e-mail in people", map[string]string{DeedsFile: deedsHead + "2024-09-18,t1,viec-tot,Giúp dân,Lê An (an@mail.vn),\n"}, nil,
			[]string{"data/deeds.csv:2:40: có vẻ là địa chỉ thư điện tử (e-mail): “•••@mail.vn”"}},
		{"citizen ID with dots", map[string]string{DeedsFile: deedsHead + "2024-09-18,t1,viec-tot,Giúp dân,Lê An 001.234.567.890,\n"}, nil,
			[]string{"data/deeds.csv:2:39: có vẻ là số căn cước công dân (12 chữ số): “•••.•••.•••.890”"}},
		{"landline in recognized_by", map[string]string{DeedsFile: deedsHead + "2024-09-18,t1,viec-tot,Giúp dân,,Công an xã (0261 3544 123)\n"}, nil,
			[]string{"data/deeds.csv:2:46: có vẻ là số điện thoại: “•••• •••• 123”"}},
		{"address in a title", map[string]string{DeedsFile: deedsHead + "2024-09-18,t1,viec-tot,Giúp nhà ở 12 Lê Lợi,,\n"}, nil,
			[]string{"data/deeds.csv:2:33: có vẻ là địa chỉ nhà riêng: “ở •• Lê Lợi”"}},
		{"allowed by site.toml", map[string]string{DeedsFile: deedsHead + "2024-09-18,t1,viec-tot,Giúp dân,,Công an xã (0261.3544.123)\n"},
			[]string{"0261 3544 123"}, nil},
		{"figures", map[string]string{DeedsFile: deedsHead +
			"19/09/2024,t1,viec-tot,\"Trả 1.234.000 đồng, theo Kế hoạch 591/KH-UBND\",,Quyết định 123/QĐ-UBND ngày 12/3/2025\n"}, nil, nil},
		{"unit name", map[string]string{UnitsFile: baseFiles[UnitsFile] + "t9,Thôn 9 (0912 345 678),Thôn,y\n"}, nil,
			[]string{"data/units.csv:8: có vẻ là số điện thoại: “•••• ••• 678”"}},
		{"criteria text", map[string]string{CriteriaFile: "# liên hệ 0912 345 678\n" +
			strings.Replace(baseFiles[CriteriaFile], `title = "Nắm tình hình"`, `title = "Nắm tình hình, gọi 0987 654 321"`, 1)}, nil,
			[]string{"data/criteria.toml:4:29: có vẻ là số điện thoại: “•••• ••• 321”"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := *testSite
			site.Privacy = config.Privacy{Allow: allowOf(t, tt.allow)}
			_, errs := Load(fsWith(tt.files), &site)
			var got []string
			for _, d := range errs.Items() {
				got = append(got, d.Pos.String()+": "+d.Msg)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("errors\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func allowOf(t *testing.T, values []string) privacy.Allow {
	a, empty := privacy.NewAllow(values)
	if len(empty) > 0 {
		t.Fatalf("allow values %q allow nothing", empty)
	}
	return a
}
