package qa

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// axeReport is what .ci/browser/axe.mjs prints.
type axeReport struct {
	Pages []axePage `json:"pages"`
	NoJS  []struct {
		visit
		H1        string `json:"h1"`
		H1Visible bool   `json:"h1Visible"`
		MainFound bool   `json:"mainFound"`
		Links     []struct {
			Href string `json:"href"`
			Text string `json:"text"`
		} `json:"links"`
	} `json:"nojs"`
}

// visit is what any page visit records.
type visit struct {
	Path     string   `json:"path"`
	Status   int      `json:"status"`
	Error    string   `json:"error"`
	External []string `json:"external"`
	Failed   []string `json:"failed"`
	Errors   []string `json:"errors"`
}

// axePage is one page's accessibility and layout result.
type axePage struct {
	visit
	Ms          int      `json:"ms"` // time the visit and axe took
	ScrollWidth int      `json:"scrollWidth"`
	Outside     []string `json:"outside"`
	Violations  []struct {
		ID       string `json:"id"`
		Impact   string `json:"impact"`
		Help     string `json:"help"`
		Viewport int    `json:"viewport"`
		Count    int    `json:"count"`
		Nodes    []struct {
			Target  string `json:"target"`
			HTML    string `json:"html"`
			Summary string `json:"summary"`
		} `json:"nodes"`
	} `json:"violations"`
}

// narrowWidth is the phone width every page must fit without sideways scroll.
const narrowWidth = 360

// canaryPath serves a page with known faults: an image without alt text
// (axe rule image-alt) and a box wider than a phone.
const (
	canaryPath = "/.qa-canary.html"
	canaryPage = `<!doctype html><html lang="vi"><meta name="viewport" content="width=device-width">` +
		`<title>Canary</title><main><h1>Canary</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">` +
		`<div id="wide" style="width:500px">x</div></main>`
)

// serve serves the built site on 127.0.0.1 under baseURL's path, and the
// canary page.
func (s *builtSite) serve(t *testing.T) *httptest.Server {
	t.Helper()
	prefix := strings.TrimSuffix(s.basePath(), "/")
	mux := http.NewServeMux()
	mux.Handle("/", http.StripPrefix(prefix, http.FileServer(http.Dir(s.dir))))
	mux.HandleFunc(canaryPath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(canaryPage))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// runAxe runs axe.mjs over paths of the served site, and the no-JavaScript
// visit over nojs.
func runAxe(t *testing.T, srvURL, nojs string, paths []string) axeReport {
	t.Helper()
	node, chromium := nodeAndChromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 150*time.Second)
	defer cancel()
	args := append([]string{"axe.mjs", srvURL + "/", "--nojs=" + nojs}, paths...)
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Dir = browserDir
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node axe.mjs: %v\n%s", err, stderr.String())
	}
	var rep axeReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("axe.mjs output: %v\n%s", err, stdout.String())
	}
	return rep
}

// checkVisit reports what any visit must not do: fail to load, load from
// outside the site, get an error response, throw a script error.
func checkVisit(t *testing.T, name string, v visit) {
	t.Helper()
	if v.Error != "" || v.Status != http.StatusOK {
		t.Errorf("%s: status %d %s", name, v.Status, v.Error)
	}
	for _, u := range v.External {
		t.Errorf("%s: requested %s, outside the site (blocked)", name, u)
	}
	for _, f := range v.Failed {
		t.Errorf("%s: response %s", name, f)
	}
	for _, e := range v.Errors {
		t.Errorf("%s: script error: %s", name, e)
	}
}

// TestAccessibility runs axe-core (WCAG 2.0 and 2.1, A and AA) in headless
// Chromium over one page of each kind at 360 px, checks that none
// scrolls sideways at 360 px, and that the home page shows its h1 and main
// links with JavaScript off.
func TestAccessibility(t *testing.T) {
	t.Parallel() // the JVM and Chromium each keep about one core busy
	s := site(t)
	nodeAndChromium(t)
	checkAccessible(t, s, s.samples(t))
}

// checkAccessible runs axe.mjs over the samples of the site s and the
// canary page, and checks the home page without JavaScript.
func checkAccessible(t *testing.T, s *builtSite, samples []sample) {
	t.Helper()
	name := map[string]string{}
	var paths []string
	for _, sm := range samples {
		p := s.servePath(sm.file)
		name[p] = sm.kind + " " + sm.file
		paths = append(paths, p)
	}
	srv := s.serve(t)
	home := s.servePath("index.html")
	rep := runAxe(t, srv.URL, home, append(paths, canaryPath))
	if len(rep.Pages) != len(paths)+1 || len(rep.NoJS) != 1 {
		t.Fatalf("axe.mjs reported %d pages and %d no-JS visits; want %d and 1", len(rep.Pages), len(rep.NoJS), len(paths)+1)
	}
	t.Logf("checked %d pages: %s", len(samples), sampleList(samples))
	total, slowest := 0, axePage{}
	for _, pg := range rep.Pages[:len(paths)] {
		checkAxePage(t, name[pg.Path], pg)
		total += pg.Ms
		if pg.Ms > slowest.Ms {
			slowest = pg
		}
	}
	t.Logf("browser time %d ms in all; slowest %s: %d ms", total, slowest.Path, slowest.Ms)
	checkCanary(t, rep.Pages[len(paths)])
	nj := rep.NoJS[0]
	checkVisit(t, "home without JavaScript", nj.visit)
	if nj.H1 == "" || !nj.H1Visible || !nj.MainFound {
		t.Errorf("home without JavaScript: h1 %q visible %v, one <main> %v; want a visible h1 in a page with <main>", nj.H1, nj.H1Visible, nj.MainFound)
	}
	t.Logf("home without JavaScript: h1 %q, %d visible links in <main>", nj.H1, len(nj.Links))
	units := 0
	for _, l := range nj.Links {
		if strings.Contains(l.Href, "don-vi/") {
			units++
		}
	}
	// Issue 3: a resident reaches their village in three taps, with or
	// without JavaScript, so the home page's main part links to units.
	if len(nj.Links) < 3 || units == 0 {
		t.Errorf("home without JavaScript: %d visible links in <main>, %d to a unit page; want ≥ 3 and ≥ 1: %+v", len(nj.Links), units, nj.Links)
	}
}

// checkAxePage reports one page's violations and sideways overflow.
func checkAxePage(t *testing.T, name string, pg axePage) {
	t.Helper()
	checkVisit(t, name, pg.visit)
	if pg.ScrollWidth > narrowWidth {
		t.Errorf("%s: scrolls sideways at %d px (scrollWidth %d); sticking out: %s",
			name, narrowWidth, pg.ScrollWidth, strings.Join(pg.Outside, ", "))
	}
	for _, v := range pg.Violations {
		var b strings.Builder
		for _, n := range v.Nodes {
			b.WriteString("\n\t" + n.Target + " — " + n.HTML)
			if n.Summary != "" {
				b.WriteString("\n\t\t" + strings.ReplaceAll(n.Summary, "\n", "\n\t\t"))
			}
		}
		t.Errorf("%s at %d px: axe %s (%s): %s; %d element(s):%s", name, v.Viewport, v.ID, v.Impact, v.Help, v.Count, b.String())
	}
}

// checkCanary checks that the canary's faults were found, or the checks
// above are blind: image-alt and a 500 px box at 360 px.
func checkCanary(t *testing.T, pg axePage) {
	t.Helper()
	alt := 0
	for _, v := range pg.Violations {
		if v.ID == "image-alt" {
			alt++
		}
	}
	if pg.Status != http.StatusOK || alt != 1 || pg.ScrollWidth <= narrowWidth || len(pg.Outside) == 0 ||
		!strings.HasPrefix(pg.Outside[0], "div#wide") {
		t.Errorf("canary page: status %d, image-alt found %d times (want 1), scrollWidth %d (want > %d), outside %q (want div#wide first)",
			pg.Status, alt, pg.ScrollWidth, narrowWidth, pg.Outside)
	}
}
