// Package fastexec renders html/template templates faster than
// html/template itself, with the same bytes.
//
// Compile takes a template set, has html/template escape it, and turns
// the escaped parse trees into closures; Program.Execute runs them. It
// follows text/template's executor (exec.go, funcs.go) without its costs
// on every action: a reflect call per escaping function, a method lookup
// by name per field. It runs text, actions, if/with/range (over slices and
// arrays)/else/break/continue, template calls, variables, fields and
// methods, literals, the built-in functions and, or, not, len, index, eq,
// ne, lt, le, gt, ge, the set's functions, and the escaping functions in
// escape.go.
//
// html/template stays the reference. Compile returns nil for a set that
// uses anything else, and Execute gives up on a value or an error it does
// not handle, leaving the buffer as it was: the caller then renders the
// page with html/template, which reports every error with its own
// messages and positions. The executor knows function shapes (a string
// in, a string out; any in, a string and an error out; ...), never the
// types of the data it renders.
//
// html/template does not export its escaping functions, so escape.go
// copies the ones the site's layouts need. corpus_test.go renders
// adversarial strings in every context those layouts use, with both
// executors, and fails when the bytes differ: a change to Go's escapers
// (a security fix, say) shows up there instead of being missed.
package fastexec
