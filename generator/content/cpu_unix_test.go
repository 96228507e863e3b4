//go:build unix

package content

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) this process has used so far,
// or 0 when it cannot be read.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &u) != nil {
		return 0
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
