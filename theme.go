// Package phongtrao is the repository root, which is also the demo site.
// Its layouts/ and static/css/ are the generator's built-in theme: a site
// without its own layouts/ or static/ is built with them, and a site's own
// files replace them file by file (generator/site).
package phongtrao

import "embed"

// Theme holds layouts/ and static/css/ as they were when the generator was
// compiled. The demo's images (static/anh/) are content, not theme.
//
//go:embed all:layouts static/css
var Theme embed.FS
