// Command hugofull turns our generator's results export
// (du-lieu/ket-qua.json, docs/ket-qua-export.md) and the site's
// data/units.csv into one Hugo content file per administrative unit, so that
// bench/hugo-full.sh can make Hugo render a page per unit next to the
// stories, like our build does.
//
//	go run ./bench/hugofull -export OUT/du-lieu/ket-qua.json -units SITE/data/units.csv -out HUGO/content/don-vi
//
// Each file is OUT/<id>.md: TOML front matter only (no body) holding the
// unit's title, kind, parent id, whether it is a team (leaf), the number of
// units its ranks are out of, and, per started period in the export's order
// (dot-1, dot-2, all), the period's name, dates and status, the score, both
// ranks, the deed count, and each criterion's and indicator's results as the
// export gives them (values, numerator/denominator, status for a team; share
// and met/total teams for an aggregate). Numbers are copied digit for digit
// from the JSON. The Hugo layout, not this program, formats them into a page.
//
// The export is read as a stream, one result at a time, and each result is
// appended to its unit's file, so memory stays small at national scale
// (85,556 units, about 260,000 results).
package main
