package search

import (
	_ "embed"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/js"
)

//go:embed tim-kiem.js
var scriptSource []byte

// minified is the script minified once; the source itself if minifying
// fails (a test makes sure it does not).
var minified = sync.OnceValues(func() ([]byte, error) {
	m := minify.New()
	m.AddFunc("text/javascript", js.Minify)
	return m.Bytes("text/javascript", scriptSource)
})

// Script returns the client search script (tim-kiem.js), minified.
func Script() []byte {
	if b, err := minified(); err == nil {
		return b
	}
	return scriptSource
}
