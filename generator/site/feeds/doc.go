// Package feeds writes the files of the site that programs read rather
// than people: the Atom feeds of stories and news, the sitemap (split past
// 50,000 pages) and robots.txt. Package site decides which pages they
// list; this package only says how each file is written.
package feeds
