package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Marker is the file every build writes at the top of its output. A folder
// holding it was written by this generator, so a later build may replace
// it; a non-empty folder without it may hold someone's own files, which a
// build refuses to replace unless told to (Target.Force).
const Marker = ".phongtrao"

// markerText is what the marker file says to a person who opens it.
const markerText = "Thư mục này do phongtrao (go run ./generator build) dựng ra; lần dựng sau thay toàn bộ thư mục.\n" +
	"This folder is the output of the phongtrao site generator; the next build replaces it whole.\n"

// SourceInputs are the folders of a site's source that a build reads: the
// output may never be one of them or lie inside one.
var SourceInputs = []string{"content", "data", "layouts", "static", ".git"}

// Target is an output folder checked by CheckTarget: Out is its absolute
// path with every symbolic link of the existing part resolved, the path
// the build writes and swaps.
type Target struct {
	Out string
}

// UnsafeError is an output folder a build refuses before touching
// anything: the command line asks for something that would destroy files
// the generator did not write. The command exits with code 2.
type UnsafeError struct {
	Out    string // the folder as given
	Reason string // Vietnamese: what is wrong
	Hint   string // Vietnamese: what to do instead
}

func (e *UnsafeError) Error() string {
	return fmt.Sprintf("--out %s: %s\ngợi ý: %s", e.Out, e.Reason, e.Hint)
}

// CheckTarget decides whether a build of the site in source may write
// out, before anything is written. It refuses, whatever force says, an
// output that is the source, holds the source, or is or lies inside one
// of the source's inputs (SourceInputs); and, unless force is set, an
// existing non-empty folder that holds neither the Marker nor an earlier
// version's output (du-lieu/ket-qua.json), since its files may not be the
// generator's. Inside the source, force does not apply: only a folder the
// generator wrote, or an empty or new one, is replaced there. Paths are
// compared after resolving ".." and symbolic links, so a link or a
// roundabout path cannot get around the rules.
func CheckTarget(source, out string, force bool) (*Target, error) {
	src, err := resolve(source)
	if err != nil {
		return nil, err
	}
	dst, err := resolve(out)
	if err != nil {
		return nil, err
	}
	unsafe := func(reason, hint string) (*Target, error) {
		return nil, &UnsafeError{Out: out, Reason: reason, Hint: hint}
	}
	const hintOther = "chọn một thư mục xuất riêng, ví dụ --out public (mặc định) hoặc --out /tmp/trang"
	switch {
	case dst == src:
		return unsafe("thư mục xuất trùng thư mục nguồn: dựng vào đây sẽ xóa mất dữ liệu nguồn", hintOther)
	case within(src, dst):
		return unsafe("thư mục xuất chứa thư mục nguồn: dựng vào đây sẽ xóa mất dữ liệu nguồn", hintOther)
	}
	for _, in := range SourceInputs {
		if p := filepath.Join(src, in); dst == p || within(dst, p) {
			return unsafe(fmt.Sprintf("thư mục xuất là thư mục %s/ của nguồn hoặc nằm trong đó: dựng vào đây sẽ xóa mất dữ liệu nguồn", in), hintOther)
		}
	}
	fi, err := os.Stat(dst)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Target{Out: dst}, nil
	case err != nil:
		return nil, err
	case !fi.IsDir():
		return unsafe("đã có một tệp (không phải thư mục) ở đường dẫn này", "xóa hoặc đổi tên tệp đó, hoặc chọn thư mục xuất khác")
	}
	ours, err := generatorOutput(dst)
	if err != nil {
		return nil, err
	}
	if ours {
		return &Target{Out: dst}, nil
	}
	if within(dst, src) {
		return unsafe("thư mục này nằm trong thư mục nguồn, có tệp và không do lệnh build tạo ra (không có tệp "+Marker+")",
			"chọn một thư mục mới hoặc trống; --force không áp dụng cho thư mục trong thư mục nguồn")
	}
	if !force {
		return unsafe("thư mục đã có tệp và không do lệnh build tạo ra (không có tệp "+Marker+"): dựng vào đây sẽ xóa các tệp đó",
			"chọn một thư mục mới hoặc trống, hoặc thêm --force nếu chắc chắn muốn thay toàn bộ thư mục này")
	}
	return &Target{Out: dst}, nil
}

// generatorOutput reports whether the folder dir may be replaced without
// losing anyone's files: it is empty, holds the Marker, or holds the
// results export that every earlier version wrote.
func generatorOutput(dir string) (bool, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false, err
	}
	if len(entries) == 0 {
		return true, nil
	}
	for _, name := range []string{Marker, filepath.Join("du-lieu", "ket-qua.json")} {
		if fi, err := os.Lstat(filepath.Join(dir, name)); err == nil && fi.Mode().IsRegular() {
			return true, nil
		}
	}
	return false, nil
}

// resolve returns p as an absolute path with "." and ".." taken as the
// file system takes them and the symbolic links of its existing part
// followed; the part that does not exist yet is appended as written,
// cleaned (it holds no link to follow).
func resolve(p string) (string, error) {
	if !filepath.IsAbs(p) {
		wd, err := os.Getwd()
		if err != nil {
			return "", err
		}
		p = wd + string(filepath.Separator) + p
	}
	var missing []string
	for {
		r, err := filepath.EvalSymlinks(p)
		if err == nil {
			return filepath.Join(append([]string{r}, missing...)...), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		// Split off the last element by hand: filepath.Dir would clean
		// the rest lexically, taking "link/.." as "." where the file
		// system takes it as the link's target's parent.
		i := strings.LastIndexByte(p, filepath.Separator)
		parent := p[:max(i, 0)]
		if i == len(filepath.VolumeName(p)) {
			parent = p[:i+1] // the root itself
		}
		if i < 0 || parent == p {
			return "", err
		}
		if base := p[i+1:]; base != "" && base != "." {
			missing = append([]string{base}, missing...)
		}
		p = parent
	}
}

// within reports whether path lies strictly inside dir (both clean and
// absolute).
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}
