package content

import (
	"html/template"

	"phongtrao/generator/calendar"
	"phongtrao/generator/diag"
	"phongtrao/generator/media"
	"phongtrao/generator/privacy"
)

// Sections of the content folder, as found in Page.Section.
const (
	// Stories is content/stories/: "Người tốt, việc tốt" stories.
	Stories = "stories"
	// News is content/news/: news items (Tin tức).
	News = "news"
	// Reports is content/bao-cao/<period>/<unit>.md: the prose of a unit's
	// phase report (báo cáo sơ kết, tổng kết), which the site checks and
	// places (a file with no such report is an error there).
	Reports = "bao-cao"
	// Free is every other page (Giới thiệu, ...): the empty section.
	Free = ""
)

// Page is one Markdown file once read, checked and rendered.
type Page struct {
	// Section is Stories, News, Reports or Free ("").
	Section string
	// Path is the file's path relative to the source folder, with forward
	// slashes, e.g. "content/stories/cuu-hoa.md".
	Path string
	// Slug is the last URL segment: the file name without ".md", or, on a
	// free page, the front matter key slug when given. Always [a-z0-9-]+.
	Slug string
	// Title is the front matter title (required everywhere).
	Title string
	// Date is the front matter date (required on stories and news, zero on
	// free pages).
	Date calendar.Date
	// Unit is the id of the unit a story is about (stories only).
	Unit string
	// People are the names a story honours, in the order written.
	People []string
	// Criterion is the id of the criterion a story illustrates, or "".
	Criterion string
	// Summary is the front matter summary, else the plain text of the body's
	// first paragraph cut at about 200 characters on a word boundary.
	Summary string
	// Image is the front matter image path (inside the site), or "".
	Image string
	// ImageAlt is the image's text alternative for screen readers.
	ImageAlt string
	// Picture is Image published through the site's photo pipeline (a
	// JPEG, PNG or WebP; see ParseWith), nil otherwise.
	Picture *media.Picture
	// Tags are the front matter tags, in the order written.
	Tags []string
	// Draft pages are loaded and checked like the others; the site leaves
	// them out.
	Draft bool
	// Weight orders free pages (lower first); 0 when not given.
	Weight int
	// Menu reports whether a free page is listed in the header navigation.
	Menu bool
	// Consent is true when the officer confirms that the people a story
	// names or shows agreed to it (front matter consent = true).
	Consent bool
	// Allow lists the values that look like personal data which the page
	// publishes on purpose (a public hotline), and AllowReason says why.
	Allow       []string
	AllowReason string
	// HTML is the Markdown after the front matter, rendered (raw HTML in
	// the source comes out escaped). The Markdown itself is not kept: no
	// page reads it after rendering, and at national scale every story's
	// source would stay in memory while the pages render.
	HTML template.HTML
	// Headings are the body's headings in document order, with their ids.
	Headings []Heading
	// Pos is the file's first line.
	Pos diag.Pos

	keys []keyLine // the front matter keys, each where first set
	// privacy is what looks like personal data and the page does not
	// allow, reported by Check unless the site allows it (Known.Allow).
	privacy []privacyFinding
}

// keyLine is the line of the file where a front matter key is set.
type keyLine struct {
	key  string
	line int
}

// PosOf returns the position of the front matter line that sets key, or the
// page's first line when the key is absent. Later stages use it to report
// problems with a value (a story's unit that is not a team, ...) where the
// author wrote it.
func (p *Page) PosOf(key string) diag.Pos {
	for _, k := range p.keys {
		if k.key == key {
			return diag.Pos{File: p.Path, Line: k.line}
		}
	}
	return p.Pos
}

// hasKey reports whether the front matter sets key.
func (p *Page) hasKey(key string) bool {
	for _, k := range p.keys {
		if k.key == key {
			return true
		}
	}
	return false
}

// Heading is one heading of a page body.
type Heading struct {
	// Level is 1 for "#", up to 6.
	Level int
	// ID is the element id: the diacritic-free slug of Text, unique within
	// the page ("-1", "-2", ... added to repeats).
	ID string
	// Text is the heading's plain text.
	Text string
}

// Known is what the content is checked against: the ids defined by the data.
// A nil field skips its check.
type Known struct {
	// Unit reports whether id names an administrative unit (any level).
	Unit func(id string) bool
	// Criteria holds the criterion ids ("4.1", ...).
	Criteria map[string]bool
	// CriteriaCause and UnitCause name the causes (diag.List.AddAfter) an
	// unknown criterion or unit follows from when its file is broken;
	// empty or nil for none.
	CriteriaCause string
	UnitCause     func(id string) string
	// Start and End bound the campaign; a story dated outside them is an
	// error. Both zero skips the check.
	Start, End calendar.Date
	// ConsentOptional turns off the rule that a story naming people or
	// showing a photo needs consent = true (site.toml's [privacy]
	// consent_required = false).
	ConsentOptional bool
	// Allow holds what every page may publish without listing it in its
	// own allow: the publisher's public contact data
	// (config.Site.PublicContact).
	Allow privacy.Allow
}

// unitCause is the cause an unknown unit id follows from ("" for none).
func (k Known) unitCause(id string) string {
	if k.UnitCause == nil {
		return ""
	}
	return k.UnitCause(id)
}
