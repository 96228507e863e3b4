// Package export writes the downloadable results of a build:
// du-lieu/ket-qua.json (BRIEF.md §3 "Export") and its spreadsheet twin
// du-lieu/ket-qua.csv. Both are documented field by field in
// docs/ket-qua-export.md.
//
// The CSV is wide: one row per entry of the JSON's results (started
// period × unit), in the same order, with the unit's cells, then per
// criterion its cells followed by its indicators' cells (CSVColumns), so
// that even a national export stays under a spreadsheet's 1,048,576 rows
// and a filter or sort works on one row per unit.
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
// encoding/csv (the references they are tested against: the first,
// reflection-based JSON encoder in legacy_test.go, a plain encoding/csv
// writer in reference_test.go), so a national export of hundreds of MB
// never sits in memory.
package export
