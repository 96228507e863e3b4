package content

import (
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestSimpleTOML: on the front matter it takes, simpleTOML gives the very
// map (same Go types and values, dates in toml's own location) and key
// order toml.Decode gives, and the lines keyLines finds (frontKeys relies
// on it); everything else it leaves to toml.
func TestSimpleTOML(t *testing.T) {
	taken := []string{
		"",
		"title = \"Cứu người mắc kẹt giữa dòng lũ\"\ndate = 2024-09-16\nunit = \"son-la-bon-bu-bir\"\npeople = [\"Điểu K'Lợi\", \"Điểu Dũng\"]\ncriterion = \"4.3\"",
		"\n  title=\"x\"  \n\n\tdraft = true\t\nmenu=false",
		"weight = -12\nw2 = 0\nw3 = 123456789012345678",
		"tags = []\nt2 = [ \"a\" , \"b\"]\nt3 = [\"\"]",
		"date = 2024-02-29\nsummary = \"tab\there, # not a comment, 'quotes'\"",
		"_x = \"\"\nA-b_9 = \"ok\"",
	}
	for _, in := range taken {
		got, gotOrder, gotLines, ok := simpleTOML(in)
		if !ok {
			t.Errorf("simpleTOML(%q) left it to toml", in)
			continue
		}
		want := map[string]any{}
		md, err := toml.Decode(in, &want)
		if err != nil {
			t.Fatalf("toml.Decode(%q): %v", in, err)
		}
		var wantOrder []string
		for _, k := range md.Keys() {
			wantOrder = append(wantOrder, k[0])
		}
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotOrder, wantOrder) {
			t.Errorf("simpleTOML(%q) = %#v %q, toml gives %#v %q", in, got, gotOrder, want, wantOrder)
		}
		var lines []keyLine
		for i, k := range gotOrder {
			lines = append(lines, keyLine{k, gotLines[i]})
		}
		if want := keyLines(in); !reflect.DeepEqual(lines, want) {
			t.Errorf("simpleTOML(%q) lines %v, keyLines %v", in, lines, want)
		}
	}
	left := []string{
		"# a comment",
		"title = \"x\" # a comment",
		"[menu]\nname = \"x\"",
		"a.b = 1",
		"\"quoted\" = 1",
		"1a = 2",
		"-a = 2",
		"title = \"a\\\"b\"",
		"title = 'literal'",
		"title = \"\"\"\nmulti\n\"\"\"",
		"title = \"a\x01b\"",
		"title = \"a\" \"b\"",
		"title = \"x\"\ntitle = \"y\"",
		"date = 2025-02-29",
		"date = 2025-13-01",
		"date = 2025-03-12T08:30:00",
		"date = 2025-03-12 10:00:00",
		"w = 1.5", "w = +1", "w = 007", "w = 1_000", "w = -0", "w = 1234567890123456789", "w = 0x1f",
		"x = truex", "x = True",
		"tags = [\"a\",]", "tags = [\n\"a\"]", "tags = [1, 2]", "tags = [\"a\", 1]", "tags = [\"a\"",
		"title",
		"title = ",
		"\ufefftitle = \"x\"",
		"title = \"\xff\"",
	}
	for _, in := range left {
		if m, _, _, ok := simpleTOML(in); ok {
			t.Errorf("simpleTOML(%q) = %#v, want it left to toml", in, m)
		}
	}
}
