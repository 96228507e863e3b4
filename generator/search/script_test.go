package search

import (
	"bytes"
	"testing"
)

func TestScriptMinified(t *testing.T) {
	if _, err := minified(); err != nil {
		t.Fatalf("minifying tim-kiem.js: %v", err)
	}
	s := Script()
	t.Logf("tim-kiem.js: %d bytes source, %d bytes minified", len(scriptSource), len(s))
	// The brief asks for a script of about 4 KB; 4.5 KB leaves room for a
	// message or two, not for a library.
	if len(s) > 4608 {
		t.Errorf("tim-kiem.js is %d bytes minified, want ≤ 4608", len(s))
	}
	// The script must never build HTML from data.
	for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
		if bytes.Contains(scriptSource, []byte(bad)) {
			t.Errorf("tim-kiem.js uses %s", bad)
		}
	}
}
