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
