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
//
// WriteJSON and WriteCSV stream: they append each result to a chunk
// buffer written out every 256 KiB, with integer number formatting and
// hand-written escaping identical byte for byte to encoding/json and
// encoding/csv (the first, reflection-based encoder is kept in
// legacy_test.go as the reference), so a national export of hundreds of
// MB never sits in memory.
package export
