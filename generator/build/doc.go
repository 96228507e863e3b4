// Package build runs the whole pipeline over a site's source folder:
// load (site.toml, data/, content/) → validate → compute results → render
// pages → write the output atomically. Each stage returns a value and a
// diagnostic list; the first stage with problems stops the build and
// nothing is written.
package build
