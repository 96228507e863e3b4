package results

import (
	"testing"
)

// TestTreeOn: the tree of one day, on reformSet (xa-1, xa-2, xa-3 into
// xa-moi and both districts into tinh on 01/07/2025). On 30/06/2025
// nothing has ceased: t1 is under xa-1, xa-1 under huyen-a, and xa-moi,
// with no team under it yet, does not live. On 01/07/2025 t1 and t4 are
// under xa-moi, xa-4 under tinh, and huyen-a and xa-1 no longer live.
// Without successions, the tree of any day is units.csv's.
func TestTreeOn(t *testing.T) {
	set, s := reformSet(t)
	r := run(t, set, "2025-08-19", WithSuccessions(s...))
	u := set.Units.ByID
	id := func(tr *Tree, name string) string {
		if p := tr.Parent(u[name]); p != nil {
			return p.ID
		}
		return ""
	}
	before, after := r.TreeOn(day(t, "2025-06-30")), r.TreeOn(day(t, "2025-07-01"))
	for _, c := range []struct {
		tree             *Tree
		t1, t4, xa4, xa1 string
		lives            [3]bool // huyen-a, xa-1, xa-moi
	}{
		{before, "xa-1", "xa-3", "huyen-b", "huyen-a", [3]bool{true, true, false}},
		{after, "xa-moi", "xa-moi", "tinh", "", [3]bool{false, false, true}},
	} {
		got := [4]string{id(c.tree, "t1"), id(c.tree, "t4"), id(c.tree, "xa-4"), id(c.tree, "xa-1")}
		lives := [3]bool{c.tree.Lives(u["huyen-a"]), c.tree.Lives(u["xa-1"]), c.tree.Lives(u["xa-moi"])}
		if got != [4]string{c.t1, c.t4, c.xa4, c.xa1} || lives != c.lives {
			t.Errorf("parents %v, lives %v; want %v, %v", got, lives, [4]string{c.t1, c.t4, c.xa4, c.xa1}, c.lives)
		}
	}
	plain := run(t, set, "2025-08-19").TreeOn(day(t, "2025-07-01"))
	if id(plain, "t1") != "xa-1" || !plain.Lives(u["xa-1"]) {
		t.Errorf("without successions: t1 under %q, xa-1 lives %v; want xa-1, true", id(plain, "t1"), plain.Lives(u["xa-1"]))
	}
}
