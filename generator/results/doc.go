// Package results computes the campaign's results: the semantics of
// BRIEF.md §4, as pure functions over validated, typed data (no I/O, no
// clock).
//
// Compute returns one Period per phase of site.toml, then the reserved
// period "all" (the whole campaign). A started period holds one UnitResult
// per unit, in units.csv order:
//
//   - a leaf (team) is assessed indicator by indicator on the report rows of
//     the months overlapping [start, min(end, asOf)] and on its deeds dated
//     in that window; a month straddling two phases counts in both;
//   - a monthly indicator counts the calendar months overlapping the window,
//     less the month holding asOf while it is not over and the period runs;
//     a month reaches the target when its deeds (the whole month's, inside
//     the campaign) satisfy the operator, usually "count >= target";
//   - a criterion is met when all its indicators are met or none; a leaf's
//     score is the sum of the points of the criteria it meets;
//   - an aggregate (any non-leaf) pools its leaves: shares of leaves meeting
//     each criterion, Σ numerators and Σ denominators of ratio and monthly
//     indicators, and the mean of the leaves' scores as an exact fraction;
//   - ranks are competition ranks (1, 2, 2, 4) among siblings and among all
//     units of the same depth, leaves and aggregates apart; ties are listed
//     in Vietnamese collation order of names, then by id.
//
// A report row takes part in an indicator only when it holds the fields
// the indicator reads (both fields for a ratio); a leaf with no such row in
// the window has status no-data for that indicator.
//
// Everything that decides a status or a rank is compared exactly: report
// figures are decimal.D (integer millionths), fractions are compared by
// 128-bit cross-multiplication, and scores of aggregates are big.Rat.
//
// # Performance
//
// Reports and deeds are grouped by leaf once (a counting sort of their
// indices: each leaf's report rows, and its deeds by date), then each leaf
// gathers its rows (only the report fields indicators use, sorted by
// month) into scratch space and is evaluated for every period at once, so
// that no copy of the million report rows is ever made. Aggregates are
// filled bottom-up in one pass per period.
//
// Memory is laid out for a national site (85,556 units, three periods),
// whose results stay live while the whole site renders: each period's
// UnitResults, IndicatorResults and aggregates' CriterionResults are one
// allocation each, an IndicatorResult keeps its value and kind in one word
// (packed), leaves meeting the same criteria share one Criteria array, and
// results with the same score or share share one big.Rat. Children,
// sibling groups and levels are counted before they are filled, each in
// one array. Fewer, larger allocations keep the collector's work and the
// peak memory of a national build low (figures in bench/README.md).
//
// The work runs on all cores (forChunks in parallel.go): finding each
// report row's leaf, evaluating the leaves, and aggregating and ranking
// the periods; the name collation order is computed while the index is
// built, and level rankings while sibling rankings are. Every goroutine
// writes only its own slots, and whatever needs an order is done
// sequentially, so the results do not depend on timing (parallel_test.go
// compares them with a run on one goroutine). BenchmarkComputeSite measures
// Compute on the national synthetic site.
//
// # Targets set by a district
//
// The plan lets each district set its own targets. WithTargets takes a
// TargetFunc called once per leaf and indicator; SubtreeTargets builds one
// from overrides keyed by unit id, the nearest ancestor winning.
//
// # Unit merges
//
// The July 2025 reform merged communes and villages and abolished districts
// during phase 2. WithSuccessions (rule 8) gives each period the tree in
// force on min(end, asOf): units that ceased by then have no result
// (UnitResult.Absent), the others hang under their parents' successors
// (UnitResult.Parent, Depth), and a team counts the rows and deeds of the
// teams merged into it. Without successions every period shares the tree
// of units.csv, as before (succession.go builds the trees only when there
// are successions).
package results
