package serve

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"phongtrao/generator/publish"
)

// memServer serves files from memory, as after a good build numbered 7.
func memServer(t *testing.T, files map[string]string) *Server {
	t.Helper()
	mem := publish.NewMemory()
	for p, b := range files {
		if err := mem.WriteFile(p, []byte(b)); err != nil {
			t.Fatal(err)
		}
	}
	return listening(t, &Server{hub: newHub(), site: memBuilt(mem), gen: 7})
}

// listening gives s a listener on a free loopback port, for its Host checks.
func listening(t *testing.T, s *Server) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	s.ln, s.opts.Addr = ln, "127.0.0.1:0"
	return s
}

// request is a request for target as a browser on this machine sends it.
func request(s *Server, method, target string) *http.Request {
	r := httptest.NewRequest(method, target, nil)
	r.Host = s.ln.Addr().String()
	return r
}

func serve(s *Server, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, request(s, http.MethodGet, target))
	return rec
}

func TestRequestsOutsideTheSiteAre404(t *testing.T) {
	s := memServer(t, map[string]string{
		"index.html":      "<html><body>trang chủ</body></html>",
		"404.html":        "<html><body>không có trang này</body></html>",
		"a/b/index.html":  "<html><body>b</body></html>",
		"css/site.css":    "body{}",
		"du-lieu/x.json":  "{}",
		"a/secret.txt":    "lộ",
		"bai-viet/x.html": "<p>x</p>",
	})
	for _, target := range []string{
		"/../site.toml",
		"/a/../a/secret.txt",     // ".." even when it stays inside
		"/a/%2e%2e/a/secret.txt", // encoded dots
		"/a%2fsecret.txt",        // encoded slash
		"/a%5csecret.txt",        // encoded backslash
		"/a/.%2e/a/secret.txt",
		"//evil.example/",
		"/a//secret.txt",
		"/./index.html",
		"/khong-co/",
		"/a/b/index.htm",
		"/%00",
	} {
		rec := serve(s, target)
		if rec.Code != 404 || !strings.Contains(rec.Body.String(), "không có trang này") || strings.Contains(rec.Body.String(), "lộ") {
			t.Errorf("%s: status %d, body %q; want 404 with the site's 404.html", target, rec.Code, rec.Body.String())
		}
	}
}

func TestSiteFiles(t *testing.T) {
	s := memServer(t, map[string]string{
		"index.html":     "<html><body>trang chủ</body></html>",
		"a/b/index.html": "<html><body>b</body></html>",
		"css/site.css":   "body{}",
		"x.svg":          "<svg/>",
		"du-lieu/x.csv":  "a,b",
		"anh/x.png":      "\x89PNG",
		"anh/x.jpg":      "\xff\xd8",
		"feed.xml":       "<feed/>",
		"js/s.js":        "1",
	})
	cases := []struct {
		target, status, typ, body string
	}{
		{"/", "200", "text/html; charset=utf-8", "trang chủ"},
		{"/a/b/", "200", "text/html; charset=utf-8", "b"},
		{"/a/b/index.html", "200", "text/html; charset=utf-8", "b"},
		{"/css/site.css", "200", "text/css; charset=utf-8", "body{}"},
		{"/x.svg", "200", "image/svg+xml", "<svg/>"},
		{"/du-lieu/x.csv", "200", "text/csv; charset=utf-8", "a,b"},
		{"/anh/x.png", "200", "image/png", "\x89PNG"},
		{"/anh/x.jpg", "200", "image/jpeg", "\xff\xd8"},
		{"/feed.xml", "200", "application/xml; charset=utf-8", "<feed/>"},
		{"/js/s.js", "200", "text/javascript; charset=utf-8", "1"},
		// No 404.html in this site: the built-in page.
		{"/nothing", "404", "text/html; charset=utf-8", "Không tìm thấy trang"},
	}
	for _, c := range cases {
		rec := serve(s, c.target)
		if got := fmt.Sprint(rec.Code); got != c.status || rec.Header().Get("Content-Type") != c.typ ||
			!strings.Contains(rec.Body.String(), c.body) {
			t.Errorf("%s: %s %q %q; want %s %q containing %q", c.target, got, rec.Header().Get("Content-Type"),
				rec.Body.String(), c.status, c.typ, c.body)
		}
		html := strings.HasPrefix(c.typ, "text/html")
		if injected := strings.Contains(rec.Body.String(), ScriptPath); injected != html {
			t.Errorf("%s: reload script injected = %v, want %v (HTML only)", c.target, injected, html)
		}
	}
	// A folder without its slash is sent to the folder, query kept.
	rec := serve(s, "/a/b?x=1")
	if rec.Code != http.StatusFound || rec.Header().Get("Location") != "/a/b/?x=1" {
		t.Errorf("/a/b: %d to %q, want 302 to /a/b/?x=1", rec.Code, rec.Header().Get("Location"))
	}
	post := httptest.NewRecorder()
	s.ServeHTTP(post, request(s, http.MethodPost, "/"))
	if post.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", post.Code)
	}
}

func TestNeverBuiltShowsTheErrorsEverywhere(t *testing.T) {
	s := listening(t, &Server{hub: newHub(), gen: 1, fail: &failure{text: "data/units.csv:3:2: sai <mã>", count: 1}})
	for _, target := range []string{"/", "/don-vi/x.html", "/du-lieu/ket-qua.json"} {
		rec := serve(s, target)
		body := rec.Body.String()
		if rec.Code != 500 || !strings.Contains(body, "data/units.csv:3:2: sai &lt;mã&gt;") || !strings.Contains(body, ScriptPath) {
			t.Errorf("%s: %d %q; want 500 with the escaped error and the reload script", target, rec.Code, body)
		}
	}
}

// TestRawTraversalOverTCP sends paths no HTTP client would, as they are
// written, to the running server.
func TestRawTraversalOverTCP(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	addr := strings.TrimSuffix(strings.TrimPrefix(f.s.URL(), "http://"), "/")
	for _, target := range []string{"/../site.toml", "/%2e%2e/site.toml", "/..%2fsite.toml", "/static/../site.toml", "/site.toml", "/data/units.csv"} {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		conn.Close()
		if resp.StatusCode != 404 || strings.Contains(string(body), "baseURL") || strings.Contains(string(body), "id,name") {
			t.Errorf("%s: %d, want 404 without the source file", target, resp.StatusCode)
		}
	}
}
