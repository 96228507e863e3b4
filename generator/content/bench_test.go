package content

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"phongtrao/generator/diag"
)

// storyFS builds a source folder with n stories of about 2 KB each: front
// matter, two headings, paragraphs, a list and a table.
func storyFS(n int) fstest.MapFS {
	para := strings.Repeat("Tổ bảo vệ an ninh, trật tự thôn đã **phối hợp** với công an xã tuần tra ban đêm, "+
		"nhắc nhở bà con khóa cửa, giữ gìn tài sản. ", 4)
	body := "# Diễn biến\n\n" + para + "\n\n## Kết quả\n\n- Tuần tra 12 buổi\n- Tuyên truyền 3 lần\n\n" +
		"| Tháng | Số buổi |\n|---|---|\n| 3/2025 | 12 |\n\n" + para + "\n"
	fsys := fstest.MapFS{}
	for i := range n {
		src := fmt.Sprintf("+++\ntitle = \"Câu chuyện số %d\"\ndate = 2025-03-%02d\nunit = \"thon-1\"\n"+
			"people = [\"Nguyễn Văn A\", \"Y Bhim Niê\"]\ncriterion = \"4.7\"\ntags = [\"tuần tra\"]\nconsent = true\n+++\n%s", i, i%28+1, body)
		fsys[fmt.Sprintf("content/stories/cau-chuyen-%04d.md", i)] = &fstest.MapFile{Data: []byte(src)}
	}
	return fsys
}

// BenchmarkLoad reads, checks and renders 1,000 stories per iteration.
func BenchmarkLoad(b *testing.B) {
	fsys := storyFS(1000)
	b.ReportAllocs()
	for b.Loop() {
		pages, l := Load(fsys, known)
		if len(pages) != 1000 || l.Len() != 0 {
			b.Fatalf("got %d pages, %d diagnostics: %v", len(pages), l.Len(), l.Err())
		}
	}
}

// BenchmarkParse reads, decodes and renders 1,000 stories per iteration,
// without the checks against the data (Load = Parse + Check).
func BenchmarkParse(b *testing.B) {
	fsys := storyFS(1000)
	b.ReportAllocs()
	for b.Loop() {
		if ps := Parse(fsys); len(ps.files) != 1000 {
			b.Fatalf("parsed %d files", len(ps.files))
		}
	}
}

// BenchmarkParseSource parses the content/ folder of the source folder named
// by $CONTENT_BENCH_SOURCE (for example the national site that
// `go run ./bench/sitegen -scale national -out DIR` writes: 20,000
// stories), from disk, once per iteration. It is skipped when the variable
// is not set. Besides the wall time it reports cpu-ms/op, the CPU time of
// the whole process (all cores) per iteration, which other programs
// running at the same time disturb less than the wall time.
func BenchmarkParseSource(b *testing.B) {
	dir := os.Getenv("CONTENT_BENCH_SOURCE")
	if dir == "" {
		b.Skip("set CONTENT_BENCH_SOURCE to a source folder")
	}
	fsys := os.DirFS(dir)
	n := len(Parse(fsys).files)
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if ps := Parse(fsys); len(ps.files) != n {
			b.Fatalf("parsed %d files, then %d", n, len(ps.files))
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/1e6/float64(b.N), "cpu-ms/op")
}

// BenchmarkRenderSource renders the bodies of the Markdown files under
// $CONTENT_BENCH_SOURCE once per iteration as pages are rendered (render)
// and as they were before noLinkify, linkRefs and renderHeading
// (referenceRender), for the ratio of the two in one run.
func BenchmarkRenderSource(b *testing.B) {
	dir := os.Getenv("CONTENT_BENCH_SOURCE")
	if dir == "" {
		b.Skip("set CONTENT_BENCH_SOURCE to a source folder")
	}
	fsys := os.DirFS(dir)
	var errs diag.List
	var bodies [][]byte
	for _, p := range walk(fsys, &errs) {
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			b.Fatal(err)
		}
		if s, ok := split(p, string(src), &errs); ok {
			bodies = append(bodies, []byte(s.body))
		}
	}
	w := &worker{}
	for _, bb := range []struct {
		name   string
		render func(src []byte) error
	}{
		{"render", func(src []byte) error { _, err := w.render(src, true); return err }},
		{"reference", func(src []byte) error { _, err := referenceRender(w, src); return err }},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				for _, src := range bodies {
					if err := bb.render(src); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(cpuTime()-start)/1e6/float64(b.N), "cpu-ms/op")
		})
	}
}
