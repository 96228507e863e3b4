// Package content reads the site's Markdown content: every *.md file under
// content/ in the source folder, with TOML front matter between "+++" lines.
//
// Files under content/stories/ are stories ("Người tốt, việc tốt"), files
// under content/news/ are news (Tin tức), and every other file is a free page
// (Giới thiệu, ...). Load decodes the front matter strictly (an unknown key,
// a wrong type or a missing required key is an error at its line), checks
// units and criteria against the data, refuses anything in published text
// that looks like personal data (phone number, identity number, e-mail,
// home address; see privacy.go) except the values its allow list names,
// requires consent = true on a story that names people or shows a photo
// (unless Known.ConsentOptional), and renders
// the body with a shared goldmark instance (goldmark.go): GitHub-flavoured
// Markdown, raw HTML escaped, heading ids as diacritic-free slugs, and no
// image loaded from another site. A body in which Linkify can find nothing
// is rendered by the same instance without Linkify, which gives the same
// HTML for less work.
//
// Every problem is a diag.Diagnostic at "path:line[:col]" with the path
// relative to the source folder. Line numbers count from the first line of
// the file (the opening "+++"); columns count characters (runes), not bytes,
// so they match what an editor shows for Vietnamese text.
//
// Load is Parse then Parsed.Check: Parse reads, decodes and renders every
// file on all cores (results kept in path order), Check runs the checks
// that need the data. A build parses content/ while data/ loads. Files
// are read through the fs.FS given (the build's is an os.Root: a symbolic
// link leading outside the source is an error, see sourcefs). The front
// matter is decoded by the toml package, after tomlfile.Check's limits.
package content
