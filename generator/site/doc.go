// Package site decides which pages the campaign site has, what each shows
// and where it lives, and renders them through the layouts (package render)
// into a publish.Writer.
//
// Build makes a list of page jobs (home, one page per unit at every level,
// leaderboards per level and period, criteria, stories, news, free pages,
// deeds by month and by kind, the A–Z directory, downloads, search, 404,
// printable bulletins per period and month: bulletin.go),
// then a pool of workers builds each page's data, renders it, minifies it
// and hands it to the Writer at once, so the site is never held in memory.
// Feeds, the sitemap, robots.txt and the search index are written after.
//
// URLs are Vietnamese without diacritics and end in "/" (a folder with an
// index.html): /don-vi/<unit-id>/, /xep-hang/<period>/<level>/,
// /tieu-chi/4-1/, /bai-viet/<slug>/, /bai-viet/trang/2/, /tin-tuc/<slug>/,
// /viec-tot/thang/2025-03/, /viec-tot/loai/mo-hinh/, /danh-ba/<letter>/,
// /du-lieu/, /tim-kiem/, /ban-tin/<period>/<unit-id>/,
// /ban-tin/thang/2025-03/<unit-id>/, /<free-page-slug>/. See urls.go.
//
// Everything is deterministic: lists are sorted (Vietnamese collation for
// names), no map order and no clock reaches a page.
package site
