package tomlfile

import (
	"strings"
	"testing"
)

type doc struct {
	Title    string
	Campaign struct {
		Name   string
		Phases []struct{ ID string }
	}
}

func TestUnknownKeyLines(t *testing.T) {
	src := "title = \"x\"\ncolour = 1\n\n[campaign]\nname = \"c\"\nslgan = \"typo\"\n\n[[campaign.phases]]\nid = \"a\"\n\n[[campaign.phases]]\nid = \"b\"\nstrat = 2024-01-01\n"
	var d doc
	_, errs := Decode("site.toml", []byte(src), 0, &d)
	got := []string{}
	for _, e := range errs.Items() {
		got = append(got, e.Pos.String()+" "+e.Msg)
	}
	// colour is on line 2, slgan on line 6 in [campaign], strat on line 13 in the second phase.
	want := []string{
		`site.toml:2 khóa không được hỗ trợ "colour"`,
		`site.toml:6 khóa không được hỗ trợ "campaign.slgan"`,
		`site.toml:13 khóa không được hỗ trợ "campaign.phases.strat"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSyntaxErrorLine(t *testing.T) {
	var d doc
	_, errs := Decode("site.toml", []byte("title = \"x\"\n\n[campaign]\nname = chưa có ngoặc\n"), 10, &d)
	items := errs.Items()
	if len(items) != 1 || items[0].Pos.Line != 14 || items[0].Pos.File != "site.toml" {
		t.Fatalf("want one error at site.toml:14 (line 4 + offset 10), got %v", items)
	}
}
