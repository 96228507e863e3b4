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
	want := "data/deeds.csv:2: a\n    gợi ý: sửa đi\ndata/units.csv:2:7: c\ndata/units.csv:10:3: b\n3 lỗi"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestErrorCapsAtMaxReported(t *testing.T) {
	var l List
	for i := 1; i <= MaxReported+7; i++ {
		l.Addf(Pos{File: fmt.Sprintf("a%03d.csv", i), Line: 1}, "lỗi %d", i) // one a file: nothing to group
	}
	msg := l.Err().Error()
	lines := strings.Split(msg, "\n")
	// 50 diagnostics, then "... và 7 lỗi khác", then the total.
	if len(lines) != MaxReported+2 || !strings.HasPrefix(lines[MaxReported], "... và 7 lỗi khác") ||
		lines[len(lines)-1] != fmt.Sprintf("%d lỗi", MaxReported+7) {
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

// TestGroupsOneKindInOneFile: six rows of one file with a month outside the
// campaign are one problem at the first row, listing the six lines; the
// same message in another file, and another message, stay apart.
func TestGroupsOneKindInOneFile(t *testing.T) {
	var l List
	const msg = "tháng 09/2025 nằm ngoài thời gian phong trào (08/2024–08/2025)"
	const hint = "sửa [campaign] end trong site.toml"
	for _, line := range []int{7, 2, 3, 4, 5, 6} { // the order added does not matter
		l.Add(Pos{File: "data/reports/2025-09.csv", Line: line, Col: 2}, msg, hint)
	}
	l.Add(Pos{File: "data/reports/2025-10.csv", Line: 2, Col: 2}, msg, hint)
	l.Add(Pos{File: "data/reports/2025-09.csv", Line: 4, Col: 1}, `báo cáo cho đơn vị "t9" không có trong data/units.csv`, "kiểm tra")
	want := "data/reports/2025-09.csv:2:2: " + msg + " (6 dòng: 2, 3, 4, 5, 6, 7)\n    gợi ý: " + hint + "\n" +
		"data/reports/2025-09.csv:4:1: báo cáo cho đơn vị \"t9\" không có trong data/units.csv\n    gợi ý: kiểm tra\n" +
		"data/reports/2025-10.csv:2:2: " + msg + "\n    gợi ý: " + hint + "\n" +
		"3 lỗi"
	if got := l.Err().Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestGroupsSimilarMessages: messages that differ only in a quoted value
// or a number are one kind; the list then says the lines hold similar
// errors, and stops after MaxGroupLines lines. Two on one line (two
// columns) are not a group.
func TestGroupsSimilarMessages(t *testing.T) {
	var l List
	for line := 2; line <= 13; line++ { // 12 lines
		l.Addf(Pos{File: "r.csv", Line: line, Col: 3}, `cột "a": "%d.000" không phải số`, line)
	}
	l.Add(Pos{File: "u.csv", Line: 5, Col: 1}, `cột "x": "1" sai`, "")
	l.Add(Pos{File: "u.csv", Line: 5, Col: 2}, `cột "y": "2" sai`, "")
	want := `r.csv:2:3: cột "a": "2.000" không phải số (lỗi tương tự ở 12 dòng: 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …)` + "\n" +
		`u.csv:5:1: cột "x": "1" sai` + "\n" + `u.csv:5:2: cột "y": "2" sai` + "\n3 lỗi"
	if got := l.Err().Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if tm := Template(`tháng 09/2025 của “Thôn 1” sai`); tm != `tháng #/# của "…" sai` {
		t.Errorf("Template = %q", tm)
	}
}

// TestFollowOnsLeftOut: problems recorded after a cause that broke are
// left out, in whichever list each was recorded; those after a sound cause
// stay; and a list of follow-ons alone still reports them.
func TestFollowOnsLeftOut(t *testing.T) {
	var criteria, content List
	criteria.Add(Pos{File: "data/criteria.toml", Line: 9}, `bảng không được hỗ trợ "target"`, "")
	criteria.Break("data/criteria.toml")
	content.AddAfter("data/criteria.toml", Pos{File: "content/stories/a.md", Line: 6}, `không có nội dung thi đua mã "4.1"`, "")
	content.AddAfter("data/units.csv", Pos{File: "content/stories/b.md", Line: 4}, `không có đơn vị mã "t9"`, "")
	var all List
	all.Append(&content)
	all.Append(&criteria)
	want := "content/stories/b.md:4: không có đơn vị mã \"t9\"\ndata/criteria.toml:9: bảng không được hỗ trợ \"target\"\n2 lỗi"
	if got := all.Err().Error(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if all.Len() != 3 || !all.Broken("data/criteria.toml") {
		t.Errorf("Len %d, Broken %v: the list keeps every problem and what broke", all.Len(), all.Broken("data/criteria.toml"))
	}
	var only List
	only.AddAfter("x", Pos{File: "a"}, "m", "")
	only.Break("x")
	if got := only.Err().Error(); got != "a: m\n1 lỗi" {
		t.Errorf("follow-ons alone: got %q", got)
	}
}
