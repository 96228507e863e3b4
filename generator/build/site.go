package build

import (
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
	"phongtrao/generator/site"
)

// SiteInput is what the page renderer reads from a loaded project and its results.
func SiteInput(p *Project, res *results.Results) site.Input {
	return site.Input{Site: p.Site, Data: p.Data, Results: res, Pages: p.Pages, Source: p.Source, Photos: p.Photos,
		Layouts: p.Layouts}
}

// renderSite writes the site's pages, assets, feeds and search index.
func renderSite(p *Project, res *results.Results, w publish.Writer) error {
	return site.Build(SiteInput(p, res), w, site.Options{})
}
