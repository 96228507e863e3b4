// Package scaffold makes a new site's source folder (`generator new`): the
// start a press office needs to run its own campaign site without copying
// this repository and deleting the demo by hand.
//
// A new site has site.toml (the demo's campaign and phases, the title
// naming the new root unit), data/units.csv (the office's own units, or a
// small example tree), data/criteria.toml (the plan's seven criteria,
// taken from the demo's file embedded in the binary), a report file and
// deeds.csv with their header rows only, one example story and a
// README.md of next steps in Vietnamese. The units are checked by the same
// loader as `build` (package data) before anything is written, so a new
// site builds and passes `check` at once.
package scaffold
