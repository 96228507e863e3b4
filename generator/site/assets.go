package site

import (
	"fmt"
	"path"
	"sort"

	"phongtrao/generator/publish"
	"phongtrao/generator/theme"
)

// assets maps a static file's name ("css/site.css") to its published path
// ("css/site.1a2b3c4d.css", relative to the base).
type assets map[string]string

// writeAssets publishes the site's static files over the built-in theme's
// (package theme): CSS and JS minified and named by content hash, every
// other file as it is.
func writeAssets(source string, w publish.Writer, opts Options) (assets, error) {
	files, err := theme.Static(source)
	if err != nil {
		return nil, fmt.Errorf("static: %w", err)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	a := assets{}
	for _, n := range names {
		b := files[n]
		out := n
		switch path.Ext(n) {
		case ".css", ".js":
			if !opts.NoMinify {
				if b, err = publish.Minify(n, b); err != nil {
					return nil, fmt.Errorf("static/%s", err)
				}
			}
			out = publish.HashedName(n, b)
		}
		a[n] = out
		if err := w.WriteFile(out, b); err != nil {
			return nil, err
		}
	}
	return a, nil
}
