package build

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestReserveHugePagesMarksMemory: after reserveHugePages, the process has
// a mapping of at least the reserve marked for huge pages ("hg" among its
// VmFlags in /proc/self/smaps), which it had not before.
func TestReserveHugePagesMarksMemory(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("this kernel has no transparent huge pages")
	}
	const n = 64 << 20
	before := largestHugeAdvised(t)
	reserveHugePages(n)
	if got := largestHugeAdvised(t); got < n || got == before {
		t.Errorf("largest mapping advised for huge pages: %d bytes before, %d after; want a new one of at least %d", before, got, n)
	}
}

// largestHugeAdvised returns the size of the largest mapping of the
// process that is marked MADV_HUGEPAGE.
func largestHugeAdvised(t *testing.T) int64 {
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	var size, largest int64
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 3 && f[0] == "Size:":
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			size = kb << 10
		case len(f) > 0 && f[0] == "VmFlags:":
			for _, flag := range f[1:] {
				if flag == "hg" && size > largest {
					largest = size
				}
			}
		}
	}
	return largest
}
