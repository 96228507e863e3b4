package sheet

import (
	"strings"
	"testing"
)

func TestReadDetectsDelimiterAndPositions(t *testing.T) {
	cases := []struct {
		name, src string
		delim     rune
	}{
		{"commas", "Unit ,Month\nthôn-1,2024-09\n", ','},
		{"semicolons with BOM and CRLF", "\ufeffUnit ;Month\r\nthôn-1;2024-09\r\n", ';'},
		// A comma inside a quoted header name does not count.
		{"quoted comma in the header", "\"Unit, id\";Month\nthôn-1;2024-09\n", ';'},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tab, errs := Read("a.csv", []byte(c.src))
			if errs.Len() != 0 {
				t.Fatal(errs.Err())
			}
			if tab.Delimiter != c.delim || len(tab.Rows) != 1 || tab.Col("month") != 1 {
				t.Fatalf("delimiter %q, %d rows, header %q", tab.Delimiter, len(tab.Rows), tab.Header)
			}
			// "thôn-1" is 6 characters (7 bytes): the month starts at column 8.
			if got := tab.CellPos(tab.Rows[0], 1).String(); got != "a.csv:2:8" {
				t.Errorf("month cell at %s, want a.csv:2:8", got)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"duplicate column", "unit,Unit\n", `a.csv:1:6: cột "unit" xuất hiện hai lần`},
		{"extra cell", "unit,month\nt1,2024-09,x\n", "a.csv:2:12: dòng có 3 ô nhưng tiêu đề chỉ có 2 cột"},
		{"bad quote", "unit,month\nt1,\"2024\"09\n", "a.csv:2:"},
		{"empty file", "", "a.csv:1: tệp trống"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := Read("a.csv", []byte(c.src))
			items := errs.Items()
			if len(items) == 0 || !strings.HasPrefix(items[0].Pos.String()+": "+items[0].Msg, c.want) {
				t.Errorf("got %v, want %q", items, c.want)
			}
		})
	}
}
