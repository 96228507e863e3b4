package serve

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestHostChecked is the DNS-rebinding attack of issue 15 (point 8): a
// request whose Host is a domain (evil.example resolved to 127.0.0.1) gets
// 421 and none of the preview; localhost and loopback addresses with the
// serving port, and the --bind address, are served.
func TestHostChecked(t *testing.T) {
	s := memServer(t, map[string]string{"index.html": "<html><body>trang chủ bí mật</body></html>"})
	port := s.port()
	s.opts.Addr = "192.0.2.7:" + port // as with --bind 192.0.2.7
	cases := []struct {
		host string
		ok   bool
	}{
		{"127.0.0.1:" + port, true},
		{"localhost:" + port, true},
		{"LOCALHOST:" + port, true},
		{"[::1]:" + port, true},
		{"127.0.0.2:" + port, true},
		{"192.0.2.7:" + port, true},
		{"evil.example:" + port, false},
		{"evil.example", false},
		{"localhost.evil.example:" + port, false},
		{"127.0.0.1.nip.io:" + port, false},
		{"127.0.0.1:1", false},
		{"localhost", false}, // port 80 left out, but the preview is not on 80
		{"192.0.2.8:" + port, false},
		{"", false},
	}
	for _, c := range cases {
		for _, target := range []string{"/", EventsPath, ScriptPath} {
			rec := httptest.NewRecorder()
			r := httptest.NewRequest(http.MethodGet, target, nil)
			r.Host = c.host
			if !c.ok || target != EventsPath { // the event stream never ends
				s.ServeHTTP(rec, r)
			} else {
				continue
			}
			refused := rec.Code == http.StatusMisdirectedRequest
			if refused == c.ok {
				t.Errorf("Host %q %s: status %d, want served = %v", c.host, target, rec.Code, c.ok)
			}
			if refused && (strings.Contains(rec.Body.String(), "bí mật") || !strings.Contains(rec.Body.String(), "không được phép")) {
				t.Errorf("Host %q: body %q", c.host, rec.Body.String())
			}
		}
	}
	// Listening on every address: the address the request came in on.
	s.opts.Addr = "0.0.0.0:" + port
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Host = "192.0.2.9:" + port
	local := &net.TCPAddr{IP: net.ParseIP("192.0.2.9"), Port: 1}
	r = r.WithContext(context.WithValue(r.Context(), http.LocalAddrContextKey, net.Addr(local)))
	rec := httptest.NewRecorder()
	if s.ServeHTTP(rec, r); rec.Code != http.StatusOK {
		t.Errorf("the machine's own address with --bind 0.0.0.0: %d", rec.Code)
	}
}

// TestEvilHostOverTCP sends the rebinding request to the running server.
func TestEvilHostOverTCP(t *testing.T) {
	f := startFixture(t, fixtureSite, 0)
	addr := strings.TrimSuffix(strings.TrimPrefix(f.s.URL(), "http://"), "/")
	req, _ := http.NewRequest(http.MethodGet, "http://"+addr+"/", nil)
	req.Host = "evil.example"
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body := make([]byte, 4096)
	n, _ := resp.Body.Read(body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusMisdirectedRequest || strings.Contains(string(body[:n]), "<html") {
		t.Errorf("Host evil.example: %d %q, want 421", resp.StatusCode, body[:n])
	}
}
