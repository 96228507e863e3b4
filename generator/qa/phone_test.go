package qa

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// phoneScreen is the screen of the phones residents read the site on.
const phoneScreen = 915 // px high, 412 px wide (phone.mjs)

// phoneVisit is what phone.mjs reports of one page.
type phoneVisit struct {
	Path   string
	Header int // bottom of the header, banner included, in px
	Links  []struct {
		Text, Href string
		Y, W, H    int
	}
}

// runPhone runs phone.mjs over paths of the served site.
func runPhone(t *testing.T, srvURL string, paths ...string) []phoneVisit {
	t.Helper()
	node, chromium := nodeAndChromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, append([]string{"phone.mjs", srvURL + "/"}, paths...)...)
	cmd.Dir = browserDir
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node phone.mjs: %v\n%s", err, stderr.String())
	}
	var out []phoneVisit
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("phone.mjs output: %v", err)
	}
	return out
}

// TestPhoneReachAnyTeam checks the hardest way to a team on a 412 × 915
// phone (issue 21: any team's page in at most 3 taps, with at most two
// screens of scrolling per page): every unit the home page lists, and every
// team of the commune with the most teams in the tree in force on asOf,
// must be fully on screen after scrolling two screens down (its link ends
// above 3 × 915 px) and be a tap target of 24 px at least. Home → commune
// → team is two taps.
func TestPhoneReachAnyTeam(t *testing.T) {
	t.Parallel()
	s := site(t)
	p := s.project
	tree := results.Compute(p.Site, p.Data, p.AsOf, results.FromData(p.Data)...).TreeOn(p.AsOf)
	teams := map[*data.Unit][]*data.Unit{}
	var biggest *data.Unit
	for _, u := range p.Data.Units.All {
		if u.IsLeaf() && tree.Lives(u) {
			parent := tree.Parent(u)
			teams[parent] = append(teams[parent], u)
			if biggest == nil || len(teams[parent]) > len(teams[biggest]) {
				biggest = parent
			}
		}
	}
	if biggest == nil {
		t.Fatal("no team in the tree in force on asOf")
	}
	srv := s.serve(t)
	home := strings.TrimPrefix(s.servePath("index.html"), "/")
	commune := strings.TrimPrefix(s.servePath("don-vi/"+biggest.ID+".html"), "/")
	visits := runPhone(t, srv.URL, home, commune)
	reach := func(v phoneVisit, want []*data.Unit) {
		t.Helper()
		lowest := 0 // where the last link a resident may follow ends
		for _, u := range want {
			found := false
			for _, l := range v.Links {
				if strings.HasSuffix(l.Href, "/don-vi/"+u.ID+".html") {
					found = true
					lowest = max(lowest, l.Y+l.H)
					if l.Y+l.H > 3*phoneScreen {
						t.Errorf("%s: the link to %s ends at %d px, past two screens of scrolling", v.Path, u.Name, l.Y+l.H)
					}
					if l.H < 24 {
						t.Errorf("%s: the link to %s is %d px high, want at least 24", v.Path, u.Name, l.H)
					}
					break // the first link to it is the one a resident sees
				}
			}
			if !found {
				t.Errorf("%s: no link to %s", v.Path, u.Name)
			}
		}
		t.Logf("/%s: the last of %d links ends at %d px", v.Path, len(want), lowest)
	}
	var listed []*data.Unit // the units right under the root, where a resident starts
	for _, u := range p.Data.Units.All {
		if tree.Lives(u) && tree.Parent(u) != nil && tree.Parent(tree.Parent(u)) == nil {
			listed = append(listed, u)
		}
	}
	reach(visits[0], listed)
	reach(visits[1], teams[biggest])
}

// TestPhoneReach follows a resident on a 412 × 915 phone (issue 21): from
// the home page to a commune, then to one of its teams (Thôn 1 of Xã Quảng
// Sơn, a commune of 2025): two taps, each link within two screens of the
// top of its page, the home page's units starting on its first screen;
// and every page's header, the illustrative banner included, at most
// 160 px high.
func TestPhoneReach(t *testing.T) {
	t.Parallel()
	s := site(t)
	srv := s.serve(t)
	home := strings.TrimPrefix(s.servePath("index.html"), "/")
	steps := []struct{ page, link string }{
		{home, "Xã Quảng Sơn"},
		{"don-vi/xa-quang-son-2025.html", "Thôn 1"},
		{"don-vi/quang-son-thon-1.html", ""},
	}
	var paths []string
	for _, st := range steps {
		paths = append(paths, strings.TrimPrefix(s.servePath(st.page), "/"))
	}
	visits := runPhone(t, srv.URL, append(paths, strings.TrimPrefix(s.servePath("tieu-chi/4-7.html"), "/"))...)
	// The home page's list of communes starts above the fold.
	for _, l := range visits[0].Links {
		if strings.Contains(l.Href, "/don-vi/") {
			if l.Y > phoneScreen {
				t.Errorf("home: the first unit link (%s) is at %d px, below the first screen", l.Text, l.Y)
			}
			break
		}
	}
	for i, v := range visits {
		if v.Header > 160 || v.Header < 0 {
			t.Errorf("%s: header ends at %d px, want at most 160", v.Path, v.Header)
		}
		if i >= len(steps) || steps[i].link == "" {
			continue
		}
		found := false
		for _, l := range v.Links {
			if l.Text == steps[i].link && strings.HasSuffix(l.Href, steps[i+1].page) {
				found = true
				if l.Y > 2*phoneScreen {
					t.Errorf("%s: the link to %s is at %d px, more than two screens down", v.Path, l.Text, l.Y)
				}
				if l.H < 24 {
					t.Errorf("%s: the link to %s is %d px high, want at least 24", v.Path, l.Text, l.H)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: no link %q to %s", v.Path, steps[i].link, steps[i+1].page)
		}
	}
}
