// Package publish writes a built site: a Writer receives each file as soon
// as it is rendered, by a path relative to the output folder. Dir writes into
// a fresh folder beside the output and swaps it in only on Commit, so a failed
// build leaves the previous site exactly as it was and a successful one leaves
// no stale file; Memory keeps the files in a map for the live preview and for
// tests. Minified wraps a Writer to minify HTML, CSS, JS, SVG, JSON and XML by
// extension, and Hashed names assets by their content.
package publish
