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

// TestBlocks: the entries of [[campaign.milestones]] with the lines of
// their own keys (a nested table's keys and another table's are not
// theirs), and NearestKeyLine for a key inside an inline table, which
// has no line of its own: its table's line.
func TestBlocks(t *testing.T) {
	doc := `[[campaign.milestones]]
date = 2024-09-16
title = "a"

[publisher]
name = "b"
signer = { title = "c", name = "d" }

[[campaign.milestones]]
title = "e"
`
	got := Blocks(doc, "campaign", "milestones")
	if len(got) != 2 || got[0].Line != 1 || got[0].At("date") != 2 || got[0].At("title") != 3 ||
		got[1].Line != 9 || got[1].At("title") != 10 || got[1].At("date") != 9 || len(got[0].Keys) != 2 {
		t.Errorf("blocks %+v", got)
	}
	if n := NearestKeyLine(doc, toml.Key{"publisher", "signer", "rank"}); n != 7 {
		t.Errorf("publisher.signer.rank at line %d, want 7 (signer's)", n)
	}
	if n := NearestKeyLine(doc, toml.Key{"nothing", "here"}); n != 1 {
		t.Errorf("an unknown key at line %d, want 1", n)
	}
}
