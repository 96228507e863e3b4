package content

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"

	"phongtrao/generator/diag"
	"phongtrao/generator/media"
	"phongtrao/generator/parallel"
	"phongtrao/generator/sourcefs"
	"phongtrao/generator/textfile"
	"phongtrao/generator/vn"
)

// Dir is the content folder, relative to the source folder.
const Dir = "content"

// LoadDir is Load over the source folder dir on disk.
func LoadDir(dir string, known Known) ([]*Page, *diag.List) {
	fsys, err := sourcefs.Open(dir)
	if err != nil {
		var l diag.List
		l.Add(diag.Pos{File: Dir}, "không đọc được thư mục nguồn: "+err.Error(), "")
		return nil, &l
	}
	return Load(fsys, known)
}

// Load reads every *.md file under content/ in fsys (the source folder),
// sorted by path, and checks it against known. Files and folders whose name
// starts with "." (editor and system files) are skipped; a missing content/
// folder gives no page and no error. Pages with errors are still returned
// when they could be read, but the caller must not publish anything when
// the list is not empty. Files are read and rendered on all cores; the
// result does not depend on their timing.
//
// Load is Parse then Check: a caller that loads the data meanwhile can call
// them apart, with the same pages and the same errors in the same order.
func Load(fsys fs.FS, known Known) ([]*Page, *diag.List) {
	return Parse(fsys).Check(known)
}

// Parsed is content/ read, decoded and rendered, waiting for the checks
// that need the data (Check).
type Parsed struct {
	walkErrs diag.List
	files    []parsedFile
}

// parsedFile is one file's page (nil when it could not be read or has no
// usable front matter) and its problems found before and after the point
// where the data checks come.
type parsedFile struct {
	page        *Page
	before, end diag.List
}

// Parse reads, decodes and renders every *.md file under content/ (see
// Load), on all cores, and defers the checks against the data to Check.
// Photos are shown as their path says (ParseWith publishes them).
func Parse(fsys fs.FS) *Parsed { return ParseWith(fsys, Photos{}) }

// Photos says how pages show the site's photos (JPEG, PNG, WebP under
// static/): through Library, which publishes them scaled and without
// their EXIF data, under the site's base path Base ("/"). A zero Photos
// leaves image paths as written.
type Photos struct {
	Library *media.Library
	Base    string
}

// ParseWith is Parse with the site's photos published through ph: a
// front matter image becomes Page.Picture, a Markdown image an <img> with
// srcset, width and height. Problems with a photo are reported by
// ph.Library (media.Library.Problems), at the line that uses it.
func ParseWith(fsys fs.FS, ph Photos) *Parsed {
	ps := &Parsed{}
	paths := walk(fsys, &ps.walkErrs)
	ps.files = make([]parsedFile, len(paths))
	workers := make([]worker, min(runtime.GOMAXPROCS(0), len(paths)))
	for i := range workers {
		workers[i].photos = ph
	}
	_ = parallel.Each(len(paths), len(workers), func(w, i int) error {
		workers[w].parseFile(fsys, paths[i], &ps.files[i])
		return nil
	})
	return ps
}

// Check checks the parsed pages against known and returns them, in path
// order, with every problem found, as Load does. It does not change ps, so
// it may be called again with other data.
func (ps *Parsed) Check(known Known) ([]*Page, *diag.List) {
	l := &diag.List{}
	l.Append(&ps.walkErrs)
	var out []*Page
	for i := range ps.files {
		f := &ps.files[i]
		l.Append(&f.before)
		if f.page != nil {
			check(f.page, known, l)
			reportPrivacy(f.page, known.Allow, l)
			out = append(out, f.page)
		}
		l.Append(&f.end)
	}
	duplicates(out, l)
	return out, l
}

// worker is one goroutine's scratch space, reused from file to file.
type worker struct {
	html bytes.Buffer
	hw   *htmlWriter // writes into html
	// text and collapsed hold a plain text (plainText).
	text, collapsed []byte
	// photos publishes photos; at turns an offset of the body being
	// rendered into its position in the file.
	photos Photos
	at     func(off int) diag.Pos
}

// parseFile reads and parses one file into f.
func (w *worker) parseFile(fsys fs.FS, p string, f *parsedFile) {
	src, err := fs.ReadFile(fsys, p)
	if err != nil {
		f.before.Add(diag.Pos{File: p}, "không đọc được tệp: "+err.Error(), "")
		return
	}
	if _, bad := textfile.Decode(p, src); bad != nil {
		f.before.Add(bad.Pos, bad.Msg, "mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 "+
			"(Notepad: Lưu thành → Mã hóa UTF-8; VS Code: Save with Encoding → UTF-8)")
		return
	}
	f.page = w.loadFile(p, src, &f.before, &f.end)
}

// walk lists the Markdown files under content/, sorted by path.
func walk(fsys fs.FS, l *diag.List) []string {
	var paths []string
	err := sourcefs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		var le *sourcefs.LinkError
		switch {
		case err != nil && p == Dir && errors.Is(err, fs.ErrNotExist):
			return fs.SkipDir
		case errors.As(err, &le):
			d := le.Diagnostic()
			l.Add(d.Pos, d.Msg, d.Hint)
			return nil
		case err != nil:
			l.Add(diag.Pos{File: p}, "không đọc được: "+err.Error(), "")
			return nil
		case strings.HasPrefix(d.Name(), ".") && p != Dir && d.IsDir():
			return fs.SkipDir
		case strings.HasPrefix(d.Name(), "."), d.IsDir(), !strings.HasSuffix(d.Name(), ".md"):
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		l.Add(diag.Pos{File: Dir}, "không đọc được thư mục nội dung: "+err.Error(), "")
	}
	sort.Strings(paths)
	return paths
}

// loadFile reads one file; nil when it has no usable front matter. The
// checks against the data (check) come between the problems it reports in
// before and those in after.
func (w *worker) loadFile(p string, src []byte, before, after *diag.List) *Page {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if bytes.Contains(src, []byte("\r\n")) {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	}
	text := string(src)
	s, ok := split(p, text, before)
	if !ok {
		return nil
	}
	// The front matter's strings (title, people, ...) are slices of what
	// the TOML decoder reads: a copy of the front matter alone keeps the
	// whole file from living as long as the page does.
	s.front = strings.Clone(s.front)
	page := &Page{Section: sectionOf(p), Path: p, Pos: diag.Pos{File: p, Line: 1}}
	fm, ok := decodeTOML(s, before)
	if !ok {
		return nil
	}
	fields(page, s, fm, before)
	slug(page, before)
	checkPrivacy(page, s, after)
	body := src[len(src)-len(s.body):] // the same bytes as s.body
	page.Picture = w.usePhoto(page.Image, page.PosOf("image"))
	w.at = func(off int) diag.Pos {
		line, col := lineCol(body, off)
		return diag.Pos{File: p, Line: s.bodyStart + line - 1, Col: col}
	}
	r, err := w.render(body, page.Summary == "")
	if err != nil {
		after.Add(page.Pos, "không chuyển được Markdown thành trang: "+err.Error(), "")
		return page
	}
	for _, pr := range r.problems {
		after.Add(w.at(pr.off), pr.msg, pr.hint)
	}
	page.HTML, page.Headings = r.html, r.headings
	if page.Summary == "" {
		page.Summary = r.summary
	}
	return page
}

// sectionOf tells the section from the path.
func sectionOf(p string) string {
	switch {
	case strings.HasPrefix(p, Dir+"/"+Stories+"/"):
		return Stories
	case strings.HasPrefix(p, Dir+"/"+News+"/"):
		return News
	case strings.HasPrefix(p, Dir+"/"+Reports+"/"):
		return Reports
	}
	return Free
}

// validSlug reports whether s matches ^[a-z0-9]+(?:-[a-z0-9]+)*$: words of
// lower-case ASCII letters and digits joined by single hyphens.
func validSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' && s[i-1] == '-' || c != '-' && !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// slug sets the page's slug from the file name unless the front matter gave
// one (free pages), and checks it.
func slug(p *Page, l *diag.List) {
	if p.Slug != "" {
		if !validSlug(p.Slug) {
			l.Add(p.PosOf("slug"), fmt.Sprintf("slug %q không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang", p.Slug),
				fmt.Sprintf("viết slug = %q", suggest(p.Slug)))
		}
		return
	}
	name := strings.TrimSuffix(path.Base(p.Path), ".md")
	p.Slug = name
	if !validSlug(name) {
		l.Add(p.Pos, fmt.Sprintf("tên tệp %q không dùng làm địa chỉ trang được: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang", name+".md"),
			fmt.Sprintf("đổi tên tệp thành %q", suggest(name)+".md"))
	}
}

// suggest proposes a valid slug for s ("Bài viết_1" → "bai-viet-1").
func suggest(s string) string {
	s = strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(s)
	if out := vn.Slug(s); out != "" {
		return out
	}
	return "trang"
}

// check verifies the page against the data: a story's unit and criterion
// must exist and its date must fall within the campaign; image paths must
// stay inside the site.
func check(p *Page, known Known, l *diag.List) {
	if p.Image != "" {
		if msg, hint := checkImage(p.Image); msg != "" {
			l.Add(p.PosOf("image"), msg, hint)
		}
	}
	if p.Section != Stories {
		return
	}
	checkConsent(p, known, l)
	if p.Unit != "" && known.Unit != nil && !known.Unit(p.Unit) {
		l.AddAfter(known.unitCause(p.Unit), p.PosOf("unit"), fmt.Sprintf("không có đơn vị mã %q", p.Unit),
			"dùng đúng mã (cột id) của đơn vị trong data/units.csv, ví dụ unit = \"thon-1\"")
	}
	if p.Criterion != "" && known.Criteria != nil && !known.Criteria[p.Criterion] {
		l.AddAfter(known.CriteriaCause, p.PosOf("criterion"), fmt.Sprintf("không có nội dung thi đua mã %q", p.Criterion),
			"dùng mã nội dung thi đua trong data/criteria.toml: "+strings.Join(slices.Sorted(maps.Keys(known.Criteria)), ", "))
	}
	if !p.Date.IsZero() && !known.Start.IsZero() && !known.End.IsZero() &&
		(p.Date.Before(known.Start) || p.Date.After(known.End)) {
		l.Add(p.PosOf("date"), fmt.Sprintf("ngày %s nằm ngoài thời gian phong trào (%s–%s)", p.Date.VN(), known.Start.VN(), known.End.VN()),
			"kiểm tra lại ngày, tháng, năm của bài viết")
	}
}

// duplicates reports pages of one section sharing a slug, at the later file,
// naming the first.
func duplicates(pages []*Page, l *diag.List) {
	first := map[[2]string]*Page{}
	for _, p := range pages {
		k := [2]string{p.Section, p.Slug}
		if p.Section == Reports { // one file per period and unit: the folder is the period
			k[0] = path.Dir(p.Path)
		}
		if q, ok := first[k]; ok {
			at := p.Pos
			if p.hasKey("slug") {
				at = p.PosOf("slug")
			}
			l.Add(at, fmt.Sprintf("địa chỉ trang %q trùng với %s", p.Slug, q.Path),
				"đổi tên tệp (hoặc khóa slug) để mỗi trang có một địa chỉ riêng")
			continue
		}
		first[k] = p
	}
}
