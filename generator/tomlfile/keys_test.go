package tomlfile

import (
	"testing"

	"github.com/BurntSushi/toml"
)

// TestKeyLines: each key's line, worked out by reading the document
// below: bare, quoted and dotted keys, keys under a table and an array
// table, and a multi-line string whose inner "title = …" line sets nothing.
func TestKeyLines(t *testing.T) {
	doc := `title = "x"
"quoted key" = 1
a.b = 2
body = """
title = "not a key"
"""
[campaign]
name = "y"
  [[campaign.phases]]
  id = "dot-1"
  [[campaign.phases]]
  id = "dot-2"
`
	want := map[string]int{
		"title": 1, `"quoted key"`: 2, "a.b": 3, "body": 4,
		"campaign": 7, "campaign.name": 8, "campaign.phases": 9, "campaign.phases.id": 10,
	}
	got := map[string]int{}
	for _, k := range KeyLines(doc) {
		if _, seen := got[k.Key.String()]; !seen {
			got[k.Key.String()] = k.Line
		}
	}
	for key, line := range want {
		if got[key] != line {
			t.Errorf("%s: line %d, want %d", key, got[key], line)
		}
	}
	if len(got) != len(want) {
		t.Errorf("keys found: %v, want %v", got, want)
	}
	if l := KeyLine(doc, toml.Key{"campaign", "phases", "id"}); l != 10 {
		t.Errorf("KeyLine(campaign.phases.id) = %d, want 10 (the first)", l)
	}
	if l := KeyLine(doc, toml.Key{"missing"}); l != 1 {
		t.Errorf("KeyLine(missing) = %d, want 1", l)
	}
}
