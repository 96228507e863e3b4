package site

import (
	"strings"
	"testing"

	"phongtrao/generator/diag"
)

// TestDupHint checks that a unit whose id clashes with a section's index
// page is told to change its id whether units are a CSV file or a
// workbook, a criterion its id, and a Markdown page its name or slug.
func TestDupHint(t *testing.T) {
	for file, want := range map[string]string{
		"data/units.csv":       "cột id",
		"data/units.xlsx":      "cột id",
		"data/criteria.toml":   "id của",
		"content/tin-tuc/a.md": "slug",
		"content/index.md":     "slug",
		"data/units.xlsx.bak":  "slug",
	} {
		if got := dupHint(diag.Pos{File: file}); !strings.Contains(got, want) {
			t.Errorf("dupHint(%s) = %q, want it to say %q", file, got, want)
		}
	}
}
