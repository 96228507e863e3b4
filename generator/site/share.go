package site

import (
	"cmp"
	"image/color"
	"regexp"
	"slices"
	"strconv"

	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/media"
)

// ShareView is what a shared link shows in Zalo, Facebook and the like
// (the Open Graph and Twitter card tags of _base.html): absolute URLs
// under baseURL.
type ShareView struct {
	// URL is the page's own address.
	URL string
	// Type is "article" for a story or news item, else "website".
	Type string
	// Image is a story's photo at media.ShareWidth, else the page's share
	// card (1200×630 PNG); ImageAlt describes it.
	Image                   string
	ImageWidth, ImageHeight int
	ImageAlt                string
}

// Which pages have a card of their own: the home page (the campaign's
// card, with the province's score), every unit with units under it (its
// score), every criterion (the share of teams meeting it) and every story
// or news item without a photo (its title); a story with a photo shares
// the photo. Every other page (teams, lists, leaderboards, deeds by
// month, the directory, bulletins) shares the campaign's card, its own
// title and description still in og:title and og:description. A card
// for each of the demo's 700 teams made a warm build read and write 14 MB
// more, a third of its time (bench/README.md, December 2026, issue 18).

// ShareCardsMax bounds the cards of their own a build draws. A country's
// 23,000 units above teams and 22,000 stories meant 23,132 cards, about
// four minutes of a cold build at 11 ms each (bench/README.md, issue 18).
// Past it, the pages nearest the root keep their cards (criteria and
// units by depth, shallow first; then stories and news, newest first);
// the others share the campaign's card. A province stays under it (the
// demo draws 151).
var ShareCardsMax = 2000

// storyCardRank ranks stories and news after every unit for a card.
const storyCardRank = 1 << 20

// capCards drops the cards of their own of the jobs past ShareCardsMax,
// in cardRank order, then job order.
func capCards(js []job) {
	var own []int
	for i := range js {
		if js[i].card != nil {
			own = append(own, i)
		}
	}
	if len(own) <= ShareCardsMax {
		return
	}
	slices.SortStableFunc(own, func(a, b int) int { return cmp.Compare(js[a].cardRank, js[b].cardRank) })
	for _, i := range own[max(ShareCardsMax, 0):] {
		js[i].card = nil
	}
}

// addShares gives every job's page its ShareView, and returns the cards
// the pages name, by published path.
func (m *model) addShares(js []job) map[string]*media.Card {
	cards := map[string]*media.Card{}
	home := m.homeCard()
	capCards(js)
	for i := range js {
		j := &js[i]
		view := ShareView{URL: m.u.Abs(j.rel), Type: "website"}
		if j.article != nil {
			view.Type = "article"
		}
		if pic := articlePicture(j.article); pic != nil {
			s := pic.Share()
			view.Image, view.ImageWidth, view.ImageHeight = m.u.Abs(s.Path), s.Width, s.Height
			view.ImageAlt = j.article.ImageAlt
		} else {
			card := j.card
			if card == nil {
				card = home
			}
			path := card.Path()
			cards[path] = card
			view.Image, view.ImageWidth, view.ImageHeight = m.u.Abs(path), media.CardWidth, media.CardHeight
		}
		make := j.make
		j.make = func() *Page {
			pg := make()
			v := view
			if v.ImageAlt == "" {
				v.ImageAlt = pg.Title
			}
			pg.Share = &v
			return pg
		}
	}
	return cards
}

// articlePicture is the photo of a story or news item p, nil when p is
// nil or has none.
func articlePicture(p *content.Page) *media.Picture {
	if p == nil {
		return nil
	}
	return p.Picture
}

// card is a share card of the site saying title and figure.
func (m *model) card(title, figure string) *media.Card {
	return &media.Card{Campaign: m.site.Campaign.Name, Title: title, Figure: figure, Site: m.site.Title,
		Colours: m.colours}
}

// homeCard is the campaign's card: the site's title and the province's
// score in the period shown first.
func (m *model) homeCard() *media.Card {
	return m.card(m.site.Title, m.scoreFigure(m.set.Units.Root))
}

// unitCard is the card of u, a unit with units under it: its name,
// where it is and its score; nil for a team (see "Which pages").
func (m *model) unitCard(u *data.Unit) *media.Card {
	if u.IsLeaf() {
		return nil
	}
	in := m.unitOf(u)
	title := in.name
	if in.context != "" {
		title += ", " + in.context
	}
	return m.card(title, m.scoreFigure(u))
}

// scoreFigure is u's score in the period shown first: "5,67/7 điểm ·
// Đợt 2"; "" before the campaign starts or when u has no result then.
func (m *model) scoreFigure(u *data.Unit) string {
	if m.current == nil {
		return ""
	}
	r := m.current.Of(u)
	if r == nil || r.Score == nil {
		return ""
	}
	return m.nums.score(r.Score) + "/" + m.maxScoreTxt + " điểm · " + m.current.Name
}

// criterionCard is criterion ci's card: its title and the share of the
// province's teams meeting it in the period shown first.
func (m *model) criterionCard(ci int) *media.Card {
	c := m.set.Criteria[ci]
	figure := ""
	if p := m.current; p != nil {
		if r := p.Of(m.set.Units.Root); r != nil && ci < len(r.Criteria) {
			cr := r.Criteria[ci]
			figure = progress("", "", "", cr).Share + " số tổ đạt (" + strconv.Itoa(cr.MetLeaves) + "/" +
				strconv.Itoa(cr.Leaves) + ") · " + p.Name
		}
	}
	return m.card(c.ID+". "+c.Short, figure)
}

// articleCard is the card of a story or news item without a photo: its
// title and date, and where a story happened.
func (m *model) articleCard(p *content.Page) *media.Card {
	if p.Picture != nil {
		return nil
	}
	figure := p.Date.VN()
	if u := m.set.Units.ByID[p.Unit]; u != nil && p.Section == content.Stories {
		figure += " · " + m.unitOf(u).name
	}
	return m.card(p.Title, figure)
}

// themeColour finds a colour variable of the theme's CSS ("--brand:#8b1a1a").
var themeColour = regexp.MustCompile(`--(bg|brand|ink|muted):\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b`)

// cardColours reads the card's colours from the site's CSS: the page's
// background (--bg), the brand colour (--brand) for the band, the
// campaign and the figure, the text's (--ink) and the muted text's
// (--muted); each one missing keeps the built-in theme's.
func cardColours(css []byte) media.CardColours {
	c := media.CardColours{Background: color.RGBA{255, 255, 255, 255}, Accent: color.RGBA{0x8b, 0x1a, 0x1a, 255},
		Ink: color.RGBA{0x1a, 0x1a, 0x1a, 255}, Muted: color.RGBA{0x4a, 0x4a, 0x4a, 255}}
	for _, m := range themeColour.FindAllSubmatch(css, -1) {
		h := string(m[2])
		if len(h) == 3 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		v, _ := strconv.ParseUint(h, 16, 32)
		col := color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
		switch string(m[1]) {
		case "bg":
			c.Background = col
		case "brand":
			c.Accent = col
		case "ink":
			c.Ink = col
		case "muted":
			c.Muted = col
		}
	}
	return c
}
