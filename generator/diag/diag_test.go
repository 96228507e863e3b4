package diag

import (
	"fmt"
	"strings"
	"testing"
)

func TestListSortsAndFormats(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Fatal("an empty list is no error")
	}
	l.Add(Pos{File: "data/units.csv", Line: 10, Col: 3}, "b", "")
	l.Add(Pos{File: "data/deeds.csv", Line: 2}, "a", "sửa đi")
	l.Add(Pos{File: "data/units.csv", Line: 2, Col: 7}, "c", "")
	got := l.Err().Error()
	want := "data/deeds.csv:2: a\n    gợi ý: sửa đi\ndata/units.csv:2:7: c\ndata/units.csv:10:3: b\n3 lỗi (3 errors)"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestErrorCapsAtMaxReported(t *testing.T) {
	var l List
	for i := 1; i <= MaxReported+7; i++ {
		l.Addf(Pos{File: "a.csv", Line: i}, "lỗi %d", i)
	}
	msg := l.Err().Error()
	lines := strings.Split(msg, "\n")
	// 50 diagnostics, then "... và 7 lỗi khác", then the total.
	if len(lines) != MaxReported+2 || !strings.HasPrefix(lines[MaxReported], "... và 7 lỗi khác") ||
		lines[len(lines)-1] != fmt.Sprintf("%d lỗi (%d errors)", MaxReported+7, MaxReported+7) {
		t.Errorf("unexpected cap:\n%s", strings.Join(lines[MaxReported-1:], "\n"))
	}
}

// TestCellNames checks the cell an .xlsx position names: column 3 is C,
// 26 is Z, 27 is AA (26 + 1), 28 is AB, 702 is ZZ (26×26 + 26) and 703
// AAA; a CSV position and a row without a column name no cell.
func TestCellNames(t *testing.T) {
	for _, c := range []struct {
		line, col int
		want      string
	}{{12, 3, "C12"}, {1, 26, "Z1"}, {2, 27, "AA2"}, {2, 28, "AB2"}, {9, 702, "ZZ9"}, {9, 703, "AAA9"}} {
		if got := CellName(c.line, c.col); got != c.want {
			t.Errorf("CellName(%d, %d) = %q, want %q", c.line, c.col, got, c.want)
		}
	}
	for _, c := range []struct {
		pos  Pos
		want string
	}{
		{Pos{File: "data/reports/2025-03.xlsx", Line: 12, Col: 3}, "data/reports/2025-03.xlsx:12:3: ô C12: sai"},
		{Pos{File: "data/units.XLSX", Line: 4, Col: 1}, "data/units.XLSX:4:1: ô A4: sai"},
		{Pos{File: "data/reports/2025-03.xlsx", Line: 12}, "data/reports/2025-03.xlsx:12: sai"},
		{Pos{File: "data/reports/2025-03.csv", Line: 12, Col: 3}, "data/reports/2025-03.csv:12:3: sai"},
	} {
		if got := (Diagnostic{Pos: c.pos, Msg: "sai"}).Error(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}
