package serve

import (
	"net"
	"net/http"
	"strconv"
	"strings"
)

// allowedHost reports whether the request's Host header names this preview:
// localhost or a loopback address, the --bind address, or the address the
// request came in on, each with the serving port. Any other name (a domain
// that a DNS-rebinding page points at 127.0.0.1) is refused, so that a web
// page elsewhere cannot read the preview through the visitor's browser.
func (s *Server) allowedHost(r *http.Request) bool {
	host, port, err := net.SplitHostPort(r.Host)
	if err != nil {
		// No port: only the default one may be left out.
		host, port = strings.TrimSuffix(strings.TrimPrefix(r.Host, "["), "]"), "80"
	}
	if port != s.port() {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	if ip.IsLoopback() {
		return true
	}
	if bind, _, err := net.SplitHostPort(s.opts.Addr); err == nil {
		if b := net.ParseIP(bind); b != nil && !b.IsUnspecified() && b.Equal(ip) {
			return true
		}
	}
	// Listening on every address (--bind 0.0.0.0): the machine's own
	// address the request was sent to.
	if local, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		if tcp, ok := local.(*net.TCPAddr); ok && tcp.IP.Equal(ip) {
			return true
		}
	}
	return false
}

// port is the port the preview listens on, as written in a Host header.
func (s *Server) port() string {
	if tcp, ok := s.ln.Addr().(*net.TCPAddr); ok {
		return strconv.Itoa(tcp.Port)
	}
	_, p, _ := net.SplitHostPort(s.ln.Addr().String())
	return p
}

// refuseHost answers a request whose Host is not this preview's.
func (s *Server) refuseHost(w http.ResponseWriter) {
	http.Error(w, "Tên máy trong địa chỉ không được phép. Mở trang xem trước tại http://127.0.0.1:"+s.port()+"/ hoặc http://localhost:"+s.port()+"/",
		http.StatusMisdirectedRequest)
}
