// Command fsfloor measures the floor under a build's wall time set by the
// file system alone: it reads the list of files of a built site (their
// paths and sizes) and writes the same tree again, files of the same
// sizes in the same folders, with as many writers as the build uses, then
// removes it. No page is rendered: what it prints is what creating those
// folders and files costs on this machine.
//
//	go run ./bench/fsfloor -site /tmp/phongtrao-bench/national-out-ours -out /tmp/fsfloor [-flat]
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"
)

func main() {
	site := flag.String("site", "", "a built site whose files are copied in size and layout")
	out := flag.String("out", "", "folder to write (must not exist)")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "files written at once")
	flat := flag.Bool("flat", false, "write x/index.html as x.html: no folder per page (what /x.html URLs would cost)")
	flag.Parse()
	if *site == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if _, err := os.Stat(*out); err == nil {
		fmt.Fprintf(os.Stderr, "%s exists\n", *out)
		os.Exit(2)
	}
	type file struct {
		rel  string
		size int64
	}
	var files []file
	var total int64
	err := filepath.WalkDir(*site, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(*site, p)
		if dir, name := filepath.Split(rel); *flat && name == "index.html" && dir != "" {
			rel = filepath.Clean(dir) + ".html"
		}
		files = append(files, file{rel, info.Size()})
		total += info.Size()
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	buf := make([]byte, 1<<20)
	start := time.Now()
	var mu sync.Mutex
	made := map[string]bool{}
	jobs := make(chan file)
	var wg sync.WaitGroup
	for range *workers {
		wg.Go(func() {
			for f := range jobs {
				p := filepath.Join(*out, f.rel)
				dir := filepath.Dir(p)
				mu.Lock()
				known := made[dir]
				mu.Unlock()
				if !known {
					if err := os.MkdirAll(dir, 0o755); err != nil {
						panic(err)
					}
					mu.Lock()
					made[dir] = true
					mu.Unlock()
				}
				w, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
				if err != nil {
					panic(err)
				}
				for n := f.size; n > 0; n -= int64(len(buf)) {
					if _, err := w.Write(buf[:min(n, int64(len(buf)))]); err != nil {
						panic(err)
					}
				}
				w.Close()
			}
		})
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	wrote := time.Since(start)
	start = time.Now()
	if err := os.RemoveAll(*out); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	fmt.Printf("wrote %d files, %d folders, %.0f MB with %d writers in %.2f s; removing them took %.2f s\n",
		len(files), len(made), float64(total)/1e6, *workers, wrote.Seconds(), time.Since(start).Seconds())
}
