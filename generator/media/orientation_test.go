package media

import (
	"image"
	"image/color"
	"testing"
)

// TestOrientations checks where each orientation puts the stored top-left
// pixel of a 3×2 picture, from the EXIF standard's words: e.g. 6 says
// "row 0 is the visual right side, column 0 the visual top", so the
// pixel in both is seen top-right, at (1, 0) of the 2×3 upright picture.
func TestOrientations(t *testing.T) {
	want := map[Orientation][2]int{1: {0, 0}, 2: {2, 0}, 3: {2, 1}, 4: {0, 1}, 5: {0, 0}, 6: {1, 0}, 7: {1, 2}, 8: {0, 2}}
	for o := Orientation(1); o <= 8; o++ {
		src := image.NewRGBA(image.Rect(0, 0, 3, 2))
		src.SetRGBA(0, 0, color.RGBA{255, 0, 0, 255})
		dst := orient(src, o)
		if w, h := dst.Rect.Dx(), dst.Rect.Dy(); (w == 2) != o.swaps() || w*h != 6 {
			t.Errorf("orientation %d: %d×%d", o, w, h)
		}
		if got := dst.RGBAAt(want[o][0], want[o][1]); got.R != 255 {
			t.Errorf("orientation %d: the stored top-left pixel is not at %v", o, want[o])
		}
	}
}
