// Package serve is the live preview behind "generator serve": it builds the
// site in memory (never into public/), serves it on 127.0.0.1, watches
// everything the build reads with fsnotify and rebuilds on every change,
// then tells the open browser tabs to reload over Server-Sent Events.
//
// A rebuild does not render the whole site before the tabs reload. It
// reruns the stages the change needs, prepares a site.Plan (static files,
// indexes, checked pages, parsed layouts, the page list: what build does
// before rendering), renders the home page and the pages last served, and
// only then announces the reload. Every other file is rendered the first
// time it is asked for, through the same code build uses, so each byte is
// what build writes; a background warm-up then renders the rest, one file
// at a time, and stops as soon as a file changes again, so a story edit
// reloads the page without waiting for the whole site
// (BenchmarkReload measures it).
//
// The pieces, one file each:
//
//   - stage.go: what a change touches (site.toml and data/ → everything,
//     content/ → content onwards, layouts/ and static/ → pages only) and
//     the pipeline that reruns only the stages a change needs, reusing the
//     loaded data, computed results, content and plan it kept from the
//     last good build;
//   - built.go: one build as served: files rendered on demand from the
//     plan, each once, and the results export rendered once per
//     computation when first asked for;
//   - warm.go: the pages rendered before the reload event, the warm-up,
//     and a page failing after the event;
//   - watch.go: the fsnotify watcher (every folder recursively, new ones as
//     they appear, editor temporary files and Chmod ignored, inotify limits
//     explained) and the debounce that turns a storm of events into one
//     rebuild;
//   - events.go: the Server-Sent Events hub at /__phongtrao/events;
//   - inject.go: the reload script and the error banner added to HTML
//     responses (only when serving: build output never contains them);
//   - handler.go: the HTTP handler (only the built site's files, 404 for
//     anything else, traversal included, with the site's 404.html);
//   - server.go and main.go: start, stop and the command line.
//
// A failed rebuild keeps the last good site served and shows the errors as
// a banner on every HTML page; the next good rebuild clears them. A page
// that fails to render only after the reload (a layout error that some
// pages meet) does the same: the site served before comes back under the
// banner, with one more reload event.
package serve
