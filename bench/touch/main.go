//go:build linux

// Command touch measures what the machine charges for memory a process
// touches for the first time: it maps 1 GB of anonymous memory, writes one
// byte in every 4 KB page, and prints the wall time, the CPU time and the
// page faults that took. On a virtual machine whose host backs guest
// memory lazily, this is the price of every megabyte a build grows to
// (bench/README.md). With -huge the mapping asks for transparent huge
// pages first (madvise), where the system allows it.
//
//	go run ./bench/touch [-huge]
package main

import (
	"flag"
	"fmt"
	"log"
	"syscall"
	"time"
)

func main() {
	huge := flag.Bool("huge", false, "ask for transparent huge pages (MADV_HUGEPAGE)")
	size := flag.Int("mb", 1024, "megabytes to touch")
	flag.Parse()
	n := *size << 20
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		log.Fatal(err)
	}
	if *huge {
		const madvHugePage = 14
		if err := syscall.Madvise(b, madvHugePage); err != nil {
			log.Fatal(err)
		}
	}
	var before, after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	start := time.Now()
	for i := 0; i < n; i += 4096 {
		b[i] = 1
	}
	wall := time.Since(start)
	syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	usr := time.Duration(syscall.TimevalToNsec(after.Utime) - syscall.TimevalToNsec(before.Utime))
	sys := time.Duration(syscall.TimevalToNsec(after.Stime) - syscall.TimevalToNsec(before.Stime))
	fmt.Printf("touched %d MB: wall %v, user %v, system %v, %d page faults; %.1f ms of CPU per MB\n",
		*size, wall.Round(time.Millisecond), usr.Round(time.Millisecond), sys.Round(time.Millisecond),
		after.Minflt-before.Minflt, float64(usr+sys)/float64(time.Millisecond)/float64(*size))
}
