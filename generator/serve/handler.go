package serve

import (
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// contentTypes are the media types of the files a site holds; other
// extensions fall back to the system's table, then to sniffing.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".xml":         "application/xml; charset=utf-8",
	".svg":         "image/svg+xml",
	".csv":         "text/csv; charset=utf-8",
	".xlsx":        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".txt":         "text/plain; charset=utf-8",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".ico":         "image/x-icon",
	".pdf":         "application/pdf",
	".woff2":       "font/woff2",
	".webmanifest": "application/manifest+json",
}

// contentType returns the media type to serve name with.
func contentType(name string, b []byte) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return http.DetectContentType(b)
}

// siteRel turns a request's URL path into a path inside the built site
// ("" for the home page, "a/b/" for a folder), refusing anything that could
// step outside it or that no site file is named like: "." and ".."
// segments (plain or percent-encoded), encoded slashes and backslashes,
// backslashes, NUL bytes and empty segments ("//evil.example").
func siteRel(r *http.Request) (string, bool) {
	p := r.URL.Path
	raw := strings.ToLower(r.URL.EscapedPath())
	if !strings.HasPrefix(p, "/") || strings.Contains(raw, "%2f") || strings.Contains(raw, "%5c") {
		return "", false
	}
	rel := p[1:]
	if strings.ContainsAny(rel, "\\\x00") {
		return "", false
	}
	segs := strings.Split(rel, "/")
	for i, seg := range segs {
		if seg == "." || seg == ".." || (seg == "" && i != len(segs)-1) {
			return "", false
		}
	}
	return rel, true
}

// ServeHTTP serves the event stream, the reload script and the last good
// site, each file rendered on first request; see siteRel for what is
// refused. A request whose Host does not name the preview (allowedHost)
// gets 421 and nothing else.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.allowedHost(r) {
		s.refuseHost(w)
		return
	}
	switch r.URL.Path {
	case EventsPath:
		s.hub.serveEvents(w, r)
		return
	case ScriptPath:
		s.write(w, r, ScriptPath, []byte(reloadJS), http.StatusOK)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "chỉ nhận GET và HEAD", http.StatusMethodNotAllowed)
		return
	}
	rel, ok := siteRel(r)
	st, b, found := s.lookup(rel, ok)
	switch {
	case st.site == nil:
		s.write(w, r, "index.html", errorPage(st.gen, st.fail), http.StatusInternalServerError)
		return
	case !ok:
		s.notFound(w, r, st)
		return
	}
	if !found && rel != "" && !strings.HasSuffix(rel, "/") {
		// A folder asked for without its slash: send the browser to it,
		// so that the page's relative links resolve as on the real site.
		if _, ok, _ := st.site.get(rel + "/"); ok {
			target := "/" + rel + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusFound)
			return
		}
	}
	if !found {
		s.notFound(w, r, st)
		return
	}
	name := fileName(rel)
	if isHTML(name) {
		s.noteVisit(name)
		b = injectHTML(b, st.gen, st.fail)
	}
	s.write(w, r, name, b, http.StatusOK)
}

// lookup renders the file at rel from the site served. A file that fails
// to render makes the failure shown (renderFailed) and is looked up again
// in the site served then; when that fails too, the snapshot comes back
// without a site, to be answered like a site never built. ok false (a
// refused path) only takes the snapshot.
func (s *Server) lookup(rel string, ok bool) (st snapshot, b []byte, found bool) {
	var err error
	for range 2 {
		st = s.current()
		if st.site == nil || !ok {
			return st, nil, false
		}
		if b, found, err = st.site.get(rel); err == nil {
			return st, b, found
		}
		s.renderFailed(st.site, fileName(rel), err)
	}
	st = s.current()
	st.site = nil
	if st.fail == nil {
		st.fail = failureOf(err)
	}
	return st, nil, false
}

// notFound answers 404 with the site's own 404.html when it has one.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request, st snapshot) {
	page, ok, err := st.site.get("404.html")
	if !ok || err != nil {
		page = []byte(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Không tìm thấy trang</title></head>` +
			`<body><h1>Không tìm thấy trang</h1><p><a href="/">Về trang chủ</a></p></body></html>`)
	}
	s.write(w, r, "404.html", injectHTML(page, st.gen, st.fail), http.StatusNotFound)
}

// write sends b with the media type of name. Nothing is cached: the next
// request may follow a rebuild.
func (s *Server) write(w http.ResponseWriter, r *http.Request, name string, b []byte, status int) {
	h := w.Header()
	h.Set("Content-Type", contentType(name, b))
	h.Set("Content-Length", strconv.Itoa(len(b)))
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(b)
	}
}

func isHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}
