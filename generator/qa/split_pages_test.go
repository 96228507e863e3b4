package qa

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// TestSplitPages checks the pages a country's site has and the demo, a
// province, has not: per unit under the root, the teams meeting a criterion
// (when too many meet it to list on its page) and the bulletins (when too
// many units have them to list on the index); and the directory's index
// without the communes. They are checked on the demo built as a country's
// site would be (split): one page of each kind, the pages that link to
// them and the directory's index must be valid HTML (vnu) and pass axe in
// headless Chromium at 360 px, as every kind of page of the demo does; and
// every link of that build must lead to a written file (checkLinks).
func TestSplitPages(t *testing.T) {
	t.Parallel() // the JVM and Chromium each keep about one core busy
	if splitErr != nil {
		t.Fatal(splitErr)
	}
	s := split
	// Each split page, and the page that must link to it.
	var check []string
	for _, kind := range []struct {
		pattern, name string
		from          func(page string) string
	}{
		{"tieu-chi/*/*.html", "a criterion's teams (tieu-chi/<id>/<unit>.html)",
			func(page string) string { return path.Dir(page) + ".html" }}, // the criterion's page
		{"ban-tin/*.html", "a unit's bulletins (ban-tin/<unit>.html)",
			func(string) string { return "ban-tin/index.html" }},
	} {
		var page string
		for _, f := range s.list {
			if matchKind(kind.pattern, f) {
				page = f
				break
			}
		}
		if page == "" {
			t.Fatalf("the demo built with pages per unit has no page of %s", kind.name)
		}
		from := kind.from(page)
		b, err := s.read(from)
		if err != nil {
			t.Fatal(err)
		}
		if link := `href="` + s.servePath(page) + `"`; !strings.Contains(string(b), link) {
			t.Errorf("%s does not link to %s (%s)", from, page, link)
		}
		check = append(check, page, from)
	}
	b, err := s.read("danh-ba/index.html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "đơn vị trực thuộc, xem trang của") {
		t.Error("danh-ba/index.html lists the communes, not the districts' counts")
	}
	check = append(check, "danh-ba/index.html")
	// A list of deeds cut to its newest says so and links where the rest is.
	b, err = s.read("viec-tot/loai/viec-tot/index.html")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "Danh sách chỉ hiện 1 mục mới nhất trong") {
		t.Error("viec-tot/loai/viec-tot/index.html, cut to one deed, does not say so")
	}
	check = append(check, "viec-tot/loai/viec-tot/index.html")
	// Every link of the split build leads to a written file.
	reportProblems(t, "broken or external references in the split build", s.checkLinks(t))
	t.Logf("checking %s", strings.Join(check, ", "))

	java, jar := javaAndVNU(t)
	var files []string
	for _, f := range check {
		abs, err := filepath.Abs(filepath.Join(s.dir, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, abs)
	}
	canary := filepath.Join(t.TempDir(), "canary.html")
	if err := os.WriteFile(canary, []byte(vnuCanary), 0o644); err != nil {
		t.Fatal(err)
	}
	canaryErrs := 0
	for _, m := range runVNU(t, java, jar, append(files, canary)).Messages {
		switch {
		case m.Type != "error" && m.Type != "non-document-error":
		case strings.TrimPrefix(m.URL, "file:") == filepath.ToSlash(canary):
			canaryErrs++
		default:
			t.Errorf("%s:%d:%d: %s\n\t%s", m.URL, m.LastLine, m.FirstCol, m.Message, strings.TrimSpace(m.Extract))
		}
	}
	if canaryErrs == 0 {
		t.Errorf("vnu reported no error on the canary page: the check is blind")
	}

	nodeAndChromium(t)
	var paths []string
	for _, f := range check {
		paths = append(paths, s.servePath(f))
	}
	rep := runAxe(t, s.serve(t).URL, s.servePath("index.html"), append(paths, canaryPath))
	if len(rep.Pages) != len(paths)+1 {
		t.Fatalf("axe.mjs reported %d pages; want %d", len(rep.Pages), len(paths)+1)
	}
	for i, pg := range rep.Pages[:len(paths)] {
		checkAxePage(t, check[i], pg)
	}
	checkCanary(t, rep.Pages[len(paths)])
}
