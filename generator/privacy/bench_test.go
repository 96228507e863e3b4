package privacy

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchSourceEnv names a site source folder (for example the national
// synthetic site made by bench/sitegen) whose content/stories/*.md lines
// the benchmarks and the equivalence test use. Without it they use
// syntheticLines.
const benchSourceEnv = "PRIVACY_BENCH_SOURCE"

// storyLines returns the lines of the stories under $PRIVACY_BENCH_SOURCE,
// those holding a digit (MayHold) in NFC as content.Parse hands them to
// Find. It returns nil when the variable is not set.
var storyLines = sync.OnceValues(func() ([]string, error) {
	dir := os.Getenv(benchSourceEnv)
	if dir == "" {
		return nil, nil
	}
	files, err := filepath.Glob(filepath.Join(dir, "content", "stories", "*.md"))
	if err != nil || len(files) == 0 {
		return nil, err
	}
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for line := range strings.Lines(string(b)) {
			line = strings.TrimRight(line, "\r\n")
			if MayHold(line) {
				line = norm.NFC.String(line)
			}
			lines = append(lines, line)
		}
	}
	return lines, nil
})

// allLines is storyLines when the variable is set, else syntheticLines.
func allLines(tb testing.TB) []string {
	lines, err := storyLines()
	if err != nil {
		tb.Fatal(err)
	}
	if lines == nil {
		lines = syntheticLines(20000, 1)
	}
	return lines
}

// benchLines are the lines of allLines that Find is called on.
func benchLines(tb testing.TB) []string {
	var lines []string
	for _, line := range allLines(tb) {
		if MayHold(line) {
			lines = append(lines, line)
		}
	}
	return lines
}

// syntheticFragments are pieces of story text: plain words, the address
// words in everyday use ("số", "nhà"), numbers, dates and amounts.
var syntheticFragments = []string{
	"Tổ bảo vệ an ninh, trật tự ở cơ sở thôn", "đã phối hợp với Công an xã", "tuần tra ban đêm",
	"số vụ việc giảm rõ rệt", "nhiều hộ dân trong thôn", "nhà văn hóa thôn", "số lượng thành viên",
	"năm 2024", "ngày 16/9/2024", "tháng 3/2025", "1.234 người", "12,5 triệu đồng", "80 %",
	"Kế hoạch số 591/KH-UBND", "tổ dân phố 3", "thôn 5", "bon Bu Bir", "gọi số 114, đường dây nóng",
	"số hộ 120", "nhà 3 gian", "2024-2025", "Quyết định số 12/QĐ-UBND", "Mỗi nhà góp một tay",
}

// syntheticPersonal are pieces that Find flags: phone numbers, citizen
// IDs and addresses, rarer in stories than the rest.
var syntheticPersonal = []string{
	"nhà số 12", "số nhà 34 đường Lê Duẩn", "số 7, phố Hàng Bạc", "ngõ 5", "hẻm số 34/2",
	"ĐT 0912 345 678", "0912.345.678", "CCCD 012345678901", "+84 912 345 678",
	"SỐ NHÀ 5", "Nhà Số 9", "Số 18 đường 30/4", "kiệt 7",
}

// syntheticLines builds n lines of 8 to 30 fragments each, with the seed;
// one fragment in 50 is personal.
func syntheticLines(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 2))
	lines := make([]string, n)
	var b strings.Builder
	for i := range lines {
		b.Reset()
		for k := range 8 + r.IntN(23) {
			if k > 0 {
				b.WriteString([]string{" ", ", ", ". "}[r.IntN(3)])
			}
			if r.IntN(50) == 0 {
				b.WriteString(syntheticPersonal[r.IntN(len(syntheticPersonal))])
			} else {
				b.WriteString(syntheticFragments[r.IntN(len(syntheticFragments))])
			}
		}
		lines[i] = b.String()
	}
	return lines
}

// BenchmarkFind runs the current Find and the reference (old) one over the
// same lines, one full pass per iteration.
func BenchmarkFind(b *testing.B) {
	lines := benchLines(b)
	for _, impl := range []struct {
		name string
		find func(string) []Finding
	}{{"new", Find}, {"ref", refFind}} {
		b.Run(impl.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, line := range lines {
					n += len(impl.find(line))
				}
			}
			b.ReportMetric(float64(len(lines)), "lines")
		})
	}
}

// BenchmarkMayHold runs MayHold and the strings.IndexAny it replaced over
// every line, one full pass per iteration.
func BenchmarkMayHold(b *testing.B) {
	lines := allLines(b)
	for _, impl := range []struct {
		name    string
		mayHold func(string) bool
	}{{"new", MayHold}, {"ref", func(s string) bool { return strings.IndexAny(s, "0123456789") >= 0 }}} {
		b.Run(impl.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, line := range lines {
					if impl.mayHold(line) {
						n++
					}
				}
			}
			b.ReportMetric(float64(n)/float64(b.N), "with-digit")
		})
	}
}
