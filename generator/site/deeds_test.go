package site

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/publish"
	"phongtrao/generator/results"
	"phongtrao/generator/site/urls"
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
	day := func() calendar.Date { // 1/8/2024 to 23/9/2025, a bit past the deeds at both ends
		return calendar.Date{Year: 2024, Month: 8, Day: 1}.AddDays(r.IntN(420))
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
	team := unitAt(in, 0, 0, 0)
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
		for _, v := range b.topDeeds(deeds, n, in.Data.Units.Root, b.m.parentOf) {
			got = append(got, v.Title)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, n %d: %v, want %v", round, n, got, want)
		}
	}
}

// TestBulletinMissing: a team's missed criteria in a bulletin, from the
// table of every combination, are the ids of the criteria it misses
// joined by ", ", for 3 criteria (table) and 12 (past missingTexts, made
// each time), with random results.
func TestBulletinMissing(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{3, 12} {
		in := synthetic(1, 1, 1, 0, 0)
		m, err := newModel(in, assets{}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		m.set.Criteria = nil
		for i := range n {
			m.set.Criteria = append(m.set.Criteria, &data.Criterion{ID: "4." + itoa(i+1)})
		}
		b := m.newBulletins()
		for range 100 {
			k := &results.UnitResult{Criteria: make([]results.CriterionResult, n)}
			var ids []string
			met := 0
			for ci := range n {
				if k.Criteria[ci].Met = r.IntN(2) == 0; k.Criteria[ci].Met {
					met++
				} else {
					ids = append(ids, "4."+itoa(ci+1))
				}
			}
			gotMet, got := b.m.missing(k)
			if want := strings.Join(ids, ", "); gotMet != met || got != want {
				t.Fatalf("%d criteria: missing = %d, %q; want %d, %q", n, gotMet, got, met, want)
			}
		}
	}
}

// TestDeedListCapped: with DeedListMax at 10, every month's and kind's
// list of more than 10 deeds has one page showing its 10 newest deeds
// and a note naming both counts; shorter lists are whole and have no
// note. synthetic(2, 2, 3, 4, 0) has 48 deeds, so at least one list (the
// largest kind) is over 10.
func TestDeedListCapped(t *testing.T) {
	defer func(v int) { DeedListMax = v }(DeedListMax)
	DeedListMax = 10
	in := synthetic(2, 2, 3, 4, 0)
	m, err := newModel(in, assets{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := publish.NewMemory()
	if err := Build(in, out, Options{}); err != nil {
		t.Fatal(err)
	}
	lists := map[string][]*shownDeed{}
	for mo, ds := range m.deedsByMonth {
		lists[urls.Month(mo)] = ds
	}
	for k, ds := range m.deedsByKind {
		if len(ds) > 0 {
			lists[urls.Kind(k)] = ds
		}
	}
	capped := 0
	for rel, ds := range lists {
		page := text(get(t, out, "/"+rel))
		note := "Danh sách chỉ hiện 10 mục mới nhất trong " + itoa(len(ds))
		if len(ds) > 10 {
			capped++
			if !strings.Contains(page, note) {
				t.Errorf("%s: %d deeds, no note %q", rel, len(ds), note)
			}
			// The 10th newest is listed, the 11th is not.
			if tenth, eleventh := m.deedView(ds[9]).Title, m.deedView(ds[10]).Title; tenth != eleventh &&
				(!strings.Contains(page, tenth) || strings.Contains(page, eleventh)) {
				t.Errorf("%s: the 10th newest deed (%q) not listed or the 11th (%q) listed", rel, tenth, eleventh)
			}
		} else if strings.Contains(page, "Danh sách chỉ hiện") {
			t.Errorf("%s: %d deeds, whole, but has the note", rel, len(ds))
		}
		if _, ok := out.Get(urls.Paged(rel, 2)); ok {
			t.Errorf("%s: a second page", rel)
		}
	}
	if capped == 0 {
		t.Fatal("no list over 10 deeds: the test checks nothing")
	}
}
