package qa

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// printLimits are the documents a notice board or an office gets on
// paper, with the A4 pages each may take at most (issue 17): a commune's
// monthly bulletin on the two sides of one sheet, a province's bulletin
// too, a province's phase report on four pages. The largest of a kind is
// printed: the one most likely to run over.
var printLimits = []struct {
	kind, pattern string
	pages         int
}{
	{"commune monthly bulletin", "ban-tin/thang/*/*.html", 2},
	{"province phase bulletin", "ban-tin/*/index.html", 2},
	{"largest unit phase bulletin", "ban-tin/*/*.html", 2},
	{"province phase report", "bao-cao/*/index.html", 4},
}

// pdfPages counts the pages of a PDF that Chromium wrote: its page
// objects ("/Type /Page", not the "/Type /Pages" tree).
var pdfPages = regexp.MustCompile(`/Type\s*/Page[^s]`)

// TestPrintsOnA4 prints the largest page of each kind in printLimits to
// PDF with headless Chromium (A4 portrait, the page's own print style) and
// counts its pages.
func TestPrintsOnA4(t *testing.T) {
	t.Parallel()
	s := site(t)
	chromium := chromiumPath(t)
	srv := s.serve(t)
	files, err := listFiles(s.dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, lim := range printLimits {
		var pick string
		var size int64
		for _, f := range files {
			if !matchKind(lim.pattern, f) {
				continue
			}
			if st, err := os.Stat(filepath.Join(s.dir, f)); err == nil && st.Size() > size {
				pick, size = f, st.Size()
			}
		}
		if pick == "" {
			t.Errorf("%s: no page matches %s", lim.kind, lim.pattern)
			continue
		}
		out := filepath.Join(t.TempDir(), "in.pdf")
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
			"--user-data-dir="+t.TempDir(), "--print-to-pdf="+out, srv.URL+s.servePath(pick))
		msg, err := cmd.CombinedOutput()
		cancel()
		if err != nil {
			t.Fatalf("%s: chromium: %v\n%s", lim.kind, err, msg)
		}
		pdf, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		n := len(pdfPages.FindAll(pdf, -1))
		t.Logf("%s %s: %d A4 pages", lim.kind, pick, n)
		if n == 0 || n > lim.pages {
			t.Errorf("%s %s prints on %d A4 pages, want 1 to %d", lim.kind, pick, n, lim.pages)
		}
	}
}
