package build

import (
	"html/template"
	"strings"

	"phongtrao/generator/publish"
	"phongtrao/generator/results"
)

// renderSite writes the site's pages. Until the page renderer lands it
// writes a plain index page linking the export.
func renderSite(p *Project, res *results.Results, w publish.Writer) error {
	var b strings.Builder
	t := template.Must(template.New("index").Parse(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>{{.Title}}</title>
<h1>{{.Title}}</h1><p>Dữ liệu minh họa.</p><p><a href="du-lieu/ket-qua.json">ket-qua.json</a> · <a href="du-lieu/ket-qua.csv">ket-qua.csv</a></p></html>`))
	if err := t.Execute(&b, p.Site); err != nil {
		return err
	}
	return w.WriteFile("index.html", []byte(b.String()))
}
