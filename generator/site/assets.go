package site

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"

	"phongtrao/generator/diag"
	"phongtrao/generator/media"

	"phongtrao/generator/publish"
	"phongtrao/generator/theme"
)

// assets maps a static file's name ("css/site.css") to its published path
// ("css/site.1a2b3c4d.css", relative to the base).
type assets map[string]string

// writeAssets publishes the site's static files over the built-in theme's
// (package theme): CSS and JS minified and named by content hash, photos
// through photos (writePhoto), every other file as it is.
func writeAssets(source string, photos *media.Library, w publish.Writer, opts Options) (assets, error) {
	files, err := theme.StaticExcept(source, media.IsPhoto)
	if err != nil {
		return nil, fmt.Errorf("static: %w", err)
	}
	if photos == nil {
		// The built-in theme has no photo: the site's static/ has them all.
		photos = media.New(func(n string) ([]byte, error) {
			return os.ReadFile(filepath.Join(source, "static", filepath.FromSlash(n)))
		}, nil)
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	a := assets{}
	for _, n := range names {
		if media.IsPhoto(n) {
			if a[n], err = writePhoto(photos, n, w); err != nil {
				return nil, err
			}
			continue
		}
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

// writePhoto publishes every version of the photo static/name, and the
// widest under the photo's own name when it has the same format, so that
// the original file, with its EXIF data and full size, is never published.
// It returns the path the asset function gives for the photo: its own
// name, else its widest version. A photo that cannot be decoded is an
// error at its file.
func writePhoto(photos *media.Library, name string, w publish.Writer) (string, error) {
	pic, err := photos.Picture(name)
	var p *media.Problem
	if errors.As(err, &p) {
		var l diag.List
		l.Add(diag.Pos{File: "static/" + name}, p.Msg, p.Hint)
		return "", l.Err()
	}
	if err != nil {
		return "", err
	}
	for _, v := range pic.Variants {
		if err := w.WriteFile(v.Path, v.Data); err != nil {
			return "", err
		}
	}
	if !pic.AtName {
		return pic.Widest().Path, nil
	}
	return name, w.WriteFile(name, pic.Widest().Data)
}
