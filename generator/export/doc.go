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
// WriteJSON and WriteCSV stream, a result at a time, so a national
// export of hundreds of MB never sits in memory. Strings are escaped by
// encoding/json (with its default HTML escaping: "<" is \u003c) and cells
// quoted by encoding/csv; numbers are written by decimal.D and rounded by
// decimal.Quo, exactly, never through a float.
package export
