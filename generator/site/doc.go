// Package site decides which pages the campaign site has, what each shows
// and where it lives, and renders them through the layouts (package render)
// into a publish.Writer.
//
// Build makes a list of page jobs (jobs.go: home, one page per unit at
// every level, leaderboards per level and period, criteria, stories, news,
// free pages, deeds by month and by kind, the A–Z directory, downloads,
// search, 404, printable bulletins per period and month), then workers
// (package parallel) build each page's data, render it, minify it and
// hand it to the Writer at once, so the site is never held in memory.
// Feeds, the sitemap, robots.txt (package feeds) and the search index are
// built while the pages render and written after them (extras.go).
//
// Each page kind's view model, the type its layout receives under Page,
// lives in a file named for the kind: home.go, unit.go (with scorecard.go),
// boards.go, criterion.go, article.go, list.go, deeds.go, directory.go,
// downloads.go, search.go, notfound.go, bulletin*.go. model.go holds the
// indexes they share, page.go the fields every page has.
//
// URLs are Vietnamese without diacritics. A page that stands alone is a
// file: /don-vi/<unit-id>.html, /tieu-chi/4-1.html, /bai-viet/<slug>.html,
// /tin-tuc/<slug>.html, /ban-tin/<period>/<unit-id>.html,
// /ban-tin/thang/2025-03/<unit-id>.html. A list, and a section's front
// page, is a folder ending in "/" (its index.html): /xep-hang/<period>/<level>/,
// /viec-tot/thang/2025-03/, /viec-tot/loai/mo-hinh/, /danh-ba/<letter>/,
// /bai-viet/, /du-lieu/, /tim-kiem/, /ban-tin/<period>/, /<free-page-slug>/;
// a list's later pages are files under it (/bai-viet/trang/2.html).
// Package urls gives every page kind's address.
//
// Everything is deterministic: lists are sorted (Vietnamese collation for
// names), no map order and no clock reaches a page.
package site
