package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"phongtrao/generator/fixture"
)

// marker is the file that marks a folder as written by sitegen, so that a
// later run may replace it.
const marker = ".sitegen"

func main() {
	scale := flag.String("scale", "province", "site size: "+fixture.ScaleNames())
	out := flag.String("out", "", "folder to write the site into (replaced if sitegen wrote it before)")
	seed := flag.Uint64("seed", 1, "random seed")
	criteria := flag.String("criteria", "data/criteria.toml", "criteria.toml to copy (the demo's)")
	flag.Parse()
	sc, err := fixture.LookupScale(*scale)
	if err == nil && *out == "" {
		err = errors.New("-out is required")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sitegen:", err)
		os.Exit(2)
	}
	start := time.Now()
	st, err := Generate(sc, *seed, *criteria, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sitegen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "sitegen: %s scale into %s: %d units (%d teams), %d report rows, %d deeds, %d stories in %s\n",
		sc.Name, *out, st.Units, st.Teams, st.ReportRows, st.Deeds, st.Stories, time.Since(start).Round(time.Millisecond))
}

// Generate writes the site of a scale and seed into out, with the
// criteria file copied. out must be missing, empty, or written by sitegen
// before.
func Generate(sc fixture.Scale, seed uint64, criteria, out string) (fixture.Stats, error) {
	site, err := fixture.New(sc, seed)
	if err != nil {
		return fixture.Stats{}, err
	}
	if site.Criteria, err = os.ReadFile(criteria); err != nil {
		return fixture.Stats{}, err
	}
	if err := prepare(out); err != nil {
		return fixture.Stats{}, err
	}
	return site.Stats(), site.Write(out)
}

// prepare empties out when sitegen wrote it, and refuses any other folder
// that is not empty.
func prepare(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, os.ErrNotExist) || err == nil && len(entries) == 0 {
		return writeMarker(out)
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
		return fmt.Errorf("%s is not empty and was not written by sitegen; choose another -out", out)
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	return writeMarker(out)
}

func writeMarker(out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, marker), []byte("written by bench/sitegen\n"), 0o644)
}
