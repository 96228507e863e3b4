package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	export := flag.String("export", "", "our build's du-lieu/ket-qua.json")
	unitsCSV := flag.String("units", "", "the site's data/units.csv")
	out := flag.String("out", "", "folder to write <unit id>.md into (Hugo's content/don-vi)")
	flag.Parse()
	if *export == "" || *unitsCSV == "" || *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: hugofull -export ket-qua.json -units units.csv -out DIR")
		os.Exit(2)
	}
	n, err := convert(*export, *unitsCSV, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hugofull:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "hugofull: %d unit pages, %d results into %s\n", n.units, n.results, *out)
}

// counts says how much convert wrote.
type counts struct{ units, results int }

// convert writes outDir/<id>.md for every unit of unitsPath, with the
// results of exportPath in its front matter (see the package doc).
func convert(exportPath, unitsPath, outDir string) (counts, error) {
	units, index, err := readUnits(unitsPath)
	if err != nil {
		return counts{}, err
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return counts{}, err
	}
	file := func(i int) string { return filepath.Join(outDir, units[i].id+".md") }
	var b bytes.Buffer
	for i := range units {
		b.Reset()
		writeHeader(&b, &units[i])
		if err := os.WriteFile(file(i), b.Bytes(), 0o644); err != nil {
			return counts{}, err
		}
	}
	f, err := os.Open(exportPath)
	if err != nil {
		return counts{}, err
	}
	defer f.Close()
	periods := map[string]*period{}
	n := counts{units: len(units)}
	onPeriods := func(ps []period) error {
		for i := range ps {
			periods[ps[i].ID] = &ps[i]
		}
		return nil
	}
	onResult := func(r *result) error {
		i, ok := index[r.Unit]
		if !ok {
			return fmt.Errorf("unit %q is not in %s", r.Unit, unitsPath)
		}
		p, ok := periods[r.Period]
		if !ok {
			return fmt.Errorf("unit %q: period %q is not in \"periods\"", r.Unit, r.Period)
		}
		b.Reset()
		writePeriod(&b, p, r)
		n.results++
		return appendFile(file(i), b.Bytes())
	}
	if err := readExport(f, onPeriods, onResult); err != nil {
		return counts{}, fmt.Errorf("%s: %w", exportPath, err)
	}
	b.Reset()
	writeFooter(&b)
	for i := range units {
		if err := appendFile(file(i), b.Bytes()); err != nil {
			return counts{}, err
		}
	}
	return n, nil
}

// appendFile appends p to the existing file name.
func appendFile(name string, p []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if _, err := f.Write(p); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
