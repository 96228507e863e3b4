package site

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"phongtrao"
	"phongtrao/generator/publish"
	"phongtrao/generator/sourcefs"
)

// The built-in theme is the repository's layouts/ and static/css/,
// embedded by the root package (theme.go at the repository root). A site
// without its own layouts/ or static/ still builds with it; a site's files
// replace the theme's file by file.

func themeLayouts() fs.FS {
	sub, _ := fs.Sub(phongtrao.Theme, "layouts")
	return sub
}

func themeStatic() fs.FS {
	sub, _ := fs.Sub(phongtrao.Theme, "static")
	return sub
}

// siteFolder returns the folder dir of the site's source, read through
// os.Root (sourcefs): a symbolic link leading outside the source cannot be
// read. It is nil when there is no source.
func siteFolder(source, dir string) fs.FS {
	if source == "" {
		return nil
	}
	fsys, err := sourcefs.Open(source)
	if err != nil {
		return nil
	}
	return sourcefs.Sub(fsys, dir)
}

func siteLayouts(source string) fs.FS { return siteFolder(source, "layouts") }

func siteStatic(source string) fs.FS { return siteFolder(source, "static") }

// staticFiles reads every file of the layers (later ones win), skipping
// names that start with "."; a linked file or folder inside the source is
// read as if it were there, a link that leads outside is an error.
func staticFiles(layers ...fs.FS) (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, fsys := range layers {
		if fsys == nil {
			continue
		}
		err := sourcefs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == "." && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipAll
				}
				return err
			}
			if strings.HasPrefix(d.Name(), ".") && p != "." {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			b, err := fs.ReadFile(fsys, p)
			files[p] = b
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// assets maps a static file's name ("css/site.css") to its published path
// ("css/site.1a2b3c4d.css", relative to the base).
type assets map[string]string

// writeAssets publishes the theme's and the site's static files: CSS and JS
// minified and named by content hash, every other file as it is.
func writeAssets(source string, w publish.Writer, opts Options) (assets, error) {
	files, err := staticFiles(themeStatic(), siteStatic(source))
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
