package build

import (
	"os"
	"runtime"
	"strconv"
	"syscall"
)

// systemMemory reads the facts hugePageReserve decides on. A 32-bit
// process reports none: a gigabyte of its address space in one block may
// not be there to take, and the runtime cannot recover from that.
func systemMemory() memoryFacts {
	if strconv.IntSize < 64 {
		return memoryFacts{}
	}
	read := func(p string) string {
		b, _ := os.ReadFile(p)
		return string(b)
	}
	return memoryFacts{
		thpEnabled: read("/sys/kernel/mm/transparent_hugepage/enabled"),
		overcommit: read("/proc/sys/vm/overcommit_memory"),
		available:  memAvailable(read("/proc/meminfo")),
		godebug:    os.Getenv("GODEBUG"),
	}
}

// reserveHugePages allocates n bytes from the heap, marks them
// MADV_HUGEPAGE and releases them (see PreferHugePages). A fresh large
// allocation is mapped but not written (the system gives zeroed memory),
// so nothing is touched here.
func reserveHugePages(n int64) {
	// An error (an old kernel) leaves the memory as it was: nothing to do.
	_ = syscall.Madvise(make([]byte, n), syscall.MADV_HUGEPAGE)
	// The collection frees the block now and sets the next collection's
	// target from the small heap that is left, not from the block.
	runtime.GC()
}
