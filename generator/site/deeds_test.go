package site

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
)

// TestShownDeeds: the shown deeds point into the data's deeds (no copy),
// newest first, and each one's view, made once, is the view made afresh.
func TestShownDeeds(t *testing.T) {
	in := synthetic(2, 2, 3, 4, 0)
	m, err := newModel(in, assets{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// 2 × 2 × 3 teams × 4 deeds, every one inside the campaign.
	if len(m.deeds) != 48 {
		t.Fatalf("%d shown deeds, want 48", len(m.deeds))
	}
	for i, d := range m.deeds {
		if i > 0 && deedBefore(d, m.deeds[i-1]) {
			t.Errorf("deed %d comes before deed %d", i, i-1)
		}
		first, again := m.deedView(d), m.deedView(d)
		if want := m.newDeedView(d.Deed); first != want || again != want {
			t.Errorf("deed %d: view %+v then %+v, want %+v", i, first, again, want)
		}
	}
	inData := 0
	for i := range in.Data.Deeds {
		for _, d := range m.deeds {
			if d.Deed == &in.Data.Deeds[i] {
				inData++
			}
		}
	}
	if inData != 48 {
		t.Errorf("%d shown deeds point into the data's deeds, want 48", inData)
	}
}

// TestDeedsUnderIsFilter: a bulletin's deeds in a window are those a
// filter of all the deeds under the unit keeps, in the same order, for
// random windows (some empty, some past either end).
func TestDeedsUnderIsFilter(t *testing.T) {
	in := synthetic(2, 2, 3, 9, 0)
	m, err := newModel(in, assets{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := m.newBulletins()
	r := rand.New(rand.NewPCG(5, 6))
	day := func() calendar.Date { // September 2024 to January 2025, a bit past the deeds
		return calendar.Date{Year: 2024, Month: time.Month(8 + r.IntN(5)), Day: 1 + r.IntN(28)}
	}
	nonEmpty := 0
	for range 200 {
		start, end := day(), day()
		for _, u := range b.phaseUnits {
			var want []*shownDeed
			for _, d := range b.deeds[u] {
				if !d.Date.Before(start) && !d.Date.After(end) {
					want = append(want, d)
				}
			}
			got := b.deedsUnder(u, start, end)
			if !slices.Equal(got, want) {
				t.Fatalf("%s from %v to %v: %d deeds, want %d", u.ID, start, end, len(got), len(want))
			}
			if len(got) > 0 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < 100 {
		t.Errorf("only %d windows held deeds: the test proves little", nonEmpty)
	}
}

// TestTopDeedsRankByRank: topDeeds gives what taking the deeds rank by
// rank (commendations, praise, models, good deeds, then unknown kinds),
// each rank in order, gives: on random kinds, for n from 0 to 12.
func TestTopDeedsRankByRank(t *testing.T) {
	in := synthetic(1, 1, 1, 0, 0)
	m, err := newModel(in, assets{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := m.newBulletins()
	team := in.Data.Units.ByID["thon-0-0-0"]
	kinds := []string{"khen-thuong", "bieu-duong", "mo-hinh", "viec-tot", "khac"}
	r := rand.New(rand.NewPCG(7, 8))
	for round := range 300 {
		var deeds []*shownDeed
		for i := range r.IntN(20) {
			deeds = append(deeds, &shownDeed{Deed: &data.Deed{Unit: team.ID, Kind: kinds[r.IntN(len(kinds))], Title: itoa(i)}})
		}
		n := r.IntN(13)
		var want []string // titles, rank by rank
		for _, k := range kinds {
			for _, d := range deeds {
				if d.Kind == k && len(want) < n {
					want = append(want, d.Title)
				}
			}
		}
		var got []string
		for _, v := range b.topDeeds(deeds, n, in.Data.Units.Root) {
			got = append(got, v.Title)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, n %d: %v, want %v", round, n, got, want)
		}
	}
}
