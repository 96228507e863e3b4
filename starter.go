package phongtrao

import "embed"

// Starter holds the demo's site.toml and data/criteria.toml as they were
// when the generator was compiled. `generator new` (generator/scaffold)
// takes a new site's campaign and phases from the first and the plan's
// seven criteria from the second, so a new site starts from the same
// campaign as the demo without a second, hand-kept copy of either.
//
//go:embed site.toml data/criteria.toml
var Starter embed.FS
