package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
)

// unit is one row of data/units.csv with what the tree says about it.
type unit struct {
	id, name, kind, parent string
	leaf                   bool // no unit has it as parent: a team
	depth                  int  // 0 for the root
	siblings               int  // units with the same parent and the same leafness, itself included
	levelUnits             int  // units at the same depth with the same leafness, itself included
}

// readUnits reads a units.csv (columns id,name,kind,parent in any order,
// extra columns ignored) and fills in each unit's leafness, depth and the
// sizes of the groups its two ranks are taken in (docs/ket-qua-export.md:
// ranks compare teams with teams and aggregates with aggregates). It returns
// the units in file order and an index by id.
func readUnits(path string) ([]unit, map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: header: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for _, want := range []string{"id", "name", "kind", "parent"} {
		if _, ok := col[want]; !ok {
			return nil, nil, fmt.Errorf("%s:1: column %q missing", path, want)
		}
	}
	var units []unit
	index := map[string]int{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		u := unit{id: rec[col["id"]], name: rec[col["name"]], kind: rec[col["kind"]], parent: rec[col["parent"]]}
		if _, dup := index[u.id]; dup {
			line, _ := r.FieldPos(0)
			return nil, nil, fmt.Errorf("%s:%d: unit %q listed twice", path, line, u.id)
		}
		index[u.id] = len(units)
		units = append(units, u)
	}
	return units, index, shapeTree(path, units, index)
}

// shapeTree sets leaf, depth, siblings and levelUnits on every unit.
func shapeTree(path string, units []unit, index map[string]int) error {
	children := make([]int, len(units))
	for _, u := range units {
		if u.parent == "" {
			continue
		}
		p, ok := index[u.parent]
		if !ok {
			return fmt.Errorf("%s: unit %q: parent %q not found", path, u.id, u.parent)
		}
		children[p]++
	}
	type group struct {
		key  string
		leaf bool
	}
	type level struct {
		depth int
		leaf  bool
	}
	bySiblings := map[group]int{}
	byLevel := map[level]int{}
	for i := range units {
		u := &units[i]
		u.leaf = children[i] == 0
		for p, hops := u.parent, 0; p != ""; p = units[index[p]].parent {
			if hops++; hops > len(units) {
				return fmt.Errorf("%s: unit %q: the parent chain loops", path, u.id)
			}
			u.depth++
		}
		bySiblings[group{u.parent, u.leaf}]++
		byLevel[level{u.depth, u.leaf}]++
	}
	for i := range units {
		u := &units[i]
		u.siblings = bySiblings[group{u.parent, u.leaf}]
		u.levelUnits = byLevel[level{u.depth, u.leaf}]
	}
	return nil
}
