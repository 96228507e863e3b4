// Command demodata generates the illustrative campaign data of the demo site:
// Đắk Nông's real province, districts and communes (Plan 591/KH-UBND), with
// invented teams, monthly figures and good deeds.
//
// Run it from the repository root:
//
//	go run ./scripts/demodata
//
// It rewrites data/units.csv, data/successions.csv, data/reports/*.csv and
// data/deeds.csv (it never
// touches site.toml or data/criteria.toml, which are written by hand), then
// reads the files back, checks them (unique ids, parents before children, 713
// teams, numerator ≤ denominator, dates inside the campaign, no phone or ID
// numbers) and prints a summary. The random seed is fixed, so two runs give
// byte-identical files. Flags: -root DIR (default ".") writes under DIR;
// -seed N changes the seed (for experiments only; the committed data uses the
// default).
//
// The committed files are the source of truth: once someone edits them by
// hand (a story filled in deeds.csv, a corrected figure), re-running this
// command overwrites those edits, so review the diff before committing.
//
// What is real and what is invented: the province, its 8 districts and 71
// communes are real (official names, pre-July-2025 boundaries); the 713 teams
// (one per thôn, bon, buôn or tổ dân phố), their members, figures and deeds
// are invented. Models recognised before 1/3/2025 name the district police,
// later ones the province police (district police were dissolved then).
//
// Two report files (2024-12.csv, 2025-04.csv) are written the way Vietnamese
// Excel exports CSV (UTF-8 BOM, ";" delimiter, CRLF, MM/YYYY months, decimal
// comma, header in another case) to exercise the loader's leniency. The
// August 2024 and August 2025 rows cover only the campaign days of the month
// (from the 19th, up to the 19th).
package main

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
)

// defaultSeed is the seed of the committed demo data.
const defaultSeed = 591_2024

// teamTotal is the number of grassroots teams Đắk Nông set up on 1/7/2024.
const teamTotal = 713

// gen holds the random source and everything generated so far.
type gen struct {
	r         *rand.Rand
	province  *unit
	districts []*unit
	communes  []*unit
	// newCommunes are the 28 communes of 1/7/2025 (loadReform).
	newCommunes []*unit
	teams       []*team
	reports     []report
	deeds       []deed
}

func main() {
	root := flag.String("root", ".", "repository root to write data/ under")
	seed := flag.Uint64("seed", defaultSeed, "random seed (keep the default for the committed data)")
	flag.Parse()
	g := generate(*seed)
	if err := g.write(*root); err != nil {
		fmt.Fprintln(os.Stderr, "demodata:", err)
		os.Exit(1)
	}
	s, err := check(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "demodata: check failed:", err)
		os.Exit(1)
	}
	s.print(os.Stdout)
}

// generate makes the whole demo from seed: units, reports, deeds.
func generate(seed uint64) *gen {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x5_91))}
	g.province, g.districts, g.communes = loadAdmin()
	g.newCommunes = loadReform(g.province, g.communes)
	g.makeTeams()
	g.makeReports()
	g.makeDeeds()
	return g
}

// pick returns a random element of xs.
func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// chance returns true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// between returns a uniform float in [lo, hi).
func (g *gen) between(lo, hi float64) float64 { return lo + (hi-lo)*g.r.Float64() }

// normal returns a normal deviate with the given standard deviation.
func (g *gen) normal(sd float64) float64 { return g.r.NormFloat64() * sd }

// poisson draws a Poisson count with mean lambda (Knuth; lambda is small).
func (g *gen) poisson(lambda float64) int {
	limit, k, p := math.Exp(-lambda), 0, 1.0
	for {
		p *= g.r.Float64()
		if p <= limit {
			return k
		}
		k++
	}
}

// binomial draws how many of n trials succeed with probability p.
func (g *gen) binomial(n int, p float64) int {
	k := 0
	for range n {
		if g.chance(p) {
			k++
		}
	}
	return k
}

// weighted returns an index drawn with the given weights.
func (g *gen) weighted(w []float64) int {
	sum := 0.0
	for _, x := range w {
		sum += x
	}
	x := g.r.Float64() * sum
	for i, v := range w {
		if x < v {
			return i
		}
		x -= v
	}
	return len(w) - 1
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }
