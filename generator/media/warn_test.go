package media

import (
	"image"
	"strings"
	"testing"
)

// TestWarnings: one byte over 20 MB, or one pixel over 8,000 on either
// side, is a warning; exactly at the limits is none.
func TestWarnings(t *testing.T) {
	for _, c := range []struct {
		size, w, h int
		want       string
	}{
		{WarnBytes, WarnSide, WarnSide, ""},
		{WarnBytes + 1, 10, 10, "nặng 20 MB (quá 20 MB)"},
		{10, 10, WarnSide + 1, "rộng 10 × 8001 điểm ảnh (quá 8000)"},
	} {
		got := ""
		for _, p := range warnings("static/a.jpg", c.size, image.Config{Width: c.w, Height: c.h}) {
			got += p.Msg
		}
		if c.want == "" && got != "" || !strings.Contains(got, c.want) {
			t.Errorf("%d bytes, %d×%d: %q, want %q", c.size, c.w, c.h, got, c.want)
		}
	}
}
