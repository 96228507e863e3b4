package site

import (
	"bytes"
	"image/png"
	"regexp"
	"slices"
	"strings"
	"testing"

	"phongtrao/generator/media"
	"phongtrao/generator/publish"
)

// ogRE finds a page's Open Graph and Twitter tags as minified HTML writes
// them (quotes kept: the minifier keeps them, KeepQuotes).
var ogRE = regexp.MustCompile(`<meta (?:property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)">`)

// TestDemoShareTags: every page of the demo has the Open Graph tags with
// absolute URLs under baseURL: og:url is the page's own address and
// og:image a file of the build, which is a 1200×630 PNG card under 150 KB
// (a story with a photo shares the photo instead: the demo has none).
func TestDemoShareTags(t *testing.T) {
	mem := buildDemo(t)
	const origin = "https://thidua.example.vn/" // the demo's baseURL
	kinds := map[string]int{}
	images := map[string]bool{}
	for _, rel := range mem.Paths() {
		if !strings.HasSuffix(rel, ".html") {
			continue
		}
		b, _ := mem.Get(rel)
		tags := map[string]string{}
		for _, m := range ogRE.FindAllSubmatch(b, -1) {
			tags[string(m[1])] = string(m[2])
		}
		// A page's own address: "x/index.html" is "x/".
		own := origin + strings.TrimSuffix(rel, "index.html")
		want := map[string]string{"og:url": own, "og:locale": "vi_VN", "twitter:card": "summary_large_image",
			"og:image:width": "1200", "og:image:height": "630"}
		for k, v := range want {
			if tags[k] != v {
				t.Errorf("%s: %s = %q, want %q", rel, k, tags[k], v)
			}
		}
		for _, k := range []string{"og:title", "og:description", "og:site_name", "og:image:alt"} {
			if tags[k] == "" {
				t.Errorf("%s: no %s", rel, k)
			}
		}
		img, ok := strings.CutPrefix(tags["og:image"], origin)
		if !ok {
			t.Errorf("%s: og:image %q is not under %s", rel, tags["og:image"], origin)
			continue
		}
		images[img] = true
		kinds[tags["og:type"]]++
	}
	// The demo's 30 stories and 5 news items are articles; its 1,392
	// other pages are not (a count that changes with the demo: the test
	// wants both kinds, not the numbers).
	if kinds["article"] < 30 || kinds["website"] < 1000 {
		t.Errorf("og:type counts %v, want ≥ 30 article and ≥ 1,000 website", kinds)
	}
	for rel := range images {
		checkCard(t, mem, rel)
	}
	t.Logf("%d pages share %d cards", kinds["article"]+kinds["website"], len(images))
}

// checkCard checks that rel is a file of the build: a 1200×630 PNG under
// 150 KB.
func checkCard(t *testing.T, mem *publish.Memory, rel string) {
	t.Helper()
	b, ok := mem.Get(rel)
	if !ok {
		t.Errorf("og:image %s is not in the build", rel)
		return
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != media.CardWidth || cfg.Height != media.CardHeight || len(b) > 150<<10 {
		t.Errorf("card %s: %d×%d, %d bytes (%v); want a 1200×630 PNG under 150 KB", rel, cfg.Width, cfg.Height, len(b), err)
	}
	if _, err := png.Decode(bytes.NewReader(b)); err != nil {
		t.Errorf("card %s does not decode: %v", rel, err)
	}
}

// TestCardFontCoversDemo: the card fonts draw every character of every
// card of the demo and of every page title (a page without a card of its
// own names its title in og:title beside the campaign's card; a title
// may become a card's when its page gets one).
func TestCardFontCoversDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("demo build skipped in -short mode")
	}
	p, err := Prepare(loadSite(t, "../.."), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, c := range p.cards {
		all.WriteString(c.Campaign + c.Title + c.Figure + c.Site)
	}
	for _, j := range p.jobs {
		all.WriteString(j.make().Title)
	}
	missing, err := media.MissingGlyphs(all.String())
	if err != nil || len(missing) != 0 {
		t.Errorf("the card fonts lack %q (%v)", string(missing), err)
	}
	if len(p.cards) < 100 {
		t.Errorf("%d cards, want one for each of the demo's districts and communes, criteria and stories at least", len(p.cards))
	}
}

// TestCapCards: past ShareCardsMax, the jobs nearest the root keep their
// cards. Five jobs with cards, ranks 3, 0, 1, storyCardRank, 1 (in job
// order) and a cap of 3: ranks 0 and 1 (jobs 1, 2 and 4) keep theirs;
// job 0 (rank 3) and the story (job 3) share the campaign's card; job 5
// had none.
func TestCapCards(t *testing.T) {
	defer func(n int) { ShareCardsMax = n }(ShareCardsMax)
	ShareCardsMax = 3
	c := &media.Card{}
	js := []job{{card: c, cardRank: 3}, {card: c}, {card: c, cardRank: 1}, {card: c, cardRank: storyCardRank}, {card: c, cardRank: 1}, {}}
	capCards(js)
	var kept []int
	for i, j := range js {
		if j.card != nil {
			kept = append(kept, i)
		}
	}
	if !slices.Equal(kept, []int{1, 2, 4}) {
		t.Errorf("jobs with cards %v, want [1 2 4]", kept)
	}
}
