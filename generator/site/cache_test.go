package site

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/data"
	"phongtrao/generator/decimal"
	"phongtrao/generator/diag"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/vn"
)

// TestNumTextsMatchFormatting: a remembered text is the text made afresh,
// for every kind, on a second lookup as on the first, and past the
// cache's bound.
func TestNumTextsMatchFormatting(t *testing.T) {
	var c numTexts
	one := int64(decimal.Scale)
	cases := []struct {
		kind numKind
		n, d int64
		want string // worked out by hand
	}{
		{numScore, 7, 2, "3,50"}, // two decimals always (ScoreDecimals)
		{numScore, 5, 1, "5,00"},
		{numScore, 2, 3, "0,67"},
		{numPercent, 1, 3, "33,3%"},
		{numPercent, 9995, 10000, "99,9%"}, // 99,95% is not yet 100%
		{numPercent, 8 * one, 10 * one, "80%"},
		{numFraction, 8 * one, 10 * one, "8/10"},
		{numFraction, 2500 * one, one / 2, "2.500/0,5"},
		{numMonths, 11 * one, 12 * one, "11/12 tháng"},
	}
	for round := range 2 {
		for _, tc := range cases {
			if got := c.text(tc.kind, tc.n, tc.d); got != tc.want {
				t.Errorf("round %d: text(%d, %d, %d) = %q, want %q", round, tc.kind, tc.n, tc.d, got, tc.want)
			}
		}
	}
	if got, want := c.score(big.NewRat(7, 2)), scoreText(big.NewRat(7, 2)); got != want || got != "3,50" {
		t.Errorf("score(7/2) = %q, scoreText %q, want 3,50", got, want)
	}
	if got := c.share(nil); got != "–" {
		t.Errorf("share(nil) = %q, want –", got)
	}
	// (2^70+1)/2^70 does not fit int64: formatted without the cache, as
	// the float 1, written "1,00".
	huge := new(big.Rat).SetFrac(new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), 70), big.NewInt(1)), new(big.Int).Lsh(big.NewInt(1), 70))
	if got := c.score(huge); got != "1,00" {
		t.Errorf("score((2^70+1)/2^70) = %q, want 1,00", got)
	}
	for _, d := range []decimal.D{decimal.FromInt(7), decimal.FromInt(123456), 3_500_000, -2_250_000} {
		if got, want := c.decimal(d), vn.FormatD(d, 2); got != want {
			t.Errorf("decimal(%v) = %q, vn.FormatD %q", d, got, want)
		}
	}
	if p, f := c.ratio(8*one, 10*one); p != "80%" || f != "8/10" {
		t.Errorf("ratio(8, 10) = %q, %q", p, f)
	}
	c.m = map[numKey]numText{}
	for i := range maxNumTexts + 10 {
		c.text(numScore, int64(1000+i), 1) // past the tables of small fractions
	}
	if len(c.m) != maxNumTexts {
		t.Errorf("cache holds %d texts, want at most %d", len(c.m), maxNumTexts)
	}
	if got := c.text(numScore, 1000+maxNumTexts+5, 1); got != vn.FormatInt(1000+maxNumTexts+5)+",00" {
		t.Errorf("past the bound: %q", got)
	}
}

// TestDecimalText: the table of small integers gives vn.FormatD's text,
// and other values go to vn.FormatD.
func TestDecimalText(t *testing.T) {
	for _, d := range []decimal.D{0, decimal.FromInt(1), decimal.FromInt(999), decimal.FromInt(1023),
		decimal.FromInt(1024), decimal.FromInt(12345), decimal.D(1_500_000), decimal.FromInt(-3), decimal.D(-1)} {
		if got, want := decimalText(d), vn.FormatD(d, 2); got != want {
			t.Errorf("decimalText(%v) = %q, vn.FormatD %q", d, got, want)
		}
	}
	if got := decimalText(decimal.FromInt(1000)); got != "1.000" {
		t.Errorf("decimalText(1000) = %q, want 1.000", got)
	}
}

// TestInsertNewestIsStableSort: the ten newest deeds picked team by team
// are the first ten of a stable sort of all of them, with many deeds on
// the same day and some at the same position, so that ties must keep the
// order the teams come in.
func TestInsertNewestIsStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		var lists [][]*shownDeed
		var all []*shownDeed
		for range r.IntN(8) {
			var l []*shownDeed
			for range r.IntN(15) {
				d := &shownDeed{Deed: &data.Deed{Date: calendar.Date{Year: 2025, Month: time.Month(1 + r.IntN(2)), Day: 1 + r.IntN(3)},
					Pos: diag.Pos{File: "data/deeds.csv", Line: r.IntN(5)}}}
				l = append(l, d)
			}
			sort.SliceStable(l, func(i, j int) bool { return deedBefore(l[i], l[j]) })
			lists = append(lists, l)
			all = append(all, l...)
		}
		sort.SliceStable(all, func(i, j int) bool { return deedBefore(all[i], all[j]) })
		want := all[:min(latestDeeds, len(all))]
		var top []*shownDeed
		for _, l := range lists {
			top = insertNewest(top, l)
		}
		if !slices.Equal(top, want) {
			t.Fatalf("round %d: insertNewest picked %v, stable sort %v", round, top, want)
		}
	}
}

// TestUnitInfoMatchesUnit: every unit's remembered name, bare name, URL, context,
// leaf count and crumbs are what fullName, bareName, context, Leaves and Ancestors
// give, on a synthetic province and on a unit outside the tree.
func TestUnitInfoMatchesUnit(t *testing.T) {
	in := synthetic(2, 3, 4, 0, 0)
	m, err := newModel(in, assets{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stray := &data.Unit{ID: "le", Name: "Lẻ", Kind: "Thôn", Parent: in.Data.Units.Root.Children[1].Children[2], Depth: 3}
	for _, u := range append(slices.Clone(in.Data.Units.All), stray) {
		info := m.unitOf(u)
		if info.name != fullName(u) || info.bare != bareName(u) || info.url != m.u.Path(urls.Unit(u.ID)) || info.context != context(u) || info.leaves != len(u.Leaves()) {
			t.Errorf("%s: %+v; want %q %q %q %d", u.ID, *info, fullName(u), m.u.Path(urls.Unit(u.ID)), context(u), len(u.Leaves()))
		}
		var want []Link
		for _, a := range u.Ancestors() {
			want = append(want, Link{URL: m.u.Path(urls.Unit(a.ID)), Text: fullName(a)})
		}
		if got := m.unitCrumbs(u); !slices.Equal(got, want) || cap(got) != len(got) {
			t.Errorf("%s: crumbs %v (cap %d), want %v", u.ID, got, cap(got), want)
		}
	}
	// A team two levels down: its commune's and its district's names
	// ("Xã Tân Lập, Huyện Đắk Mil").
	team := in.Data.Units.Root.Children[1].Children[2].Children[0]
	if got, want := m.unitContext(team), team.Parent.Name+", "+team.Parent.Parent.Name; got != want {
		t.Errorf("context of %s = %q, want %q", team.ID, got, want)
	}
}

// TestUnitPageRowsReused: unit pages rendered one after another reuse the
// scorecard rows of the page before; each must still come out as it does
// alone, from a fresh plan, whatever page came before it (a team after a
// district, the province after a team).
func TestUnitPageRowsReused(t *testing.T) {
	in := loadSite(t, fixture)
	rels := []string{"don-vi/tinh.html"}
	for _, u := range in.Data.Units.All {
		rels = append(rels, urls.File(urls.Unit(u.ID)))
	}
	rels = append(rels, "don-vi/tinh.html")
	p, err := Prepare(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, rel := range rels {
		got, ok, err := p.Render(rel)
		if err != nil || !ok {
			t.Fatalf("%s: %v %v", rel, ok, err)
		}
		fresh, err := Prepare(in, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, _, _ := fresh.Render(rel)
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs after other unit pages:\n%s", rel, firstDiff(got, want))
		}
	}
}

// TestCmpQuoMatchesBigRat: a team's month figure meets its target when
// n/d compared with the target holds; the integer comparison must agree
// with exact fractions, also for negative values and products past int64.
func TestCmpQuoMatchesBigRat(t *testing.T) {
	one := int64(decimal.Scale)
	cases := [][3]int64{{8 * one, 10 * one, 800_000}, {7 * one, 10 * one, 800_000}, {9 * one, 10 * one, 800_000},
		{1, 3, 333_333}, {-1, 3, -333_333}, {1, -3, -333_334}, {1 << 62, 3, 1 << 62}, {-(1 << 62), 1 << 40, -(1 << 61)}}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		d := r.Int64N(1<<50) - 1<<49
		if d == 0 {
			d = 1
		}
		cases = append(cases, [3]int64{r.Int64N(1<<62) - 1<<61, d, r.Int64N(1<<62) - 1<<61},
			[3]int64{r.Int64N(50) * one, r.Int64N(50)*one + one, r.Int64N(2 * one)})
	}
	for _, c := range cases {
		want := new(big.Rat).SetFrac64(c[0], c[1]).Cmp(big.NewRat(c[2], decimal.Scale))
		if got := cmpQuo(decimal.D(c[0]), decimal.D(c[1]), decimal.D(c[2])); got != want {
			t.Fatalf("cmpQuo(%d, %d, %d) = %d, big.Rat gives %d", c[0], c[1], c[2], got, want)
		}
	}
	// 8/10 against ≥ 0,8 holds, 7/10 does not; = holds only on equality.
	if !holds(">=", cmpQuo(decimal.FromInt(8), decimal.FromInt(10), 800_000)) || holds(">=", cmpQuo(decimal.FromInt(7), decimal.FromInt(10), 800_000)) {
		t.Error(">= 0,8 misjudged")
	}
	if holds("==", 1) || !holds("==", 0) || !holds("<", -1) || holds(">", 0) || !holds("<=", 0) {
		t.Error("holds misreads an operator")
	}
}

// TestAggregateDeedsMatchSorting: a larger unit's deed total, months and
// ten newest, built from its children's summaries, are what gathering
// its teams' deeds and sorting them (stably) gives. The deeds have no
// file position and fall on three days, so ties are everywhere and only
// the teams' order decides among them.
func TestAggregateDeedsMatchSorting(t *testing.T) {
	in := synthetic(2, 3, 4, 7, 0)
	for i := range in.Data.Deeds {
		in.Data.Deeds[i].Date = calendar.Date{Year: 2024, Month: time.Month(9 + i%2), Day: 1 + i%5/4}
	}
	m, err := newModel(in, assets{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	stray := &data.Unit{ID: "xa-le", Name: "Lẻ", Kind: "Xã", Children: in.Data.Units.Root.Children[0].Children[0].Children}
	checked := 0
	for _, u := range append(slices.Clone(in.Data.Units.All), stray) {
		if u.IsLeaf() {
			continue
		}
		var all []*shownDeed
		for _, l := range u.Leaves() {
			all = append(all, m.deedsByLeaf[l.ID]...)
		}
		sort.SliceStable(all, func(i, j int) bool { return deedBefore(all[i], all[j]) })
		var want UnitView
		want.DeedTotal = len(all)
		for _, d := range all {
			mo := d.Date.MonthOf()
			if n := len(want.DeedMonths); n == 0 || want.DeedMonths[n-1].Month != mo {
				want.DeedMonths = append(want.DeedMonths, DeedMonth{Month: mo, URL: m.u.Path(urls.Month(mo))})
			}
			want.DeedMonths[len(want.DeedMonths)-1].Count++
		}
		for i := 0; i < len(all) && i < 10; i++ {
			want.LatestDeeds = append(want.LatestDeeds, m.deedView(all[i]))
		}
		var got UnitView
		m.aggregateDeeds(u, &got)
		if got.DeedTotal != want.DeedTotal || !slices.EqualFunc(got.DeedMonths, want.DeedMonths, func(a, b DeedMonth) bool {
			return a.Month == b.Month && a.Count == b.Count && a.URL == b.URL
		}) || !slices.Equal(got.LatestDeeds, want.LatestDeeds) {
			t.Errorf("%s: got %d deeds %v, newest %v; want %d %v, %v", u.ID, got.DeedTotal, got.DeedMonths, got.LatestDeeds,
				want.DeedTotal, want.DeedMonths, want.LatestDeeds)
		}
		checked++
	}
	// 1 province, 2 districts, 6 communes and the stray commune.
	if checked != 10 {
		t.Errorf("checked %d larger units, want 10", checked)
	}
}

// TestSmallNumTables: every text the tables of small fractions hold, and
// those just past their bounds, is the text made afresh; and the tables
// answer exactly for the fractions they claim.
func TestSmallNumTables(t *testing.T) {
	const s = decimal.Scale
	count := 0
	for _, kind := range []numKind{numScore, numPercent} {
		for d := int64(-1); d <= smallDen+1; d++ {
			for n := int64(-1); n <= smallDen*max(d, 1)+1; n++ {
				got, ok := smallNum(kind, n, d)
				if in := d >= 1 && d <= smallDen && n >= 0 && n <= smallDen*d; ok != in {
					t.Fatalf("smallNum(%d, %d, %d): held %v, want %v", kind, n, d, ok, in)
				}
				if ok {
					count++
					if want := makeNumText(kind, n, d); got != want {
						t.Fatalf("smallNum(%d, %d, %d) = %q, want %q", kind, n, d, got, want)
					}
				}
			}
		}
	}
	for _, kind := range []numKind{numMonths, numRatio} {
		for d := int64(0); d <= smallWhole+1; d++ {
			for n := int64(0); n <= d+1; n++ {
				for _, off := range []int64{0, 1, -1} { // whole numbers only
					got, ok := smallNum(kind, n*s+off, d*s)
					if in := off == 0 && d >= 1 && d <= smallWhole && n <= d; ok != in {
						t.Fatalf("smallNum(%d, %d, %d): held %v, want %v", kind, n*s+off, d*s, ok, in)
					}
					if ok {
						count++
						if want := makeNumText(kind, n*s, d*s); got != want {
							t.Fatalf("smallNum(%d, %d/%d) = %q, want %q", kind, n, d, got, want)
						}
					}
				}
			}
		}
	}
	// Rat tables: 2 kinds × Σ d=1..16 of (16d + 1) = 2 × (16·136 + 16) =
	// 4,384; whole tables: 2 kinds × Σ D=1..64 of (D + 1) = 2 × 2,144 = 4,288.
	if count != 4384+4288 {
		t.Errorf("tables hold %d texts, want 8,672", count)
	}
	if p, f := new(numTexts).ratio(8*s, 10*s); p != "80%" || f != "8/10" {
		t.Errorf("ratio(8, 10) from the table = %q, %q", p, f)
	}
}

// TestUnitInfoByPlace: for units as data.Load makes them, each unit's
// entry is found by its place in Units.All, the map for units linked by
// hand stays empty, and every entry is the unit's own.
func TestUnitInfoByPlace(t *testing.T) {
	in := loadSite(t, fixture)
	m, err := newModel(in, assets{}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.unitIdx) != 0 {
		t.Errorf("%d loaded units found through the map, want none", len(m.unitIdx))
	}
	for _, u := range in.Data.Units.All {
		if _, ok := m.infoIndex(u); !ok {
			t.Fatalf("%s has no entry", u.ID)
		}
		if in := m.unitOf(u); in.name != fullName(u) || in.url != m.u.Path(urls.Unit(u.ID)) || in.context != context(u) {
			t.Errorf("%s: entry %q %q %q, want %q %q %q", u.ID, in.name, in.url, in.context, fullName(u), m.u.Path(urls.Unit(u.ID)), context(u))
		}
	}
	// A unit linked by hand (Index 0, not All[0]) has no entry.
	if _, ok := m.infoIndex(&data.Unit{ID: "le"}); ok {
		t.Error("a unit outside the tree has an entry")
	}
}
