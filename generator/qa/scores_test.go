package qa

import (
	"bytes"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// tableCell is one <th> or <td> of a table, its text with spaces collapsed.
type tableCell struct {
	header bool   // a <th>
	scope  string // its scope attribute
	span   int    // its colspan, 1 when absent
	text   string
}

// pageTables returns the rows of each <table> of an HTML page, tables in
// the order they open; a nested table is a table of its own. Cells keep
// their text only (script, style and svg left out).
func pageTables(b []byte) [][][]tableCell {
	var (
		tables [][][]tableCell
		open   []int // indexes in tables of the tables being read
		cell   *tableCell
		text   strings.Builder
		skip   string
	)
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return tables
		}
		tok := z.Token()
		if skip != "" {
			if tt == html.EndTagToken && tok.Data == skip {
				skip = ""
			}
			continue
		}
		switch tt {
		case html.StartTagToken:
			switch tok.Data {
			case "script", "style", "svg":
				skip = tok.Data
			case "table":
				tables = append(tables, nil)
				open = append(open, len(tables)-1)
			case "tr":
				if len(open) > 0 {
					i := open[len(open)-1]
					tables[i] = append(tables[i], nil)
				}
			case "th", "td":
				cell = &tableCell{header: tok.Data == "th", span: 1}
				for _, a := range tok.Attr {
					switch a.Key {
					case "scope":
						cell.scope = a.Val
					case "colspan":
						if n, err := strconv.Atoi(a.Val); err == nil && n > 0 {
							cell.span = n
						}
					}
				}
				text.Reset()
			}
		case html.TextToken:
			if cell != nil {
				text.WriteString(tok.Data)
			}
		case html.EndTagToken:
			switch tok.Data {
			case "table":
				if len(open) > 0 {
					open = open[:len(open)-1]
				}
			case "th", "td", "tr":
				// A cell ends at its end tag, or at its row's when the
				// end tag is left out.
				if cell != nil && len(open) > 0 {
					cell.text = strings.Join(strings.Fields(text.String()), " ")
					i := open[len(open)-1]
					if r := len(tables[i]) - 1; r >= 0 {
						tables[i][r] = append(tables[i][r], *cell)
					}
				}
				cell = nil
			}
		}
	}
}

// scoreHeader marks a score column or row: its header starts with "Điểm"
// ("Điểm", "Điểm (tối đa 7)", "Điểm (tối đa 7), trung bình các Tổ").
var scoreHeader = regexp.MustCompile(`^Điểm\b`)

// scoreCell is a score as the glossary writes it in a table: exactly two
// decimals after a comma ("5,00", "5,15"), or a dash or nothing when
// there is none.
var scoreCell = regexp.MustCompile(`^([0-9]{1,3}(\.[0-9]{3})*,[0-9]{2}|–|)$`)

// tableScores returns the texts of a table's score cells that are not
// written with two decimals: the cells under a column header (<th
// scope="col">) that starts with "Điểm", and those beside a row header
// (<th scope="row">) that does.
func tableScores(rows [][]tableCell) (bad []string) {
	cols := map[int]bool{}
	for _, row := range rows {
		at := 0
		for _, c := range row {
			if c.header && c.scope == "col" && scoreHeader.MatchString(c.text) {
				cols[at] = true
			}
			at += c.span
		}
	}
	for _, row := range rows {
		at, scoreRow := 0, false
		for _, c := range row {
			switch {
			case c.header && c.scope == "row" && scoreHeader.MatchString(c.text):
				scoreRow = true
			case c.header && c.scope == "col":
			case (scoreRow || cols[at]) && !c.header && !scoreCell.MatchString(c.text):
				bad = append(bad, c.text)
			}
			at += c.span
		}
	}
	return bad
}

// TestTableScores: tableScores finds a score column whose cells mix
// precisions, and a score row, and leaves other columns alone.
func TestTableScores(t *testing.T) {
	page := `<table><thead><tr><th scope="col">Hạng</th><th scope="col">Đơn vị</th><th scope="col">Điểm (tối đa 7)</th><th scope="col">Việc tốt</th></tr></thead>
<tbody><tr><td>1</td><th scope="row">A</th><td>5,15</td><td>3</td></tr>
<tr><td>2</td><th scope="row">B</th><td>5,3</td><td>12</td></tr>
<tr><td>3</td><th scope="row">C</th><td>5</td><td>1</td></tr>
<tr><td>4</td><th scope="row">D</th><td>–</td><td>0</td></tr></tbody></table>
<table><tr><th scope="row">Điểm</th><td><strong>5,00</strong><td>4</td></tr></table>`
	tables := pageTables([]byte(page))
	if len(tables) != 2 {
		t.Fatalf("%d tables, want 2", len(tables))
	}
	// Column 2 (from 0) is the score column: "5,15" and "–" pass, "5,3"
	// and "5" do not; the ranks and deeds (1, 3, 12, ...) are not scores.
	if got, want := strings.Join(tableScores(tables[0]), " "), "5,3 5"; got != want {
		t.Errorf("first table: bad scores %q, want %q", got, want)
	}
	// The row headed "Điểm": "5,00" (inside <strong>) passes, "4" (its
	// cell ended by </tr>) does not.
	if got, want := strings.Join(tableScores(tables[1]), " "), "4"; got != want {
		t.Errorf("second table: bad scores %q, want %q", got, want)
	}
}

// TestScorePrecision scans every table of the demo: a score shows two
// decimals wherever it is ("5,00", "5,15", "5,30"; docs/bang-thuat-ngu.md),
// so no table sets "5" beside "5,15".
func TestScorePrecision(t *testing.T) {
	s := site(t)
	found := map[string][]string{}
	var files []string
	s.eachHTML(t, func(f string, b []byte) {
		if !bytes.Contains(b, []byte("<table")) {
			return
		}
		for _, rows := range pageTables(b) {
			if bad := tableScores(rows); len(bad) > 0 {
				if found[f] == nil {
					files = append(files, f)
				}
				found[f] = append(found[f], bad...)
			}
		}
	})
	sort.Strings(files)
	for _, f := range files[:min(5, len(files))] {
		t.Errorf("%s: scores not written with two decimals: %q", f, found[f][:min(5, len(found[f]))])
	}
	if len(files) > 5 {
		t.Errorf("and %d more pages", len(files)-5)
	}
}
