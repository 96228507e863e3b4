// Command fsfloor measures the floor under a build's wall time set by the
// file system alone: it reads the list of files of a built site (their
// paths and sizes) and writes the same tree again, files of the same
// sizes in the same folders, with as many writers as the build uses, then
// removes it. No page is rendered: what it prints is what creating those
// folders and files costs on this machine. With -over it also writes the
// same files a second time over the tree it made, as a rebuild into the
// spare folder does (publish.NewReusingDir), before removing it. With
// -bytes N every file gets N bytes instead of its own size, so that the
// cost of the files and folders and the cost of their bytes can be told
// apart.
//
//	go run ./bench/fsfloor -site /tmp/phongtrao-bench/national-out-ours -out /tmp/fsfloor [-flat] [-over] [-bytes 1]
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

// file is one file of the site copied: its path under the output and size.
type file struct {
	rel  string
	size int64
}

func main() {
	site := flag.String("site", "", "a built site whose files are copied in size and layout")
	out := flag.String("out", "", "folder to write (must not exist)")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "files written at once")
	flat := flag.Bool("flat", false, "write x/index.html as x.html: no folder per page (what /x.html URLs would cost)")
	over := flag.Bool("over", false, "then write the same files again over the tree made (a rebuild into the spare folder)")
	size := flag.Int64("bytes", -1, "give every file this many bytes instead of its own size (-1: as built); -bytes 1 shows what the files cost without their bytes")
	flag.Parse()
	if *site == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	if _, err := os.Stat(*out); err == nil {
		fmt.Fprintf(os.Stderr, "%s exists\n", *out)
		os.Exit(2)
	}
	files, total, err := list(*site, *flat)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *size >= 0 {
		for i := range files {
			files[i].size = *size
		}
		total = *size * int64(len(files))
	}
	folders, took := write(*out, files, *workers, false)
	fmt.Printf("wrote %d files, %d folders, %.0f MB with %d writers: %s\n",
		len(files), folders, float64(total)/1e6, *workers, took)
	if *over {
		_, took := write(*out, files, *workers, true)
		fmt.Printf("wrote them again over the existing files: %s\n", took)
	}
	start, cpu := time.Now(), cpuTime()
	if err := os.RemoveAll(*out); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	fmt.Printf("removing them: %s\n", since(start, cpu))
}

// list returns the files of the built site with their sizes and their
// total; with flat, x/index.html becomes x.html.
func list(site string, flat bool) ([]file, int64, error) {
	var files []file
	var total int64
	err := filepath.WalkDir(site, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(site, p)
		if dir, name := filepath.Split(rel); flat && name == "index.html" && dir != "" {
			rel = filepath.Clean(dir) + ".html"
		}
		files = append(files, file{rel, info.Size()})
		total += info.Size()
		return nil
	})
	return files, total, err
}

// write writes files under out with that many writers: created (with
// their folders) unless over, in which case they exist and are written
// over from their start. It returns the folders made and the time taken.
func write(out string, files []file, workers int, over bool) (int, string) {
	buf := make([]byte, 1<<20)
	start, cpu := time.Now(), cpuTime()
	var mu sync.Mutex
	made := map[string]bool{}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if over {
		flags = os.O_WRONLY
	}
	jobs := make(chan file)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for f := range jobs {
				p := filepath.Join(out, f.rel)
				dir := filepath.Dir(p)
				mu.Lock()
				known := over || made[dir]
				mu.Unlock()
				if !known {
					if err := os.MkdirAll(dir, 0o755); err != nil {
						panic(err)
					}
					mu.Lock()
					made[dir] = true
					mu.Unlock()
				}
				w, err := os.OpenFile(p, flags, 0o644)
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
	return len(made), since(start, cpu)
}

// since formats the wall and CPU time (user, system) taken since start.
func since(start time.Time, cpu [2]time.Duration) string {
	now := cpuTime()
	return fmt.Sprintf("%.2f s wall (CPU: %.2f s user, %.2f s system)", time.Since(start).Seconds(),
		(now[0] - cpu[0]).Seconds(), (now[1] - cpu[1]).Seconds())
}
