// Package export writes the downloadable results of a build:
// du-lieu/ket-qua.json (BRIEF.md §3 "Export") and its spreadsheet twin
// du-lieu/ket-qua.csv. Both are documented field by field in
// docs/ket-qua-export.md.
//
// Output is deterministic: periods in site.toml order then "all", results
// by period then units.csv order, criteria and indicators in
// criteria.toml order, and numbers in plain decimal notation (never an
// exponent), exact where the value is a decimal and rounded to at most 6
// decimals where it is a fraction (means, shares, ratios).
package export
