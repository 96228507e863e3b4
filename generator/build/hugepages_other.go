//go:build !linux

package build

// systemMemory reports no huge pages: only Linux's madvise is used.
func systemMemory() memoryFacts { return memoryFacts{} }

// reserveHugePages is never called where systemMemory reports none.
func reserveHugePages(int64) {}
