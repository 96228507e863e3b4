package qa

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// TestCriterionTeamsPages checks the pages a criterion's page links to when
// too many teams meet it to list there (a country's site): the demo, a
// province, has none, so they are checked on the demo built with every
// criterion's teams on pages of their own (split). One of them, and the
// criterion's page that links to it, must be valid HTML (vnu) and pass axe
// in headless Chromium at 360 px, as every kind of page of the demo does.
func TestCriterionTeamsPages(t *testing.T) {
	t.Parallel() // the JVM and Chromium each keep about one core busy
	if splitErr != nil {
		t.Fatal(splitErr)
	}
	s := split
	var teams string
	for _, f := range s.list {
		if matchKind("tieu-chi/*/*.html", f) {
			teams = f
			break
		}
	}
	if teams == "" {
		t.Fatal("the demo built with CriterionTeamsInline at 0 has no page of a criterion's teams (tieu-chi/<id>/<unit>.html)")
	}
	crit := path.Dir(teams) + ".html"
	t.Logf("checking %s and %s", teams, crit)
	b, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(crit)))
	if err != nil {
		t.Fatal(err)
	}
	if link := `href="` + s.servePath(teams) + `"`; !strings.Contains(string(b), link) {
		t.Errorf("%s does not link to %s (%s)", crit, teams, link)
	}

	java, jar := javaAndVNU(t)
	var files []string
	for _, f := range []string{teams, crit} {
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
	paths := []string{s.servePath(teams), s.servePath(crit)}
	rep := runAxe(t, s.serve(t).URL, s.servePath("index.html"), append(paths, canaryPath))
	if len(rep.Pages) != len(paths)+1 {
		t.Fatalf("axe.mjs reported %d pages; want %d", len(rep.Pages), len(paths)+1)
	}
	for i, pg := range rep.Pages[:len(paths)] {
		checkAxePage(t, []string{"criterion teams " + teams, "criterion " + crit}[i], pg)
	}
	checkCanary(t, rep.Pages[len(paths)])
}
