package media

import (
	"bytes"
	"encoding/binary"
	"image"
)

// Orientation is the EXIF orientation tag (0x0112): how the stored pixels
// must be turned to be seen upright. 1 is upright; 2–8 are the seven
// other flips and quarter turns, as the EXIF standard numbers them.
type Orientation int

// swaps reports whether o turns the picture a quarter, so that the width
// seen is the stored height.
func (o Orientation) swaps() bool { return o >= 5 && o <= 8 }

// OrientationOf returns the EXIF orientation of an encoded JPEG, PNG or
// WebP file, 1 when it has none or it cannot be read.
func OrientationOf(b []byte) Orientation {
	var tiff []byte
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8}):
		tiff = jpegEXIF(b)
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		tiff = pngEXIF(b)
	case len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP":
		tiff = webpEXIF(b)
	}
	if o := tiffOrientation(tiff); o >= 1 && o <= 8 {
		return o
	}
	return 1
}

// jpegEXIF returns the TIFF data of a JPEG's first APP1 "Exif" segment.
func jpegEXIF(b []byte) []byte {
	for i := 2; i+4 <= len(b); {
		if b[i] != 0xFF {
			return nil
		}
		marker := b[i+1]
		if marker == 0xFF { // fill byte
			i++
			continue
		}
		if marker == 0xDA || marker == 0xD9 { // start of scan, end of image
			return nil
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return nil
		}
		seg := b[i+4 : i+2+n]
		if marker == 0xE1 && bytes.HasPrefix(seg, []byte("Exif\x00\x00")) {
			return seg[6:]
		}
		i += 2 + n
	}
	return nil
}

// pngEXIF returns the TIFF data of a PNG's eXIf chunk.
func pngEXIF(b []byte) []byte {
	for i := 8; i+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[i:]))
		if n < 0 || i+12+n > len(b) {
			return nil
		}
		switch string(b[i+4 : i+8]) {
		case "eXIf":
			return b[i+8 : i+8+n]
		case "IDAT", "IEND":
			return nil
		}
		i += 12 + n
	}
	return nil
}

// webpEXIF returns the TIFF data of a WebP's EXIF chunk.
func webpEXIF(b []byte) []byte {
	for i := 12; i+8 <= len(b); {
		n := int(binary.LittleEndian.Uint32(b[i+4:]))
		if n < 0 || i+8+n > len(b) {
			return nil
		}
		if string(b[i:i+4]) == "EXIF" {
			// Some writers keep JPEG's "Exif\0\0" before the TIFF data.
			return bytes.TrimPrefix(b[i+8:i+8+n], []byte("Exif\x00\x00"))
		}
		i += 8 + n + n&1 // chunks are padded to an even size
	}
	return nil
}

// tiffOrientation reads tag 0x0112 of the first directory (IFD0) of TIFF
// data; 0 when there is none.
func tiffOrientation(t []byte) Orientation {
	if len(t) < 8 {
		return 0
	}
	var order binary.ByteOrder
	switch string(t[:4]) {
	case "II*\x00":
		order = binary.LittleEndian
	case "MM\x00*":
		order = binary.BigEndian
	default:
		return 0
	}
	ifd := int(order.Uint32(t[4:]))
	if ifd < 8 || ifd+2 > len(t) {
		return 0
	}
	count := int(order.Uint16(t[ifd:]))
	for k := range count {
		e := ifd + 2 + 12*k
		if e+12 > len(t) {
			return 0
		}
		// A SHORT (type 3) holding one value, stored in the entry itself.
		if order.Uint16(t[e:]) == 0x0112 && order.Uint16(t[e+2:]) == 3 {
			return Orientation(order.Uint16(t[e+8:]))
		}
	}
	return 0
}

// orient returns src turned upright by o: a new image whose size is
// src's, swapped for the quarter turns (5–8). Orientation 1 returns src.
func orient(src *image.RGBA, o Orientation) *image.RGBA {
	if o <= 1 || o > 8 {
		return src
	}
	w, h := src.Rect.Dx(), src.Rect.Dy()
	dw, dh := w, h
	if o.swaps() {
		dw, dh = h, w
	}
	dst := image.NewRGBA(image.Rect(0, 0, dw, dh))
	for y := range h {
		row := src.Pix[y*src.Stride:]
		for x := range w {
			dx, dy := place(o, x, y, w, h)
			copy(dst.Pix[dy*dst.Stride+4*dx:][:4], row[4*x:4*x+4])
		}
	}
	return dst
}

// place is where the stored pixel (x, y) of a w×h picture goes once
// turned by o. Orientation 6, the usual phone held upright, turns a
// quarter clockwise: the stored top-left pixel ends top-right.
func place(o Orientation, x, y, w, h int) (int, int) {
	switch o {
	case 2: // mirrored
		return w - 1 - x, y
	case 3: // upside down
		return w - 1 - x, h - 1 - y
	case 4: // mirrored upside down
		return x, h - 1 - y
	case 5: // mirrored across the main diagonal
		return y, x
	case 6: // a quarter clockwise
		return h - 1 - y, x
	case 7: // mirrored across the other diagonal
		return h - 1 - y, w - 1 - x
	case 8: // a quarter counter-clockwise
		return y, w - 1 - x
	}
	return x, y
}
