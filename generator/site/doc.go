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
// URLs are Vietnamese without diacritics. A page that stands alone is a
// file: /don-vi/<unit-id>.html, /tieu-chi/4-1.html, /bai-viet/<slug>.html,
// /tin-tuc/<slug>.html, /ban-tin/<period>/<unit-id>.html,
// /ban-tin/thang/2025-03/<unit-id>.html. A list, and a section's front
// page, is a folder ending in "/" (its index.html): /xep-hang/<period>/<level>/,
// /viec-tot/thang/2025-03/, /viec-tot/loai/mo-hinh/, /danh-ba/<letter>/,
// /bai-viet/, /du-lieu/, /tim-kiem/, /ban-tin/<period>/, /<free-page-slug>/;
// a list's later pages are files under it (/bai-viet/trang/2.html). See
// package urls.
//
// Everything is deterministic: lists are sorted (Vietnamese collation for
// names), no map order and no clock reaches a page.
package site
