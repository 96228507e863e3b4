package build

import (
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
	"phongtrao/generator/site"
)

// renderSite writes the site's pages, assets, feeds and search index.
func renderSite(p *Project, res *results.Results, w publish.Writer) error {
	in := site.Input{Site: p.Site, Data: p.Data, Results: res, Pages: p.Pages, Source: p.Source}
	return site.Build(in, w, site.Options{})
}
