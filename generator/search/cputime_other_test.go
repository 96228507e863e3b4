//go:build !unix

package search

// processCPU is 0 where getrusage is not available: no CPU metric.
func processCPU() int64 { return 0 }
