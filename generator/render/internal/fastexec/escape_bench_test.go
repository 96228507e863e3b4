package fastexec

import "testing"

// BenchmarkEscapeHTML escapes what unit pages print most: short
// Vietnamese texts and numbers with nothing to replace, and now and then
// a text with a quote or a '<'.
func BenchmarkEscapeHTML(b *testing.B) {
	texts := []string{
		"Tỷ lệ nguồn tin qua lực lượng ≥ 80 %", "94,1 %", "✓ Đạt", "Thôn 1",
		"Có mặt kịp thời tại 100 % vụ cháy, cứu nạn, cứu hộ khi được huy động",
		`Tổ "Thôn Đoàn Kết" <mới>`, "25.124", "tháng 5/2025",
	}
	n := 0
	for b.Loop() {
		for _, s := range texts {
			out, _ := escapeHTML(s, contentPlain)
			n += len(out)
		}
	}
	if n == 0 {
		b.Fatal("nothing escaped")
	}
}
