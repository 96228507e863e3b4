package main

import "math/rand/v2"

// gen is a seeded random source with the few draws the generator needs.
type gen struct{ r *rand.Rand }

// newGen returns the generator of one stream of a seed; each part of the
// site draws from its own stream, so that changing one part leaves the
// others as they were.
func newGen(seed, stream uint64) *gen {
	return &gen{rand.New(rand.NewPCG(seed, stream))}
}

func (g *gen) intn(n int) int { return g.r.IntN(n) }

func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

func (g *gen) pick(s []string) string { return s[g.r.IntN(len(s))] }

// split divides total into n positive parts of roughly equal size, with
// some spread. It needs total >= n.
func (g *gen) split(total, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = total / n
	}
	for i := 0; i < total%n; i++ {
		out[i]++
	}
	// Move up to a third of each part to another part: every part keeps at
	// least two thirds of what it had, so it stays positive.
	for i := range out {
		j, k := g.intn(n), g.intn(out[i]/3+1)
		out[i] -= k
		out[j] += k
	}
	return out
}
