package export

import (
	"strings"
	"testing"

	"phongtrao/generator/data"
	"phongtrao/generator/results"
)

// TestTargetAndSuccessor: with data/targets.csv a team's indicator carries
// the target it was measured against (xa sets 4.1/tin-bao to 0.7, so
// thon-b's 1/4 is still not met, but its target is 0.7); an aggregate's
// does not. With data/successions.csv a unit that ceased names its
// successor (thon-c became part of thon-a on 01/01/2025, after asOf: the
// export still names it). Without either file the export is as before
// (TestJSONShape, TestCSV).
func TestTargetAndSuccessor(t *testing.T) {
	base := tinyResults(t)
	set := *base.Set
	set.Targets = []data.Target{{Unit: "xa", Indicator: "4.1/tin-bao", Value: dec("0.7")}}
	set.Successions = []data.Succession{{From: "thon-c", To: "thon-a", Date: day(t, "2025-01-01")}}
	r := results.Compute(base.Site, &set, base.AsOf, results.FromData(&set)...)
	b, err := JSON(r)
	if err != nil {
		t.Fatal(err)
	}
	js := string(b)
	for _, want := range []string{
		`"unit":"thon-b","name":"Bon B","kind":"Bon","parent":"xa","depth":2,"leaf":true`,
		`"4.1/tin-bao":{"numerator":1,"denominator":4,"value":0.25,"target":0.7,"status":"not-met"}`,
		`"unit":"thon-c","name":"Buôn C","kind":"Buôn","parent":"xa","depth":2,"successor":"thon-a","leaf":true`,
		`"4.7/viec-tot":{"numerator":1,"denominator":3,"value":0.333333,"target":1,"status":"not-met"}`,
		`"4.1/tin-bao":{"numerator":9,"denominator":14,"value":0.642857,"metLeaves":2,"leaves":3}`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("JSON lacks\n  %s\nin\n%s", want, js)
		}
	}
	csv := string(CSV(r))
	lines := strings.Split(csv, "\r\n")
	header := strings.Split(strings.TrimPrefix(lines[0], bom), ",")
	col := func(name string) int {
		for i, h := range header {
			if h == name {
				return i
			}
		}
		t.Fatalf("no column %q in %v", name, header)
		return -1
	}
	if header[7] != "successor" || header[col("4.1/tin-bao:value")+1] != "4.1/tin-bao:target" {
		t.Errorf("header %v", header)
	}
	for _, line := range lines[1:] {
		cells := strings.Split(line, ",")
		if len(cells) < 3 || cells[0] != "dot-1" {
			continue
		}
		switch cells[2] {
		case "thon-b":
			if cells[col("4.1/tin-bao:target")] != "0.7" || cells[col("successor")] != "" {
				t.Errorf("thon-b row %v", cells)
			}
		case "thon-c":
			if cells[col("successor")] != "thon-a" {
				t.Errorf("thon-c row %v", cells)
			}
		case "xa":
			if cells[col("4.1/tin-bao:target")] != "" {
				t.Errorf("xa row: an aggregate has no target cell: %v", cells)
			}
		}
	}
}

// TestAbsentLeftOut (rule 8): thon-c became part of thon-a on 10/02/2025.
// On 15/03/2025 it has a result in dot-1 (r = 03/02/2025, before it
// ceased), naming its successor, and none in dot-2 or all (r = 15/03/2025):
// both files leave those out.
func TestAbsentLeftOut(t *testing.T) {
	base := tinyResults(t)
	set := *base.Set
	set.Successions = []data.Succession{{From: "thon-c", To: "thon-a", Date: day(t, "2025-02-10")}}
	r := results.Compute(base.Site, &set, day(t, "2025-03-15"), results.FromData(&set)...)
	b, err := JSON(r)
	if err != nil {
		t.Fatal(err)
	}
	js := string(b)
	if !strings.Contains(js, `{"period":"dot-1","unit":"thon-c","name":"Buôn C","kind":"Buôn","parent":"xa","depth":2,"successor":"thon-a"`) {
		t.Errorf("dot-1 lacks thon-c:\n%s", js)
	}
	for _, p := range []string{"dot-2", "all"} {
		if strings.Contains(js, `{"period":"`+p+`","unit":"thon-c"`) {
			t.Errorf("%s has a result for thon-c, which had ceased", p)
		}
		if !strings.Contains(js, `{"period":"`+p+`","unit":"thon-a"`) {
			t.Errorf("%s lacks thon-a", p)
		}
	}
	var rows []string
	for _, line := range strings.Split(string(CSV(r)), "\r\n") {
		if strings.Contains(line, ",thon-c,") {
			rows = append(rows, strings.SplitN(line, ",", 2)[0])
		}
	}
	if strings.Join(rows, " ") != "dot-1" {
		t.Errorf("CSV rows of thon-c in periods %v, want dot-1 only", rows)
	}
}
