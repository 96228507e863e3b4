package search

import (
	"context"
	"html/template"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"phongtrao/generator/internal/toolskip"
)

// partials is where the site's search partials live, from this package.
const partials = "../../layouts/partials"

// fixturePage is a minimal search page around the partials.
const fixturePage = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tìm kiếm</title></head>
<body>{{template "search-box.html" .}}<main>{{template "search-form.html" .}}{{template "search-results.html" .}}</main>
{{if typing}}<script>
// Types into #q one key at a time, as a person would, after the page loads.
window.addEventListener('load', function () {
  var q = document.getElementById('q'), text = 'quang ho', i = 0;
  (function key() {
    if (i > text.length) return;
    q.value = text.slice(0, i++);
    q.dispatchEvent(new Event('input'));
    setTimeout(key, 50);
  })();
});
</script>{{end}}
</body></html>`

// TestMain says, after the tests, whether the browser test was skipped
// for want of Chromium, and how to install it (toolskip).
func TestMain(m *testing.M) { os.Exit(toolskip.Main(m, "generator/search")) }

// chromium returns the browser to run, or skips the test when there is
// none, except in CI, where the browser test must run.
func chromium(t *testing.T) string {
	if testing.Short() {
		t.Skip("headless Chromium: skipped under -short (go test ./... runs it)")
	}
	for _, p := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	toolskip.Need(t, false, "chromium")
	return ""
}

// site writes a fixture site to a temp folder and serves it, recording the
// paths the browser asks for.
func site(t *testing.T) (base string, index map[string][]byte, requested func() []string) {
	dir := t.TempDir()
	index, err := Build(fixture)
	if err != nil {
		t.Fatal(err)
	}
	files := maps.Clone(index)
	for _, name := range []string{"index.html", "go.html"} {
		tpl := template.Must(template.New(name).Funcs(template.FuncMap{
			"typing": func() bool { return name == "go.html" },
		}).Parse(fixturePage))
		template.Must(tpl.ParseGlob(filepath.Join(partials, "search-*.html")))
		var sb strings.Builder
		if err := tpl.Execute(&sb, "/"); err != nil {
			t.Fatal(err)
		}
		files[Dir+name] = []byte(sb.String())
	}
	for p, b := range files {
		full := filepath.Join(dir, filepath.FromSlash(p))
		os.MkdirAll(filepath.Dir(full), 0o755)
		if err := os.WriteFile(full, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	var paths []string
	fs := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		fs.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, index, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(paths)
	}
}

// dump loads url in headless Chromium and returns the DOM after scripts ran.
func dump(t *testing.T, browser, url string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-quic", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
		"--user-data-dir="+t.TempDir(), "--virtual-time-budget=5000", "--dump-dom", url)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %s: %v", url, err)
	}
	return string(out)
}

var (
	resultLink = regexp.MustCompile(`<li><a href="([^"]*)">([^<]*)</a>(?:<span class="ngu-canh">([^<]*)</span>)?</li>`)
	liveText   = regexp.MustCompile(`<p id="thong-bao"[^>]*>([^<]*)</p>`)
)

func TestBrowserSearch(t *testing.T) {
	browser := chromium(t)
	base, index, requested := site(t)
	cases := []struct {
		page, q string
		want    []string // "title | href | context" of the results in order
		live    string
	}{
		{"index.html", "dak+nong", []string{
			"Tỉnh Đắk Nông | /don-vi/dak-nong/ | Tỉnh",
			"Huyện Đăk Glong | /don-vi/dak-glong/ | Huyện · Tỉnh Đắk Nông",
			"Huyện Đắk R'Lấp | /don-vi/dak-rlap/ | Huyện · Tỉnh Đắk Nông",
		}, "Có 3 kết quả cho “dak nong”."},
		// Typed with diacritics: the title spelled "Đắk" before "Đăk".
		{"index.html", url.QueryEscape("Đắk Nông"), []string{
			"Tỉnh Đắk Nông | /don-vi/dak-nong/ | Tỉnh",
			"Huyện Đắk R'Lấp | /don-vi/dak-rlap/ | Huyện · Tỉnh Đắk Nông",
			"Huyện Đăk Glong | /don-vi/dak-glong/ | Huyện · Tỉnh Đắk Nông",
		}, "Có 3 kết quả cho “Đắk Nông”."},
		{"index.html", "quang+hoa", []string{
			"Xã Quảng Hoà | /don-vi/quang-hoa/ | Xã · Huyện Đăk Glong",
			"Thôn 1 | /don-vi/quang-hoa/thon-1/ | Thôn · Xã Quảng Hoà, Huyện Đăk Glong",
			"Thôn 10 | /don-vi/quang-hoa/thon-10/ | Thôn · Xã Quảng Hoà, Huyện Đăk Glong",
			"Tuần tra đêm ở bon Bu Prăng | /bai-viet/tuan-tra-dem/ | Bài viết · Xã Quảng Hoà · 02/10/2024",
		}, "Có 4 kết quả cho “quang hoa”."},
		// A story-title word typed without its diacritics.
		{"index.html", "dung+cam", []string{
			"Người lái xe ôm dũng cảm cứu cháu bé | /bai-viet/lai-xe-om/ | Bài viết · Thôn 1, Xã Quảng Sơn · 19/09/2024",
		}, "Có 1 kết quả cho “dung cam”."},
		{"index.html", "xyz", nil, "Không có kết quả nào cho “xyz”. Hãy thử gõ ít chữ hơn hoặc không dấu."},
		// Typed key by key into the box: results follow the last keystroke.
		{"go.html", "", []string{
			"Xã Quảng Hoà | /don-vi/quang-hoa/ | Xã · Huyện Đăk Glong",
			"Thôn 1 | /don-vi/quang-hoa/thon-1/ | Thôn · Xã Quảng Hoà, Huyện Đăk Glong",
			"Thôn 10 | /don-vi/quang-hoa/thon-10/ | Thôn · Xã Quảng Hoà, Huyện Đăk Glong",
			"Tuần tra đêm ở bon Bu Prăng | /bai-viet/tuan-tra-dem/ | Bài viết · Xã Quảng Hoà · 02/10/2024",
		}, "Có 4 kết quả cho “quang ho”."},
	}
	for _, c := range cases {
		t.Run(c.page+"?q="+c.q, func(t *testing.T) {
			page := base + "/" + Dir + c.page
			if c.q != "" {
				page += "?q=" + c.q
			}
			before := len(requested())
			dom := dump(t, browser, page)
			var got []string
			for _, m := range resultLink.FindAllStringSubmatch(dom, -1) {
				got = append(got, m[2]+" | "+strings.TrimPrefix(m[1], base)+" | "+m[3])
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("results =\n%q\nwant\n%q", got, c.want)
			}
			if m := liveText.FindStringSubmatch(dom); m == nil || m[1] != c.live {
				t.Errorf("live region = %q, want %q", m, c.live)
			}
			if c.q == "" {
				return
			}
			// The script fetched exactly the index files the Go mirror of
			// it (client_test.go) fetches, which the size test measures.
			var fetched []string
			for _, p := range requested()[before:] {
				if strings.HasSuffix(p, ".json") {
					fetched = append(fetched, strings.TrimPrefix(p, "/"))
				}
			}
			cl := newClient(t, index)
			q, _ := url.QueryUnescape(c.q)
			cl.search(q)
			want := slices.Sorted(maps.Keys(cl.fetched))
			if slices.Sort(fetched); !slices.Equal(slices.Compact(fetched), want) {
				t.Errorf("browser fetched %q, Go client %q", fetched, want)
			}
		})
	}
	// Nothing but the site's own search files was asked for (and the
	// favicon, which the browser asks for by itself).
	for _, p := range requested() {
		if !strings.HasPrefix(p, "/"+Dir) && p != "/favicon.ico" {
			t.Errorf("browser requested %s, outside /%s", p, Dir)
		}
	}
}
