package media_test

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"path/filepath"
	"testing"

	. "phongtrao/generator/media"
)

// demoCard is a unit page's card, with the demo theme's colours.
var demoCard = Card{
	Campaign: "Phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
	Title:    "Xã Đắk N'Dung",
	Figure:   "5,67/7 điểm · Đợt 2",
	Site:     "Phong trào thi đua Tổ bảo vệ an ninh, trật tự – Đắk Nông",
	Colours: CardColours{Background: color.RGBA{255, 255, 255, 255}, Accent: color.RGBA{0x8b, 0x1a, 0x1a, 255},
		Ink: color.RGBA{0x1a, 0x1a, 0x1a, 255}, Muted: color.RGBA{0x4a, 0x4a, 0x4a, 255}},
}

// TestCard: a card is a 1200×630 PNG under 150 KB, with the accent band
// on the left, ink where the title is and background elsewhere; it is
// cached, and its name changes with its text.
func TestCard(t *testing.T) {
	dir := t.TempDir()
	cache := OpenCache(dir)
	b, err := demoCard.PNG(cache)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if img.Bounds() != image.Rect(0, 0, CardWidth, CardHeight) || len(b) > 150<<10 {
		t.Fatalf("card is %v, %d bytes; want 1200×630 under 150 KB", img.Bounds(), len(b))
	}
	at := func(x, y int) color.RGBA { return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) }
	if at(10, 300) != demoCard.Colours.Accent || at(1150, 40) != demoCard.Colours.Background {
		t.Errorf("band %v, corner %v; want accent and background", at(10, 300), at(1150, 40))
	}
	// The campaign's name takes two lines (baselines 100 and 136), so the
	// title's first line has its baseline at 136+30+80 = 246 and its
	// capitals 46 px tall (0.73 em at 64 px): the rows above the baseline
	// hold solid ink.
	ink := 0
	for y := 211; y < 246; y++ {
		for x := 80; x < 500; x++ {
			if at(x, y) == demoCard.Colours.Ink {
				ink++
			}
		}
	}
	if ink < 1000 {
		t.Errorf("%d pixels of ink where the title is drawn, want over 1,000", ink)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "the", "*", "*.png"))
	if len(files) != 1 {
		t.Errorf("%d cached cards, want 1", len(files))
	}
	other := demoCard
	other.Figure = "5,68/7 điểm · Đợt 2"
	if other.Path() == demoCard.Path() {
		t.Error("two texts share a card file")
	}
}

// TestMissingGlyphs: the fonts draw every letter of Vietnamese, in both
// cases and all tones, and say which characters they cannot draw.
func TestMissingGlyphs(t *testing.T) {
	vi := "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
	all := vi + " " + string(bytes.ToUpper([]byte(vi))) + " 0123456789 .,;:!?'\"“”‘’–—…·%/()"
	if m, err := MissingGlyphs(all); err != nil || len(m) != 0 {
		t.Errorf("missing %q (%v)", string(m), err)
	}
	if m, _ := MissingGlyphs("Đắk 北京 😀"); string(m) != "北京😀" {
		t.Errorf("missing %q, want %q", string(m), "北京😀")
	}
}

func BenchmarkCardDraw(b *testing.B) {
	for b.Loop() {
		if _, err := demoCard.PNG(nil); err != nil {
			b.Fatal(err)
		}
	}
}
