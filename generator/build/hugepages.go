package build

import (
	"strconv"
	"strings"
	"sync"
)

// HugePageReserve is how much of the address space the heap grows into
// PreferHugePages asks to have backed by transparent huge pages: about
// what a national site's build peaks at. Only memory the build then
// touches is used; the rest stays address space.
const HugePageReserve = 1 << 30

// minHugePageReserve is the smallest reserve worth the trouble.
const minHugePageReserve = 64 << 20

var hugePagesOnce sync.Once

// PreferHugePages asks the system, once per process and before the heap
// grows, to back the memory the build's heap will use with transparent
// huge pages (2 MB) rather than 4 KB pages.
//
// A build touches most of its memory once: a national site grows to about
// 900 MB, in some 230,000 first touches of a 4 KB page. On a virtual
// machine whose host backs guest memory lazily each costs far more than
// the page is worth (bench/touch: about 6 ms of CPU per MB, half that with
// huge pages). With huge pages a national build took 5,600 faults instead
// of 227,000, and 20 CPU-seconds instead of 23: 5 s less user time, 2.7 s
// more system time (bench/README.md, session 8).
//
// Go's runtime does not ask for huge pages for its heap, and where the
// system gives them only when asked (transparent_hugepage "madvise", a
// common default) the heap never gets them. So this allocates a block of
// HugePageReserve bytes at start, while the heap is new (the runtime maps
// it without touching it), marks it MADV_HUGEPAGE, and lets it go: the
// runtime's allocator reuses those addresses, lowest first, as the heap
// grows, and the kernel fills them 2 MB at a time.
//
// It does nothing when the system gives no huge pages or gives them
// unasked, when GODEBUG has disablethp=1 (Go's own switch for turning
// huge pages off for the heap), when the system refuses to overcommit
// memory, or when less than four times the reserve is available. It is
// for one-shot commands (build, check): a long-running server keeps the
// runtime's defaults.
func PreferHugePages() {
	hugePagesOnce.Do(func() {
		if n := hugePageReserve(systemMemory()); n > 0 {
			reserveHugePages(n)
		}
	})
}

// memoryFacts is what decides the reserve: the contents of
// /sys/kernel/mm/transparent_hugepage/enabled and
// /proc/sys/vm/overcommit_memory, MemAvailable from /proc/meminfo in
// bytes (0 when unknown), and the GODEBUG environment variable.
type memoryFacts struct {
	thpEnabled string
	overcommit string
	available  int64
	godebug    string
}

// hugePageReserve returns the bytes to reserve for huge pages, 0 for none.
func hugePageReserve(f memoryFacts) int64 {
	if !strings.Contains(f.thpEnabled, "[madvise]") {
		return 0 // "[never]": none to be had; "[always]": given unasked
	}
	if strings.TrimSpace(f.overcommit) == "2" {
		return 0 // strict accounting: the reserve would count in full
	}
	for _, kv := range strings.Split(f.godebug, ",") {
		if strings.TrimSpace(kv) == "disablethp=1" {
			return 0
		}
	}
	n := int64(HugePageReserve)
	if quarter := f.available / 4; quarter < n {
		n = quarter &^ (2<<20 - 1) // whole huge pages
	}
	if n < minHugePageReserve {
		return 0
	}
	return n
}

// memAvailable reads MemAvailable from the text of /proc/meminfo, in bytes.
func memAvailable(meminfo string) int64 {
	for _, line := range strings.Split(meminfo, "\n") {
		rest, ok := strings.CutPrefix(line, "MemAvailable:")
		if !ok {
			continue
		}
		f := strings.Fields(rest)
		if len(f) != 2 || f[1] != "kB" {
			return 0
		}
		kb, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil {
			return 0
		}
		return kb << 10
	}
	return 0
}
