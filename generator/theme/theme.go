package theme

import (
	"errors"
	"io/fs"
	"strings"

	"phongtrao"
	"phongtrao/generator/sourcefs"
)

// Layouts returns the layout folders of a site at source, in the order
// they are layered (later ones win): the built-in theme's layouts/, then
// the site's own, nil when source is empty or has none to read.
func Layouts(source string) []fs.FS {
	return []fs.FS{builtIn("layouts"), siteFolder(source, "layouts")}
}

// Static returns every static file of a site at source by its name under
// static/ ("css/site.css"): the built-in theme's, replaced file by file by
// the site's own. Names starting with "." are skipped; a linked file or
// folder inside the source is read as if it were there, a link that leads
// outside is an error.
func Static(source string) (map[string][]byte, error) {
	return files(nil, builtIn("static"), siteFolder(source, "static"))
}

// StaticExcept is Static without reading the files for which unread is
// true: they are in the map with nil bytes. The build names photos so,
// which package media reads itself (a dozen phone photos are 60 MB).
func StaticExcept(source string, unread func(name string) bool) (map[string][]byte, error) {
	return files(unread, builtIn("static"), siteFolder(source, "static"))
}

// StaticNames returns the name of every static file a site whose static/
// folder is siteStatic (nil for none) publishes, as Static names them,
// without reading them: content is checked against it (an image in front
// matter must be one of them).
func StaticNames(siteStatic fs.FS) (map[string]bool, error) {
	out := map[string]bool{}
	err := walk(func(fsys fs.FS, p string) error {
		out[p] = true
		return nil
	}, builtIn("static"), siteStatic)
	return out, err
}

// builtIn returns the theme's folder dir.
func builtIn(dir string) fs.FS {
	sub, _ := fs.Sub(phongtrao.Theme, dir)
	return sub
}

// siteFolder returns the folder dir of the site's source, nil when there
// is no source.
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

// files reads every file of the layers (later ones win), skipping nil
// layers, missing folders and names that start with "."; a file for which
// unread (when not nil) is true is listed with nil bytes.
func files(unread func(string) bool, layers ...fs.FS) (map[string][]byte, error) {
	out := map[string][]byte{}
	err := walk(func(fsys fs.FS, p string) error {
		if unread != nil && unread(p) {
			out[p] = nil
			return nil
		}
		b, err := fs.ReadFile(fsys, p)
		out[p] = b
		return err
	}, layers...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// walk calls file for every file of the layers in order, skipping nil
// layers, missing folders and names that start with ".".
func walk(file func(fsys fs.FS, p string) error, layers ...fs.FS) error {
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
			return file(fsys, p)
		})
		if err != nil {
			return err
		}
	}
	return nil
}
