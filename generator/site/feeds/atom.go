package feeds

import (
	"bytes"
	"encoding/xml"

	"phongtrao/generator/calendar"
)

// AtomEntries is how many entries, the newest, a feed holds.
const AtomEntries = 20

// Feed is an Atom feed: a list's title, its absolute URL and its own
// (Self), the site as author, and its entries, newest first.
type Feed struct {
	Title, URL, Self, Author string
	// Updated is the newest entry's date, or the campaign's start when
	// the list is empty: feeds take dates from the content, never from
	// the clock.
	Updated calendar.Date
	Entries []Entry
}

// Entry is one item of a feed: its absolute URL, its date, a summary and
// its body as HTML.
type Entry struct {
	Title, URL string
	Date       calendar.Date
	Summary    string
	HTML       string
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	Title   string    `xml:"title"`
	ID      string    `xml:"id"`
	Link    atomLink  `xml:"link"`
	Updated string    `xml:"updated"`
	Summary string    `xml:"summary,omitempty"`
	Content *atomText `xml:"content"`
}

// atomTime is midnight of d in Vietnam's time zone.
func atomTime(d calendar.Date) string { return d.String() + "T00:00:00+07:00" }

// Atom returns f as an Atom document in Vietnamese, indented by one space.
func Atom(f Feed) ([]byte, error) {
	a := atomFeed{Lang: "vi", Title: f.Title, ID: f.URL, Updated: atomTime(f.Updated),
		Links:  []atomLink{{Href: f.URL}, {Href: f.Self, Rel: "self"}},
		Author: atomAuthor{Name: f.Author}}
	for _, e := range f.Entries {
		a.Entries = append(a.Entries, atomEntry{Title: e.Title, ID: e.URL, Link: atomLink{Href: e.URL}, Updated: atomTime(e.Date),
			Summary: e.Summary, Content: &atomText{Type: "html", Body: e.HTML}})
	}
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", " ")
	if err := enc.Encode(a); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}
