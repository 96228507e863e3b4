// Package qa owns the end-to-end checks of a built site. It has no code of
// its own: its tests build the demo at the repository root once, into a
// temporary folder, and check the output as a visitor, a validator and a
// screen reader would meet it.
//
// The checks, one test file each:
//   - links: every internal href, src, srcset, action and CSS url() resolves
//     to a written file (and a #fragment to an id on that page); nothing is
//     loaded from outside the site (no CDN, web font or tracker);
//   - pages: every HTML page has a doctype, lang="vi", one h1, a title, a
//     viewport and the "dữ liệu minh họa" label;
//   - weight: home ≤ 60 kB and a team page ≤ 40 kB, HTML plus its CSS and JS;
//   - determinism: two builds into different folders are byte-identical;
//   - vnu: one page of each kind is valid HTML5 for the W3C Nu checker;
//   - axe: the same pages have no WCAG 2.1 AA violation for axe-core in
//     headless Chromium, do not scroll sideways at 360 px, and the home
//     page works with JavaScript off;
//   - narrow: a small site of its own, with figures wider than a whole
//     country's sums, whose unit pages must not scroll sideways at 360 px
//     either (three periods side by side).
//
// The browser and validator tools live in .ci/browser (npm install there).
// When one is missing the test that needs it is skipped with a hint on how
// to install it, except under CI=true, where it fails.
package qa
