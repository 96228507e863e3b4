package privacy

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticFragments are pieces of story text: plain words, the address
// words in everyday use ("số", "nhà"), numbers, dates and amounts.
var syntheticFragments = []string{
	"Tổ bảo vệ an ninh, trật tự ở cơ sở thôn", "đã phối hợp với Công an xã", "tuần tra ban đêm",
	"số vụ việc giảm rõ rệt", "nhiều hộ dân trong thôn", "nhà văn hóa thôn", "số lượng thành viên",
	"năm 2024", "ngày 16/9/2024", "tháng 3/2025", "1.234 người", "12,5 triệu đồng", "80 %",
	"Kế hoạch số 591/KH-UBND", "tổ dân phố 3", "thôn 5", "bon Bu Bir", "gọi số 114, đường dây nóng",
	"số hộ 120", "nhà 3 gian", "2024-2025", "Quyết định số 12/QĐ-UBND", "Mỗi nhà góp một tay",
}

// syntheticPersonal are pieces that Scan finds, rarer in stories than the rest.
var syntheticPersonal = []string{
	"nhà số 12", "số nhà 34 đường Lê Duẩn", "ở 7 Hàng Bạc", "ngõ 5", "ĐT 0912 345 678",
	"0912.345.678", "CCCD 012345678901", "+84 912 345 678", "an@mail.vn", "0261 3544 123",
}

// syntheticStory builds a story body of n paragraphs of 8 to 30 fragments,
// with the seed; one fragment in 50 is personal.
func syntheticStory(n int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 2))
	var b strings.Builder
	for range n {
		for k := range 8 + r.IntN(23) {
			if k > 0 {
				b.WriteString([]string{" ", ", ", ".\n"}[r.IntN(3)])
			}
			if r.IntN(50) == 0 {
				b.WriteString(syntheticPersonal[r.IntN(len(syntheticPersonal))])
			} else {
				b.WriteString(syntheticFragments[r.IntN(len(syntheticFragments))])
			}
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// BenchmarkScanMarkdown scans a story body of 2,000 paragraphs.
func BenchmarkScanMarkdown(b *testing.B) {
	src := syntheticStory(2000, 1)
	b.SetBytes(int64(len(src)))
	n := 0
	for b.Loop() {
		n += len(ScanMarkdown(src))
	}
	if n == 0 {
		b.Fatal("nothing found")
	}
}
