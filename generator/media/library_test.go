package media_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"phongtrao/generator/diag"
	"phongtrao/generator/fixture"
	. "phongtrao/generator/media"
)

// files is a static/ folder in memory for a Library.
func files(m map[string][]byte) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		if b, ok := m[name]; ok {
			return b, nil
		}
		return nil, fs.ErrNotExist
	}
}

// near reports whether two colours differ by at most tol in each channel
// (JPEG at quality 80 moves flat colours by a few units; the quarters
// differ by 150 or more in some channel).
func near(a, b color.RGBA, tol int) bool {
	d := func(x, y uint8) bool { return int(x)-int(y) <= tol && int(y)-int(x) <= tol }
	return d(a.R, b.R) && d(a.G, b.G) && d(a.B, b.B)
}

// TestPhotoUprightWithoutEXIF publishes a 2000×1500 scene stored as a
// phone does (1500×2000 pixels, orientation 6, GPS position, a comment).
func TestPhotoUprightWithoutEXIF(t *testing.T) {
	src := fixture.JPEGWithEXIF(fixture.StoredForSix(2000, 1500), 6)
	if OrientationOf(src) != 6 || !bytes.Contains(src, fixture.GPSMark) {
		t.Fatal("the fixture lost its EXIF orientation or GPS position")
	}
	lib := New(files(map[string][]byte{"anh/cuu-ho.jpg": src}), nil)
	at := diag.Pos{File: "content/stories/a.md", Line: 9}
	pic := lib.Use("anh/cuu-ho.jpg", at)
	if pic == nil {
		errs, _ := lib.Problems()
		t.Fatalf("no picture: %v", errs.Err())
	}
	// Upright, the scene is 2000×1500 (4:3): every width of Widths below
	// 2000, each 3/4 as high. 1600 is the widest published.
	want := [][2]int{{480, 360}, {960, 720}, {1200, 900}, {1600, 1200}}
	if len(pic.Variants) != len(want) {
		t.Fatalf("%d versions, want %d", len(pic.Variants), len(want))
	}
	name := regexp.MustCompile(`^anh/cuu-ho-(\d+)\.[0-9a-f]{8}\.jpg$`)
	for i, v := range pic.Variants {
		if v.Width != want[i][0] || v.Height != want[i][1] {
			t.Errorf("version %d is %d×%d, want %d×%d", i, v.Width, v.Height, want[i][0], want[i][1])
		}
		if m := name.FindStringSubmatch(v.Path); m == nil || m[1] != fmt.Sprint(v.Width) {
			t.Errorf("version %d at %q, want anh/cuu-ho-%d.<hash>.jpg", i, v.Path, v.Width)
		}
		for _, m := range fixture.JPEGMarkers(v.Data) {
			if m >= 0xE0 && m <= 0xEF || m == 0xFE {
				t.Errorf("version %d keeps segment FF%X (APPn or comment)", i, m)
			}
		}
		if bytes.Contains(v.Data, fixture.GPSMark) || bytes.Contains(v.Data, []byte("Exif")) || bytes.Contains(v.Data, []byte(fixture.PhotoComment)) {
			t.Errorf("version %d holds EXIF, GPS or the comment", i)
		}
		img, format, err := image.Decode(bytes.NewReader(v.Data))
		if err != nil || format != "jpeg" || img.Bounds().Dx() != v.Width || img.Bounds().Dy() != v.Height {
			t.Fatalf("version %d decodes as %s %v (%v), want jpeg %d×%d", i, format, img.Bounds(), err, v.Width, v.Height)
		}
		// The middle of each quarter has the upright scene's colour.
		for _, p := range [][2]int{{1, 1}, {3, 1}, {1, 3}, {3, 3}} {
			x, y := v.Width*p[0]/4, v.Height*p[1]/4
			got := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if w := fixture.Upright(x, y, v.Width, v.Height); !near(got, w, 24) {
				t.Errorf("version %d at (%d, %d) is %v, want %v: not upright", i, x, y, got, w)
			}
		}
	}
	if !pic.AtName || pic.Share().Width != ShareWidth || pic.Widest().Width != 1600 {
		t.Errorf("AtName %v, share %d px, widest %d px; want true, 1200, 1600", pic.AtName, pic.Share().Width, pic.Widest().Width)
	}
	if got, want := pic.Srcset("/"), "/"+pic.Variants[0].Path+" 480w, "; !strings.HasPrefix(got, want) || strings.Count(got, "w,") != 3 {
		t.Errorf("srcset %q, want it to start %q and list 4 versions", got, want)
	}
}

// TestOrientationOf reads the tag from each container and big-endian
// TIFF, and gives 1 without one.
func TestOrientationOf(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	be := []byte("MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x01\x00\x03\x00\x00\x00\x00\x00\x00")
	webp := append([]byte("RIFF\x00\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00"), make([]byte, 10)...)
	webp = append(webp, "EXIF"...)
	webp = append(webp, byte(len(be)), 0, 0, 0)
	webp = append(webp, be...)
	var plain bytes.Buffer
	_ = png.Encode(&plain, img)
	for _, c := range []struct {
		name string
		b    []byte
		want Orientation
	}{
		{"jpeg 6", fixture.JPEGWithEXIF(img, 6), 6},
		{"jpeg 8", fixture.JPEGWithEXIF(img, 8), 8},
		{"webp big-endian 3", webp, 3},
		{"png without eXIf", plain.Bytes(), 1},
		{"jpeg with 9 (invalid)", fixture.JPEGWithEXIF(img, 9), 1},
		{"not an image", []byte("xin chào"), 1},
	} {
		if got := OrientationOf(c.b); got != c.want {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
}

// TestSmallPNGNotUpscaled: a 300×200 PNG is published at its own size
// only, as PNG, under its own name too.
func TestSmallPNGNotUpscaled(t *testing.T) {
	var b bytes.Buffer
	_ = png.Encode(&b, image.NewNRGBA(image.Rect(0, 0, 300, 200)))
	pic, err := New(files(map[string][]byte{"logo.png": b.Bytes()}), nil).Picture("logo.png")
	if err != nil {
		t.Fatal(err)
	}
	if len(pic.Variants) != 1 || pic.Widest().Width != 300 || pic.Widest().Height != 200 || !pic.AtName ||
		!strings.HasSuffix(pic.Widest().Path, ".png") {
		t.Errorf("got %+v, want one 300×200 PNG also at its name", pic.Variants)
	}
}

// TestProblems: each use of a photo that cannot be published is an error
// at that use; a very wide one is a warning.
func TestProblems(t *testing.T) {
	var wide bytes.Buffer
	_ = png.Encode(&wide, image.NewGray(image.Rect(0, 0, 8001, 2)))
	// A PNG header of 20000×20000 (400 million pixels): refused before
	// anything is decoded.
	var huge bytes.Buffer
	_ = png.Encode(&huge, image.NewGray(image.Rect(0, 0, 1, 1)))
	hb := huge.Bytes()
	copy(hb[16:24], []byte{0, 0, 0x4e, 0x20, 0, 0, 0x4e, 0x20})
	binary.BigEndian.PutUint32(hb[29:], crc32.ChecksumIEEE(hb[12:29])) // IHDR's CRC
	lib := New(files(map[string][]byte{
		"anh/hong.jpg": []byte("\xff\xd8 không phải ảnh"), "anh/rong.png": wide.Bytes(), "anh/to.png": hb,
	}), nil)
	for i, n := range []string{"anh/hong.jpg", "anh/thieu.jpg", "anh/rong.png", "anh/to.png", "anh/hong.jpg"} {
		lib.Use(n, diag.Pos{File: "content/a.md", Line: i + 1})
	}
	errs, warns := lib.Problems()
	got := ""
	for _, d := range errs.Items() {
		got += d.Pos.String() + " " + d.Msg + "\n"
	}
	want := "content/a.md:1 không đọc được ảnh static/anh/hong.jpg: tệp hỏng hoặc không phải ảnh JPEG, PNG, WebP\n" +
		"content/a.md:2 không có tệp ảnh static/anh/thieu.jpg\n" +
		"content/a.md:4 ảnh static/anh/to.png quá lớn (20000 × 20000 điểm ảnh): không xử lý được\n" +
		"content/a.md:5 không đọc được ảnh static/anh/hong.jpg: tệp hỏng hoặc không phải ảnh JPEG, PNG, WebP\n"
	if got != want {
		t.Errorf("errors:\n%s\nwant:\n%s", got, want)
	}
	if w := warns.Items(); len(w) != 1 || w[0].Pos.Line != 3 || !strings.Contains(w[0].Msg, "8001 × 2") {
		t.Errorf("warnings %v, want one at line 3 naming 8001 × 2", w)
	}
}

// TestCacheReused: a second library over the same cache reads the files
// the first encoded instead of encoding again (a cached file replaced by
// other bytes comes back as they are), and many pages asking for one
// photo at once get one picture.
func TestCacheReused(t *testing.T) {
	dir := t.TempDir()
	src := fixture.JPEGWithEXIF(fixture.StoredForSix(1000, 600), 6)
	read := files(map[string][]byte{"a.jpg": src})
	first, err := New(read, OpenCache(dir)).Picture("a.jpg")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "CACHEDIR.TAG")); err != nil {
		t.Error("the cache folder has no CACHEDIR.TAG")
	}
	entries, _ := filepath.Glob(filepath.Join(dir, "anh", "*", "*-480.jpg"))
	if len(entries) != 1 {
		t.Fatalf("cache entries of 480 px: %v, want 1", entries)
	}
	entry := entries[0]
	marked := append(append([]byte(nil), first.Variants[0].Data...), "cached"...)
	if err := os.WriteFile(entry, marked, 0o644); err != nil {
		t.Fatal(err)
	}
	lib := New(read, OpenCache(dir))
	var wg sync.WaitGroup
	pics := make([]*Picture, 8)
	for i := range pics {
		wg.Go(func() { pics[i] = lib.Use("a.jpg", diag.Pos{}) })
	}
	wg.Wait()
	for _, p := range pics {
		if p != pics[0] {
			t.Fatal("one photo made twice")
		}
	}
	if !bytes.Equal(pics[0].Variants[0].Data, marked) {
		t.Error("the second build encoded again instead of reading the cache")
	}
	if !bytes.Equal(pics[0].Widest().Data, first.Widest().Data) {
		t.Error("the cached widest version differs from the encoded one")
	}
}
