package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
)

// writeUnits writes data/units.csv, parents before children.
func writeUnits(dir string, t *tree) error {
	f, err := os.Create(filepath.Join(dir, "data", "units.csv"))
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write([]string{"id", "name", "kind", "parent"})
	for _, u := range t.All {
		parent := ""
		if u.Parent != nil {
			parent = u.Parent.ID
		}
		w.Write([]string{u.ID, u.Name, u.Kind, parent})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
