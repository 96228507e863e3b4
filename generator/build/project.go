package build

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/content"
	"phongtrao/generator/data"
	"phongtrao/generator/diag"
	"phongtrao/generator/media"
	"phongtrao/generator/parallel"
	"phongtrao/generator/render"
	"phongtrao/generator/site"
	"phongtrao/generator/site/urls"
	"phongtrao/generator/sourcefs"
	"phongtrao/generator/theme"
)

// Options are what the build and check commands take from their flags.
type Options struct {
	// Source is the site's folder (site.toml, data/, content/, layouts/, static/).
	Source string
	// Out is the output folder; empty means "public" under Source.
	Out string
	// AsOf is the --asof flag, empty when not given.
	AsOf string
	// Now is the clock for the last-resort reference date; zero means time.Now.
	Now time.Time
	// Log receives progress lines; nil discards them.
	Log func(format string, args ...any)
	// Force lets the build replace an output folder outside the source
	// that holds files it did not write (see publish.CheckTarget).
	Force bool
}

// Project is a site's source once loaded and validated.
type Project struct {
	Source string
	FS     fs.FS
	Site   *config.Site
	Data   *data.Set
	AsOf   calendar.Date
	// AsOfFrom says where AsOf came from ("--asof", "site.toml", ...).
	AsOfFrom string
	// Pages are content/**/*.md, drafts included (the site leaves them out).
	Pages []*content.Page
	// Photos publishes the photos of static/ the pages show (and the
	// others in static/), scaled and without their metadata.
	Photos *media.Library
	// Warnings are problems that do not stop the build (a photo of more
	// than 20 MB), sorted, each at the line that causes it.
	Warnings []diag.Diagnostic
	// Layouts are layouts/ over the theme's, parsed while the inputs
	// loaded (site.ParseLayouts); the first render uses them.
	Layouts *render.Parsed
}

// Load reads and validates everything a build reads. It returns every
// problem found as a *diag.Error, so that the caller can print them all.
func Load(opts Options) (*Project, error) {
	fsys, err := sourcefs.Open(opts.Source)
	if err != nil {
		var l diag.List
		l.Add(diag.Pos{File: opts.Source}, "không mở được thư mục nguồn của trang: "+err.Error(),
			"kiểm tra đường dẫn --source")
		return nil, l.Err()
	}
	// A symbolic link leading outside the source is refused before anything
	// is read; what the readers then say of the same files is left out.
	links := sourcefs.Links(fsys, config.FileName, "static", content.Dir, "data", "layouts")
	var errs diag.List
	errs.Append(links)
	// The layouts do not depend on the inputs: they are parsed while the
	// inputs load, and their syntax errors reported with the inputs' problems.
	layouts := parseLayoutsAside(opts.Source, links)
	site, serrs := config.Load(fsys)
	errs.Append(serrs)
	if site == nil || !campaignSound(site) {
		// Without a sound campaign, dates in the data cannot be checked:
		// site.toml's problems come first. Any other problem of site.toml
		// (a bad baseURL, a phase) leaves data/ and content/ checkable, so
		// their problems are reported in the same run.
		layouts(&errs)
		return nil, withoutLinked(&errs, links).Err()
	}
	// content/ does not need the data until its checks: read and render it
	// while data/ loads, then check it (the same errors, in the same order).
	photos := newPhotos(fsys, site)
	parsed := parseAside(fsys, photos)
	set, derrs := data.Load(fsys, site)
	errs.Append(derrs)
	pages, cerrs := checkContent(fsys, site, set, parsed())
	errs.Append(cerrs)
	perrs, warns := photos.Library.Problems()
	errs.Append(perrs)
	now := opts.Now
	if now.IsZero() {
		now = time.Now()
	}
	asOf, from, aerr := ResolveAsOf(opts.AsOf, site, os.Getenv("SOURCE_DATE_EPOCH"), now)
	if aerr != nil {
		errs.Add(diag.Pos{File: "--asof"}, aerr.Error(), "")
	}
	parsedLayouts := layouts(&errs)
	if errs.Len() > 0 {
		return nil, withoutLinked(&errs, links).Err()
	}
	return &Project{Source: opts.Source, FS: fsys, Site: site, Data: set, AsOf: asOf, AsOfFrom: from, Pages: pages,
		Photos: photos.Library, Warnings: warns.Items(), Layouts: parsedLayouts}, nil
}

// parseLayoutsAside starts parsing the site's layouts on their own
// goroutine and returns a function that waits for them, adds their
// problems to errs and returns them (nil when they have problems). A
// layouts folder that cannot be read holds a link leading outside the
// source, which links reports already.
func parseLayoutsAside(source string, links *diag.List) func(errs *diag.List) *render.Parsed {
	var parsed *render.Parsed
	var problems *diag.List
	var err error
	var g parallel.Group
	g.Go(func() { parsed, problems, err = site.ParseLayouts(source) })
	return func(errs *diag.List) *render.Parsed {
		g.Wait()
		if err != nil {
			if links.Len() == 0 {
				errs.Add(diag.Pos{File: render.Dir}, "không đọc được thư mục giao diện: "+err.Error(), "")
			}
			return nil
		}
		errs.Append(problems)
		return parsed
	}
}

// newPhotos is how a build publishes the site's photos: a fresh library
// (a photo changed since the last build is read again) over the disk
// cache in the user's cache folder (media.DefaultCacheDir), which makes
// an unchanged photo cost a read instead of an encoding.
func newPhotos(fsys fs.FS, site *config.Site) content.Photos {
	return content.Photos{Library: media.FromFS(fsys, media.OpenCache(media.DefaultCacheDir())),
		Base: urls.New(site.BaseURL).Base}
}

// campaignSound reports whether the campaign's dates, which the data and
// content are checked against, are set and in order.
func campaignSound(site *config.Site) bool {
	c := site.Campaign
	return !c.Start.IsZero() && !c.End.IsZero() && !c.End.Before(c.Start)
}

// withoutLinked returns errs without the diagnostics at a file of links
// (their readers' "cannot read" beside the link's own message), links kept.
func withoutLinked(errs *diag.List, links *diag.List) *diag.List {
	if links.Len() == 0 {
		return errs
	}
	linked := map[string]bool{}
	for _, d := range links.Items() {
		linked[d.Pos.File] = true
	}
	out := errs.Without(func(d diag.Diagnostic) bool { return linked[d.Pos.File] })
	out.Append(links)
	return out
}

// ReloadContent reloads content/ for a project whose site.toml and data/
// have not changed, with the same checks as Load: the live preview calls it
// when only content changed.
func ReloadContent(prev *Project) (*Project, error) {
	photos := newPhotos(prev.FS, prev.Site)
	pages, errs := checkContent(prev.FS, prev.Site, prev.Data, content.ParseWith(prev.FS, photos))
	perrs, warns := photos.Library.Problems()
	errs.Append(perrs)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	next := *prev
	next.Pages, next.Photos, next.Warnings = pages, photos.Library, warns.Items()
	return &next, nil
}

// parseAside starts parsing content/ on its own goroutine and returns a
// function that waits for it. A panic while parsing is raised again by
// that function, in the caller, where the live preview recovers it.
func parseAside(fsys fs.FS, photos content.Photos) func() *content.Parsed {
	var parsed *content.Parsed
	var g parallel.Group
	g.Go(func() { parsed = content.ParseWith(fsys, photos) })
	return func() *content.Parsed {
		g.Wait()
		return parsed
	}
}

// checkContent checks parsed content/ against the data.
func checkContent(fsys fs.FS, site *config.Site, set *data.Set, parsed *content.Parsed) ([]*content.Page, *diag.List) {
	pages, errs := parsed.Check(knownFrom(site, set))
	checkDeedStories(fsys, set, pages, errs)
	checkImages(fsys, pages, errs)
	return pages, errs
}

// checkImages reports a page whose image (front matter) is not among the
// static files the site publishes (its static/ over the theme's). Drafts
// are not published, so their images are not needed yet; a path content
// refuses (another site, "..") is reported there, and a photo by the
// photo library.
func checkImages(fsys fs.FS, pages []*content.Page, errs *diag.List) {
	var names map[string]bool
	for _, p := range pages {
		if p.Draft || p.Image == "" || content.ImageRefused(p.Image) {
			continue
		}
		if _, photo := media.Name(p.Image); photo {
			continue // the photo library reports its own (Library.Problems)
		}
		if names == nil {
			var err error
			if names, err = theme.StaticNames(sourcefs.Sub(fsys, "static")); err != nil {
				return // a link leading outside: sourcefs.Links reports it
			}
		}
		name := strings.TrimPrefix(strings.TrimPrefix(p.Image, "/"), "static/")
		if !names[name] {
			errs.Add(p.PosOf("image"), "không có tệp ảnh static/"+name,
				"đặt ảnh vào thư mục static/ (ví dụ static/anh/ten-anh.jpg) và ghi image = \"/anh/ten-anh.jpg\"")
		}
	}
}

// knownFrom is what content is checked against: the data's units and criteria
// and the campaign's dates.
func knownFrom(site *config.Site, set *data.Set) content.Known {
	k := content.Known{Start: site.Campaign.Start, End: site.Campaign.End, Criteria: map[string]bool{},
		ConsentOptional: !site.Privacy.ConsentRequired, Allow: site.PublicContact(),
		CriteriaCause: data.CriteriaFile, UnitCause: data.UnitCause}
	if set.Units != nil && len(set.Units.ByID) > 0 {
		k.Unit = func(id string) bool { _, ok := set.Units.ByID[id]; return ok }
	}
	for _, c := range set.Criteria {
		k.Criteria[c.ID] = true
	}
	return k
}

// checkDeedStories reports a deed whose story column names no story. A
// story file that exists but failed to load has its own error already.
func checkDeedStories(fsys fs.FS, set *data.Set, pages []*content.Page, errs *diag.List) {
	stories := map[string]bool{}
	for _, p := range pages {
		if p.Section == content.Stories {
			stories[p.Slug] = true
		}
	}
	exists := func(slug string) bool {
		_, err := fs.Stat(fsys, content.Dir+"/stories/"+slug+".md")
		return err == nil
	}
	for _, d := range set.Deeds {
		if d.Story != "" && !stories[d.Story] && !exists(d.Story) {
			errs.Add(d.Pos, fmt.Sprintf("cột story: không có bài viết %q trong content/stories/", d.Story),
				"ghi tên tệp bài viết không có đuôi .md, ví dụ tra-lai-vi-tien")
		}
	}
}
