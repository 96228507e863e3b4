// Package theme is the generator's built-in theme and how a site's own
// files override it.
//
// The built-in theme is the demo site's layouts/ and static/css/ at the
// repository root: one copy, which officers read as the example to copy
// from (docs/huong-dan-giao-dien.md) and the generator compiles in. A
// //go:embed pattern cannot reach a parent folder, so the embedding itself
// lives in the root package (theme.go at the repository root, nothing else
// there); this package is the only one that reads it.
//
// A site without its own layouts/ or static/ builds with the theme alone;
// a site's files replace the theme's file by file. A site's folders are
// read through os.Root (package sourcefs): a symbolic link leading outside
// the source cannot be read.
package theme
