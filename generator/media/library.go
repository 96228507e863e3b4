package media

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"html/template"
	"image"
	"io/fs"
	"path"
	"strconv"
	"strings"
	"sync"

	"phongtrao/generator/diag"
	"phongtrao/generator/publish"
)

// Picture is a photo as published: its versions, narrowest first.
type Picture struct {
	// Name is the source's name under static/ ("anh/ten-anh.jpg").
	Name string
	// Variants are the encoded versions, narrowest first; the last is the
	// widest (at most the last of Widths).
	Variants []Variant
	// AtName is true when the widest version is also published under the
	// source's own name (the same format as its extension says), so that
	// a link written by hand to the file still works, without its EXIF.
	AtName bool
	// Warnings are what the site's officer should know (a very large file).
	Warnings []Problem
}

// Variant is one encoded version of a picture.
type Variant struct {
	// Path is the file relative to the site's base, named by its content
	// hash ("anh/ten-anh-960.1a2b3c4d.jpg").
	Path          string
	Width, Height int
	Data          []byte
}

// Widest is the largest version, the one an <img> names in width and
// height (the aspect ratio every version shares).
func (p *Picture) Widest() Variant { return p.Variants[len(p.Variants)-1] }

// Share is the version a shared link shows: ShareWidth wide, or the
// widest when the photo is narrower.
func (p *Picture) Share() Variant {
	for _, v := range p.Variants {
		if v.Width == ShareWidth {
			return v
		}
	}
	return p.Widest()
}

// Srcset is the srcset attribute's value under the site's base path
// ("/"): each version's path and width.
func (p *Picture) Srcset(base string) string {
	var b strings.Builder
	for i, v := range p.Variants {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(base + v.Path + " " + strconv.Itoa(v.Width) + "w")
	}
	return b.String()
}

// Attrs are the attributes of an <img> of the picture, besides src (the
// widest version, Widest) and alt, in the order written: the widest's
// width and height (so the page keeps the photo's place before it loads),
// srcset under the site's base path, sizes as given (how wide the layout
// shows it), and lazy loading and asynchronous decoding.
func (p *Picture) Attrs(base, sizes string) [][2]string {
	w := p.Widest()
	return [][2]string{{"width", strconv.Itoa(w.Width)}, {"height", strconv.Itoa(w.Height)},
		{"srcset", p.Srcset(base)}, {"sizes", sizes}, {"loading", "lazy"}, {"decoding", "async"}}
}

// Img is the <img> element of the picture under the site's base path,
// with alt text alt and sizes as in Attrs, every value escaped. Layouts
// get it whole: html/template would send a srcset attribute through
// escapers the site's fast template executor leaves to html/template.
func (p *Picture) Img(base, alt, sizes string) template.HTML {
	var b strings.Builder
	b.WriteString(`<img src="` + html.EscapeString(base+p.Widest().Path) + `" alt="` + html.EscapeString(alt) + `"`)
	for _, a := range p.Attrs(base, sizes) {
		b.WriteString(" " + a[0] + `="` + html.EscapeString(a[1]) + `"`)
	}
	b.WriteString(">")
	return template.HTML(b.String())
}

// Problem is a Vietnamese message about a photo and a hint to fix it.
type Problem struct {
	Msg, Hint string
}

func (p *Problem) Error() string { return p.Msg }

// IsPhoto reports whether name is a file the pipeline publishes: a JPEG,
// PNG or WebP by its extension (any case).
func IsPhoto(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg", ".png", ".webp":
		return true
	}
	return false
}

// Library is one build's photos, each read, checked and encoded once
// however many pages use it. It is safe for concurrent use.
type Library struct {
	read  func(name string) ([]byte, error)
	cache *Cache

	mu      sync.Mutex
	entries map[string]*entry
	uses    []use
}

// entry is one photo, made once.
type entry struct {
	once sync.Once
	pic  *Picture
	err  error
}

// use is a page's use of a photo, for the diagnostics.
type use struct {
	name string
	at   diag.Pos
}

// New returns a library that reads a photo named "anh/x.jpg" with read
// (the site's static/ files) and caches encoded files in cache (nil:
// none).
func New(read func(name string) ([]byte, error), cache *Cache) *Library {
	return &Library{read: read, cache: cache, entries: map[string]*entry{}}
}

// Cache is the library's disk cache (nil: none), which share cards use
// too. A nil library has none.
func (l *Library) Cache() *Cache {
	if l == nil {
		return nil
	}
	return l.cache
}

// FromFS returns a library over the static/ folder of the site fsys.
func FromFS(fsys fs.FS, cache *Cache) *Library {
	return New(func(name string) ([]byte, error) { return fs.ReadFile(fsys, "static/"+name) }, cache)
}

// Name turns a path a page writes ("/anh/x.jpg", "static/anh/x.jpg",
// "anh/x.jpg") into the photo's name under static/, and reports whether
// it names a photo the pipeline publishes.
func Name(p string) (string, bool) {
	n := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(p), "/"), "static/")
	if strings.ContainsAny(n, "?#") || !IsPhoto(n) {
		return "", false
	}
	return n, true
}

// Use returns the picture a page at pos shows (name as Name gives it),
// nil when it cannot be published; what is wrong with it is reported at
// pos by Problems.
func (l *Library) Use(name string, at diag.Pos) *Picture {
	l.mu.Lock()
	l.uses = append(l.uses, use{name, at})
	l.mu.Unlock()
	pic, err := l.Picture(name)
	if err != nil {
		return nil
	}
	return pic
}

// Picture returns the photo name, made on its first call. The error is a
// *Problem.
func (l *Library) Picture(name string) (*Picture, error) {
	l.mu.Lock()
	e := l.entries[name]
	if e == nil {
		e = &entry{}
		l.entries[name] = e
	}
	l.mu.Unlock()
	e.once.Do(func() { e.pic, e.err = l.load(name) })
	return e.pic, e.err
}

// Problems returns, at each use, the errors of the photos that cannot be
// published and the warnings of those that can.
func (l *Library) Problems() (errs, warns *diag.List) {
	errs, warns = &diag.List{}, &diag.List{}
	l.mu.Lock()
	uses := append([]use(nil), l.uses...)
	l.mu.Unlock()
	for _, u := range uses {
		pic, err := l.Picture(u.name)
		if err != nil {
			var p *Problem
			if errors.As(err, &p) {
				errs.Add(u.at, p.Msg, p.Hint)
			} else {
				errs.Add(u.at, err.Error(), "")
			}
			continue
		}
		for _, w := range pic.Warnings {
			warns.Add(u.at, w.Msg, w.Hint)
		}
	}
	return errs, warns
}

// load reads, checks and encodes the photo name (or takes its versions
// from the cache).
func (l *Library) load(name string) (*Picture, error) {
	file := "static/" + name
	src, err := l.read(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, &Problem{"không có tệp ảnh " + file,
			"đặt ảnh vào thư mục static/ (ví dụ static/anh/ten-anh.jpg) và ghi đường dẫn /anh/ten-anh.jpg"}
	}
	if err != nil {
		return nil, &Problem{"không đọc được tệp ảnh " + file + ": " + err.Error(), ""}
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(src))
	if err != nil {
		return nil, &Problem{"không đọc được ảnh " + file + ": tệp hỏng hoặc không phải ảnh JPEG, PNG, WebP",
			"mở ảnh bằng trình xem ảnh; nếu xem được, lưu lại thành JPEG rồi chép đè tệp cũ"}
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPixels {
		return nil, &Problem{fmt.Sprintf("ảnh %s quá lớn (%d × %d điểm ảnh): không xử lý được", file, cfg.Width, cfg.Height),
			"thu nhỏ ảnh còn cạnh dài 4.000 điểm ảnh trở xuống rồi chép đè tệp cũ"}
	}
	pic := &Picture{Name: name, Warnings: warnings(file, len(src), cfg)}
	lay := plan(format, image.Pt(cfg.Width, cfg.Height), OrientationOf(src))
	k := Key(settings, src)
	datas := make([][]byte, len(lay.sizes))
	missing := false
	for i, s := range lay.sizes {
		var ok bool
		if datas[i], ok = l.cache.Get("anh", photoName(k, s.X, lay.ext())); !ok {
			missing = true
		}
	}
	if missing {
		if datas, err = encodeAll(src, lay); err != nil {
			return nil, &Problem{"không đọc được ảnh " + file + ": " + err.Error(),
				"mở ảnh bằng trình xem ảnh; nếu xem được, lưu lại thành JPEG rồi chép đè tệp cũ"}
		}
		for i, s := range lay.sizes {
			l.cache.Put("anh", photoName(k, s.X, lay.ext()), datas[i])
		}
	}
	stem := strings.TrimSuffix(name, path.Ext(name))
	for i, s := range lay.sizes {
		p := publish.HashedName(stem+"-"+strconv.Itoa(s.X)+lay.ext(), datas[i])
		pic.Variants = append(pic.Variants, Variant{Path: p, Width: s.X, Height: s.Y, Data: datas[i]})
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg":
		pic.AtName = lay.format == "jpeg"
	case ".png":
		pic.AtName = lay.format == "png"
	}
	return pic, nil
}

// warnings are what a build says of a photo it publishes but should not
// have been given so large.
func warnings(file string, size int, cfg image.Config) []Problem {
	var out []Problem
	if size > WarnBytes {
		out = append(out, Problem{fmt.Sprintf("ảnh %s nặng %d MB (quá %d MB): dựng trang chậm", file, size>>20, WarnBytes>>20),
			"thu nhỏ ảnh (cạnh dài khoảng 2.000 điểm ảnh là đủ) rồi chép đè tệp cũ"})
	}
	if cfg.Width > WarnSide || cfg.Height > WarnSide {
		out = append(out, Problem{fmt.Sprintf("ảnh %s rộng %d × %d điểm ảnh (quá %d): dựng trang chậm", file, cfg.Width, cfg.Height, WarnSide),
			"thu nhỏ ảnh (cạnh dài khoảng 2.000 điểm ảnh là đủ) rồi chép đè tệp cũ"})
	}
	return out
}
