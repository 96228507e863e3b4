// Package sourcefs opens a site's source folder so that nothing outside it
// can be read through it: files are read with os.Root, which refuses a
// symbolic link whose target lies outside the folder, and walks follow a
// linked folder that stays inside (fs.WalkDir alone would skip it).
package sourcefs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"strings"
	"syscall"

	"phongtrao/generator/diag"
)

// loopReason says that links lead back to a folder that holds them.
const loopReason = "liên kết tượng trưng (symlink) tạo vòng lặp: trỏ về thư mục chứa chính nó"

// maxLinkDepth bounds how many linked folders a walk follows one inside
// another, which also ends a loop of links.
const maxLinkDepth = 8

// Open returns the source folder dir as a file system read through
// os.Root. The root's descriptor is closed when the file system is no
// longer referenced.
func Open(dir string) (fs.FS, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return root.FS(), nil
}

// LinkError is a symbolic link that cannot be followed: its target lies
// outside the source folder, does not exist, or links loop.
type LinkError struct {
	Path   string // the link, relative to the source
	Reason string // in Vietnamese
}

// Error returns the reason, prefixed with the link's path.
func (e *LinkError) Error() string { return e.Path + ": " + e.Reason }

// Diagnostic returns the problem as a diagnostic at the link, with a hint.
func (e *LinkError) Diagnostic() diag.Diagnostic {
	return diag.Diagnostic{Pos: diag.Pos{File: e.Path}, Msg: e.Reason,
		Hint: "thay liên kết bằng một bản sao của tệp, đặt trong thư mục của trang, hoặc xóa liên kết"}
}

// isLink reports whether the entry is a symbolic link.
func isLink(d fs.DirEntry) bool { return d != nil && d.Type()&fs.ModeSymlink != 0 }

// Follow stats the symbolic link p of fsys and returns what it points to,
// or a *LinkError saying why it cannot be followed.
func Follow(fsys fs.FS, p string) (fs.FileInfo, error) {
	info, err := fs.Stat(fsys, p)
	if err == nil {
		return info, nil
	}
	reason := "liên kết tượng trưng (symlink) trỏ ra ngoài thư mục nguồn của trang: không đọc tệp ngoài trang"
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reason = "liên kết tượng trưng (symlink) trỏ tới tệp không tồn tại"
	case errors.Is(err, syscall.ELOOP):
		reason = loopReason
	}
	if target, lerr := fs.ReadLink(fsys, p); lerr == nil {
		reason += fmt.Sprintf(" (%s)", target)
	}
	return nil, &LinkError{Path: p, Reason: reason}
}

// WalkDir walks the tree at root as fs.WalkDir does, but a symbolic link is
// followed: a link to a file is given to fn as that file, a link to a
// folder is walked under the link's path. A link that cannot be followed
// is given to fn with a *LinkError. A root that is itself a link escaping
// the source is reported the same way.
func WalkDir(fsys fs.FS, root string, fn fs.WalkDirFunc) error {
	return walk(fsys, root, root, fn, 0)
}

// walk walks root, whose path without links is real (as far as the links
// followed so far tell).
func walk(fsys fs.FS, root, real string, fn fs.WalkDirFunc, depth int) error {
	return fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil && p == root && depth == 0 && !errors.Is(err, fs.ErrNotExist) {
			if info, lerr := fs.Lstat(fsys, p); lerr == nil && info.Mode()&fs.ModeSymlink != 0 {
				_, err = Follow(fsys, p)
			}
		}
		if err != nil || !isLink(d) {
			return fn(p, d, err)
		}
		info, ferr := Follow(fsys, p)
		switch {
		case ferr != nil:
			return fn(p, d, ferr)
		case !info.IsDir():
			return fn(p, fs.FileInfoToDirEntry(info), nil)
		case depth >= maxLinkDepth:
			return fn(p, d, &LinkError{Path: p, Reason: "quá nhiều thư mục liên kết lồng nhau"})
		}
		target, loop := linkTarget(fsys, p, path.Join(real, strings.TrimPrefix(p, root)))
		if loop {
			return fn(p, d, &LinkError{Path: p, Reason: loopReason})
		}
		err = walk(fsys, p, target, fn, depth+1)
		if errors.Is(err, fs.SkipDir) {
			return nil
		}
		return err
	})
}

// linkTarget returns the folder the link p (at realP without links) points
// to, and whether that folder holds the link (a loop).
func linkTarget(fsys fs.FS, p, realP string) (string, bool) {
	t, err := fs.ReadLink(fsys, p)
	if err != nil || path.IsAbs(t) {
		return p, false
	}
	target := path.Join(path.Dir(realP), t)
	return target, target == "." || target == realP || strings.HasPrefix(realP, target+"/")
}

// Links reports, under each of the given paths of fsys (folders or files,
// missing ones skipped), every symbolic link that cannot be followed.
func Links(fsys fs.FS, paths ...string) *diag.List {
	var l diag.List
	for _, top := range paths {
		WalkDir(fsys, top, func(p string, d fs.DirEntry, err error) error {
			var le *LinkError
			if errors.As(err, &le) {
				d := le.Diagnostic()
				l.Add(d.Pos, d.Msg, d.Hint)
			}
			return nil
		})
	}
	return &l
}

// Sub returns the folder dir of fsys (static/, layouts/) as a file system,
// or nil when fsys is nil.
func Sub(fsys fs.FS, dir string) fs.FS {
	if fsys == nil {
		return nil
	}
	sub, err := fs.Sub(fsys, path.Clean(dir))
	if err != nil {
		return nil
	}
	return sub
}
