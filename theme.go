// Package phongtrao is the repository root, which is also the demo site.
// It holds one thing for the generator: Theme, the embedded copy of the
// demo's layouts/ and static/css/, which are the generator's built-in
// theme. A //go:embed pattern cannot reach a parent folder, so the
// embedding must live here; generator/theme is the package that reads it
// and says how a site's own files override it.
package phongtrao

import "embed"

// Theme holds layouts/ and static/css/ as they were when the generator was
// compiled; read it through generator/theme. The demo's images
// (static/anh/) are content, not theme.
//
//go:embed all:layouts static/css
var Theme embed.FS
