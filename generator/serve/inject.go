package serve

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"strconv"
	"strings"

	"phongtrao/generator/diag"
)

// ScriptPath is the reload script's URL. It is a file rather than inline
// code so that a page with a Content-Security-Policy of script-src 'self'
// still reloads.
const ScriptPath = "/__phongtrao/reload.js"

// scriptTag is added to every HTML response; %d is the number of the
// rebuild the page was served from.
const scriptTag = `<script src="` + ScriptPath + `" data-gen="%d"></script>`

// reloadJS listens to the event stream: it shows a small "rebuilding"
// badge while a rebuild runs and reloads the page once a rebuild other
// than the one it was served from has finished (a server restarted since
// counts too).
const reloadJS = `(function(){var me=document.currentScript,g=me&&me.getAttribute("data-gen"),` +
	`s=new EventSource("` + EventsPath + `");` +
	`s.addEventListener("building",function(){if(document.getElementById("__phongtrao-dung"))return;` +
	`var d=document.createElement("div");d.id="__phongtrao-dung";d.setAttribute("role","status");` +
	`d.textContent="Đang dựng lại trang…";d.style.cssText="position:fixed;top:8px;right:8px;z-index:2147483647;` +
	`padding:4px 10px;border-radius:4px;background:#333;color:#fff;font:13px system-ui,sans-serif;opacity:.85";` +
	`document.body.appendChild(d);});` +
	`s.addEventListener("build",function(e){if(e.data!==g){s.close();location.reload();}});})();` + "\n"

// bannerID is the element id of the error banner.
const bannerID = "__phongtrao-loi"

// injectHTML returns page with the reload script, and the error banner when
// f is not nil, inserted before the last </body> (else before the
// last </html>, else at the end). page itself is not modified.
func injectHTML(page []byte, gen uint64, f *failure) []byte {
	var add bytes.Buffer
	if f != nil {
		add.WriteString(banner(f))
	}
	fmt.Fprintf(&add, scriptTag, gen)
	at := lastIndexFold(page, "</body>")
	if at < 0 {
		at = lastIndexFold(page, "</html>")
	}
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+add.Len())
	out = append(out, page[:at]...)
	out = append(out, add.Bytes()...)
	return append(out, page[at:]...)
}

// lastIndexFold is the index of the last ASCII-case-insensitive occurrence
// of tag (lower case) in b, or -1.
func lastIndexFold(b []byte, tag string) int {
	for i := len(b) - len(tag); i >= 0; i-- {
		if b[i] == '<' && strings.EqualFold(string(b[i:i+len(tag)]), tag) {
			return i
		}
	}
	return -1
}

// banner is the error box shown over every page while the last rebuild
// failed: the errors, escaped, and what to do.
func banner(f *failure) string {
	return `<div id="` + bannerID + `" role="alert" style="position:fixed;left:0;right:0;bottom:0;z-index:2147483647;` +
		`max-height:60vh;overflow:auto;margin:0;padding:12px 16px;background:#fff4f4;color:#600;` +
		`border-top:4px solid #c00;font:14px/1.45 system-ui,sans-serif;box-shadow:0 -2px 12px rgba(0,0,0,.25)">` +
		`<strong>Chưa dựng lại được trang: ` + strconv.Itoa(f.count) + ` lỗi.</strong> ` +
		`Trình duyệt đang hiện bản dựng tốt gần nhất. Sửa tệp rồi lưu lại, trang sẽ tự tải lại.` +
		`<pre style="white-space:pre-wrap;margin:8px 0 0;font:13px/1.4 ui-monospace,monospace">` +
		html.EscapeString(f.text) + `</pre></div>`
}

// failure is why the last rebuild failed, as shown to the officer.
type failure struct {
	// text is the errors, one "file:line:col: message" per line with
	// indented hints.
	text string
	// count is how many errors text holds.
	count int
}

// failureOf describes err: a *diag.Error counts its diagnostics, any other
// error counts one.
func failureOf(err error) *failure {
	var de *diag.Error
	if errors.As(err, &de) {
		return &failure{text: de.Error(), count: len(de.Items)}
	}
	return &failure{text: err.Error(), count: 1}
}

// errorPage is served for every path while no build has ever succeeded:
// the errors, escaped, and the reload script.
func errorPage(gen uint64, f *failure) []byte {
	page := `<!doctype html><html lang="vi"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width,initial-scale=1">` +
		`<title>Lỗi dựng trang</title></head><body style="font:16px/1.5 system-ui,sans-serif;margin:2em">` +
		`<h1>Chưa dựng được trang: ` + strconv.Itoa(f.count) + ` lỗi</h1>` +
		`<p>Sửa các lỗi dưới đây rồi lưu tệp: trang sẽ tự tải lại khi dựng xong.</p>` +
		`<pre style="white-space:pre-wrap;background:#fff4f4;color:#600;padding:12px;border-left:4px solid #c00">` +
		html.EscapeString(f.text) + `</pre></body></html>`
	return injectHTML([]byte(page), gen, nil)
}
