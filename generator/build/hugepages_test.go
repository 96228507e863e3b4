package build

import "testing"

// TestHugePageReserve: the reserve is HugePageReserve (1 GiB) when the
// system gives huge pages on request only and has memory to spare, a
// quarter of the available memory (whole 2 MB pages) when that is less,
// and nothing in every other case.
func TestHugePageReserve(t *testing.T) {
	const gib = 1 << 30
	madvise := "always [madvise] never\n"
	for _, c := range []struct {
		name string
		f    memoryFacts
		want int64
	}{
		{"plenty", memoryFacts{madvise, "0\n", 22 * gib, ""}, gib},
		// 4 GiB available: a quarter is exactly 1 GiB.
		{"four times the reserve", memoryFacts{madvise, "0\n", 4 * gib, ""}, gib},
		// 1 GiB + 5 MB available: a quarter is 256 MiB + 1.25 MB, cut to
		// whole 2 MB pages: 256 MiB.
		{"a quarter of what is available", memoryFacts{madvise, "1\n", gib + 5<<20, ""}, 256 << 20},
		// 255 MB available: a quarter, 63.75 MB, is under 64 MB.
		{"too little memory", memoryFacts{madvise, "0\n", 255 << 20, ""}, 0},
		{"memory unknown", memoryFacts{madvise, "0\n", 0, ""}, 0},
		{"huge pages given unasked", memoryFacts{"[always] madvise never\n", "0\n", 22 * gib, ""}, 0},
		{"no huge pages", memoryFacts{"always madvise [never]\n", "0\n", 22 * gib, ""}, 0},
		{"no such file", memoryFacts{"", "0\n", 22 * gib, ""}, 0},
		{"strict overcommit", memoryFacts{madvise, "2\n", 22 * gib, ""}, 0},
		{"GODEBUG turns it off", memoryFacts{madvise, "0\n", 22 * gib, "gctrace=1, disablethp=1"}, 0},
		{"another GODEBUG", memoryFacts{madvise, "0\n", 22 * gib, "disablethp=0"}, gib},
	} {
		if got := hugePageReserve(c.f); got != c.want {
			t.Errorf("%s: hugePageReserve = %d, want %d", c.name, got, c.want)
		}
	}
}

func TestMemAvailable(t *testing.T) {
	meminfo := "MemTotal:       24608948 kB\nMemFree:        22119412 kB\nMemAvailable:   23026528 kB\nBuffers:          115036 kB\n"
	// 23,026,528 kB × 1024 bytes.
	if got := memAvailable(meminfo); got != 23_579_164_672 {
		t.Errorf("memAvailable = %d, want 23579164672", got)
	}
	for _, bad := range []string{"", "MemTotal: 1 kB\n", "MemAvailable: many kB\n", "MemAvailable: 12 MB\n"} {
		if got := memAvailable(bad); got != 0 {
			t.Errorf("memAvailable(%q) = %d, want 0", bad, got)
		}
	}
}
