//go:build !unix

package content

import "time"

// cpuTime is 0 here: the benchmarks report no CPU time.
func cpuTime() time.Duration { return 0 }
