//go:build unix

package serve

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the test process has used so far (user and
// system, every thread): the benchmark's CPU figure does not grow when
// other programs share the machine, as its wall-clock figures do.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
