package build

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	fx "phongtrao/generator/fixture"
)

// photoDemo copies the demo into a temporary folder, with n real-size
// photos in static/anh/ (each 4000×3000 once upright, stored turned with
// EXIF orientation 6 as a phone writes it, about 5 MB) shown by the first
// n stories in place of their drawings. The photos are one synthetic
// scene (fx.Scene), each made different by a JPEG comment, so that each
// is encoded on its own.
func photoDemo(tb testing.TB, n int) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, sub := range []string{"content", "data", "layouts", "static"} {
		copyTree(tb, filepath.Join(demoSource, sub), filepath.Join(dir, sub))
	}
	toml, err := os.ReadFile(filepath.Join(demoSource, "site.toml"))
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "site.toml"), toml, 0o644)
	}
	if err != nil {
		tb.Fatal(err)
	}
	photo := fx.JPEGPhoto(fx.Scene(3000, 4000, 1), 6)
	stories, err := filepath.Glob(filepath.Join(dir, "content/stories/*.md"))
	if err != nil || len(stories) < n {
		tb.Fatalf("%d stories (%v), want %d", len(stories), err, n)
	}
	image := regexp.MustCompile(`(?m)^image(_alt)? = .*\n`)
	for i, p := range stories[:n] {
		name := fmt.Sprintf("anh/anh-%02d.jpg", i+1)
		com := []byte(name)
		b := append([]byte{0xFF, 0xD8, 0xFF, 0xFE}, binary.BigEndian.AppendUint16(nil, uint16(len(com)+2))...)
		b = append(append(b, com...), photo[2:]...)
		if err := os.WriteFile(filepath.Join(dir, "static", filepath.FromSlash(name)), b, 0o644); err != nil {
			tb.Fatal(err)
		}
		md, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		md = image.ReplaceAll(md, nil)
		md = append([]byte("+++\nimage = \"/"+name+"\"\nimage_alt = \"Ảnh minh họa: bầu trời trên đồi cỏ\"\n"), md[len("+++\n"):]...)
		if err := os.WriteFile(p, md, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// BenchmarkPhotos measures the whole build of the demo: "plain" as
// it ships (its drawings are SVG) and "photos" with a dozen real-size
// photos, each "cold" with an empty cache (every photo decoded, scaled
// and encoded, every share card drawn) and "warm" with the cache a first
// build filled (each photo read and hashed, its versions and the cards
// read).
func BenchmarkPhotos(b *testing.B) {
	sites := []struct {
		name string
		src  string
	}{{"plain", photoDemo(b, 0)}, {"photos", photoDemo(b, 12)}}
	out := filepath.Join(b.TempDir(), "public")
	for _, site := range sites {
		b.Run(site.name+"/cold", func(b *testing.B) {
			for b.Loop() {
				b.StopTimer()
				b.Setenv("XDG_CACHE_HOME", b.TempDir())
				b.StartTimer()
				if _, err := Build(Options{Source: site.src, Out: out}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(site.name+"/warm", func(b *testing.B) {
			b.Setenv("XDG_CACHE_HOME", b.TempDir())
			if _, err := Build(Options{Source: site.src, Out: out}); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := Build(Options{Source: site.src, Out: out}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
