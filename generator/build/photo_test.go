package build

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"phongtrao/generator/diag"
	fx "phongtrao/generator/fixture"
)

// photoStory is a story showing static/anh/cuu-ho.jpg in its front matter
// (line 7) and in its text (line 12).
const photoStory = `+++
title = "Cứu hộ người dân"
date = 2024-09-03
unit = "t1"
criterion = "4.7"
consent = true
image = "/anh/cuu-ho.jpg"
image_alt = "Hai tổ viên trên xuồng"
+++

Tổ đã đưa bà con qua suối.

![Xuồng cứu hộ "Tổ 1" & <2>](/anh/cuu-ho.jpg)
`

// photoSite is the fixture site with a phone's photo (2000×1500 seen,
// stored turned with EXIF orientation 6 and a GPS position) and a story
// showing it, built with its own photo cache.
func photoSite(t *testing.T) string {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	src := fixture(t)
	writeFile(t, src, "static/anh/cuu-ho.jpg", fx.JPEGWithEXIF(fx.StoredForSix(2000, 1500), 6))
	writeFile(t, src, "content/stories/cuu-ho.md", []byte(photoStory))
	return src
}

func writeFile(t *testing.T, dir, rel string, b []byte) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

var imgTag = regexp.MustCompile(`<img [^>]*>`)

// attrs returns the attributes of an <img> tag of minified HTML, whose
// quotes may have been dropped (srcset and sizes keep theirs: they hold
// spaces).
func attrs(tag string) map[string]string {
	out := map[string]string{}
	for _, m := range regexp.MustCompile(`([a-z]+)=("[^"]*"|[^ >]*)`).FindAllStringSubmatch(tag, -1) {
		out[m[1]] = strings.Trim(m[2], `"`)
	}
	return out
}

// TestPhotoPublished builds a site with a phone's photo: no published
// file holds its EXIF or GPS data, every <img> of it names files that
// exist at the widths and heights it says, upright (2000×1500 seen, so
// the widest is 1600×1200), and the original is not published.
func TestPhotoPublished(t *testing.T) {
	src := photoSite(t)
	s, err := Build(Options{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	out := s.Out
	err = filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if bytes.Contains(b, fx.GPSMark) || bytes.Contains(b, []byte("Exif\x00")) ||
			bytes.Contains(b, []byte(fx.PhotoComment)) {
			t.Errorf("%s holds the photo's EXIF, GPS or comment", p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join(out, "bai-viet/cuu-ho.html"))
	if err != nil {
		t.Fatal(err)
	}
	tags := imgTag.FindAllString(string(page), -1)
	if len(tags) != 2 {
		t.Fatalf("%d <img> on the story's page, want 2 (front matter, text): %q", len(tags), tags)
	}
	// The text's alt: its quotes made curly (content's typographer), "&"
	// and "<" escaped.
	alts := []string{"Hai tổ viên trên xuồng", "Xuồng cứu hộ “Tổ 1” &amp; &lt;2&gt;"}
	for i, tag := range tags {
		a := attrs(tag)
		if a["width"] != "1600" || a["height"] != "1200" || a["loading"] != "lazy" || a["decoding"] != "async" || a["sizes"] == "" {
			t.Errorf("<img> %d: %q, want width 1600, height 1200, loading lazy, decoding async and sizes", i, tag)
		}
		if !strings.Contains(tag, alts[i]) {
			t.Errorf("<img> %d: %q, want alt %q", i, tag, alts[i])
		}
		checkSrcset(t, out, a["srcset"], [][2]int{{480, 360}, {960, 720}, {1200, 900}, {1600, 1200}})
		if !strings.HasPrefix(a["src"], "/anh/cuu-ho-1600.") {
			t.Errorf("<img> %d: src %q, want the 1600 px version", i, a["src"])
		}
	}
	// A shared link to the story shows the photo's 1200 px version
	// (1200×900), at its absolute address under baseURL.
	og := regexp.MustCompile(`<meta property="og:image(?::width|:height)?" content="([^"]*)">`).FindAllStringSubmatch(string(page), -1)
	if len(og) != 3 || !strings.HasPrefix(og[0][1], "https://example.org/anh/cuu-ho-1200.") || og[1][1] != "1200" || og[2][1] != "900" {
		t.Errorf("og:image tags %q, want the 1200×900 version under https://example.org/", og)
	} else {
		checkSrcset(t, out, strings.TrimPrefix(og[0][1], "https://example.org")+" 1200w", [][2]int{{1200, 900}})
	}
	orig, err := os.ReadFile(filepath.Join(out, "anh/cuu-ho.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(orig)); err != nil || cfg.Width != 1600 || cfg.Height != 1200 {
		t.Errorf("anh/cuu-ho.jpg is %v (%v), want the 1600×1200 version in place of the original", cfg, err)
	}
}

// checkSrcset checks that each file of a srcset exists in out and is as
// wide and high as want says, in order.
func checkSrcset(t *testing.T, out, srcset string, want [][2]int) {
	t.Helper()
	items := strings.Split(srcset, ", ")
	if len(items) != len(want) {
		t.Fatalf("srcset %q: %d versions, want %d", srcset, len(items), len(want))
	}
	for i, it := range items {
		u, w, _ := strings.Cut(it, " ")
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(strings.TrimPrefix(u, "/"))))
		if err != nil {
			t.Errorf("srcset names %s: %v", u, err)
			continue
		}
		cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
		if err != nil || w != strconv.Itoa(want[i][0])+"w" || cfg.Width != want[i][0] || cfg.Height != want[i][1] {
			t.Errorf("srcset %s %s is %d×%d (%v), want %d×%d", u, w, cfg.Width, cfg.Height, err, want[i][0], want[i][1])
		}
	}
}

// TestPhotoProblems: a photo that cannot be decoded stops the build at
// the line that uses it and leaves the output as it was; a very wide one
// is a warning at its line.
func TestPhotoProblems(t *testing.T) {
	src := photoSite(t)
	if _, err := Build(Options{Source: src}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(src, "public/bai-viet/cuu-ho.html"))
	var wide bytes.Buffer
	_ = png.Encode(&wide, image.NewGray(image.Rect(0, 0, 8001, 3)))
	writeFile(t, src, "static/anh/rong.png", wide.Bytes())
	writeFile(t, src, "static/anh/hong.jpg", []byte("\xff\xd8 nửa tệp"))
	writeFile(t, src, "content/stories/cuu-ho.md", []byte(strings.Replace(photoStory, "cuu-ho.jpg\"", "hong.jpg\"", 1)+
		"\n![Băng rôn](/anh/rong.png)\n"))
	_, err := Build(Options{Source: src})
	var de *diag.Error
	if !errors.As(err, &de) || len(de.Items) != 1 || de.Items[0].Pos.String() != "content/stories/cuu-ho.md:7" ||
		!strings.Contains(de.Items[0].Msg, "không đọc được ảnh static/anh/hong.jpg") || de.Items[0].Hint == "" {
		t.Fatalf("got %v, want one error at content/stories/cuu-ho.md:7 naming static/anh/hong.jpg, with a hint", err)
	}
	if after, _ := os.ReadFile(filepath.Join(src, "public/bai-viet/cuu-ho.html")); !bytes.Equal(before, after) {
		t.Error("a failed build changed the output")
	}
	writeFile(t, src, "content/stories/cuu-ho.md", []byte(photoStory+"\n![Băng rôn](/anh/rong.png)\n"))
	writeFile(t, src, "static/anh/hong.jpg", fx.JPEGWithEXIF(image.NewGray(image.Rect(0, 0, 8, 8)), 1))
	s, err := Build(Options{Source: src})
	if err != nil {
		t.Fatal(err)
	}
	// The image is on line 15 of the file, column 13 ("![Băng rôn](" is
	// 12 characters).
	if len(s.Warnings) != 1 || s.Warnings[0].Pos.String() != "content/stories/cuu-ho.md:15:13" ||
		!strings.Contains(s.Warnings[0].Msg, "8001 × 3") {
		t.Errorf("warnings %v, want one at content/stories/cuu-ho.md:15:13 naming 8001 × 3", s.Warnings)
	}
}
