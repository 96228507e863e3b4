// Package serve is the live preview behind "generator serve": it builds the
// site into memory (never into public/), serves it on 127.0.0.1, watches
// everything the build reads with fsnotify and rebuilds on every change,
// then tells the open browser tabs to reload over Server-Sent Events.
//
// The pieces, one file each:
//
//   - stage.go: what a change touches (site.toml and data/ → everything,
//     content/ → content onwards, layouts/ and static/ → pages only) and
//     the pipeline that reruns only the stages a change needs, reusing the
//     loaded data, computed results and content it kept from the last good
//     build;
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
// a banner on every HTML page; the next good rebuild clears them.
package serve
