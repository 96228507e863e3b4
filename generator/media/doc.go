// Package media publishes the site's photos: every JPEG, PNG or WebP file
// of static/ that a page shows is decoded once, turned upright (its EXIF
// orientation applied), scaled to a few widths (Widths, never upscaled)
// and encoded again, which drops everything the camera wrote beside the
// pixels (EXIF with its GPS position, XMP, IPTC, comments). The encoded
// files are named by their content hash and cached on disk by the source's
// bytes (Cache), so that a rebuild reads them instead of encoding again.
//
// A Library is one build's set of photos: pages ask it for a Picture by
// its name under static/ ("anh/ten-anh.jpg") and the position that uses it
// (Use); the site writes the files of every picture (Picture.Variants).
// Problems (a file that cannot be decoded, one too large to decode safely)
// and warnings (a file over 20 MB or 8,000 px) are reported at the
// position of each use, in Vietnamese, through package diag.
//
// Libraries: the standard library decodes and encodes JPEG and PNG;
// golang.org/x/image adds the WebP decoder and the Catmull-Rom scaler
// (draw.CatmullRom), both pure Go. The EXIF orientation is one tag of the
// first TIFF directory, read in orientation.go rather than with an EXIF
// library: nothing else of the EXIF data is used, since all of it is
// dropped.
package media
