package sheet

import (
	"strings"
	"testing"

	"phongtrao/generator/diag"
)

// TestRowsShorterThanTheHeader: a file cut in the middle of a row, or a
// row that lost a delimiter, is an error at its line (issue 15, point 7),
// in Read and in Next alike.
func TestRowsShorterThanTheHeader(t *testing.T) {
	src := "date,unit,kind,title,people\n" +
		"2024-09-18,t1,viec-tot,Giúp dân,\n" +
		"2024-09-19;t1,viec-tot,Giúp dân,An\n" +
		"2024-09-20,t1,viec-tot,Giúp"
	want := []string{
		`a.csv:3: dòng chỉ có 4 ô, thiếu cột "people"`,
		`a.csv:4: dòng chỉ có 4 ô, thiếu cột "people"`,
	}
	tab, errs := Read("a.csv", []byte(src))
	check := func(how string, items []string) {
		if len(items) != len(want) {
			t.Fatalf("%s: %d errors %q, want %q", how, len(items), items, want)
		}
		for i := range want {
			if !strings.HasPrefix(items[i], want[i]) {
				t.Errorf("%s: %q, want %q", how, items[i], want[i])
			}
		}
	}
	check("Read", messages(errs.Items()))
	if tab == nil || len(tab.Rows) != 1 {
		t.Fatalf("want the one whole row kept")
	}
	tab, errs = Open("a.csv", []byte(src))
	for {
		if _, ok := tab.Next(errs); !ok {
			break
		}
	}
	check("Next", messages(errs.Items()))
}

// TestCellTooLong: a cell over MaxCellChars characters is refused at its
// position (issue 15, point 6: a 200 MB deed title was published); one of
// exactly MaxCellChars Vietnamese characters (three bytes each) is not.
func TestCellTooLong(t *testing.T) {
	ok := strings.Repeat("ệ", MaxCellChars)
	if _, errs := Read("a.csv", []byte("unit,title\nt1,"+ok+"\n")); errs.Len() != 0 {
		t.Errorf("a cell of %d characters: %v", MaxCellChars, errs.Err())
	}
	huge := strings.Repeat("x", 20<<20)
	tab, errs := Read("a.csv", []byte("unit,title\nt1,\""+huge+"\"\nt2,ngắn\n"))
	items := messages(errs.Items())
	if len(items) != 1 || !strings.HasPrefix(items[0], "a.csv:2:4: ô dài 20971520 ký tự, quá giới hạn 10000 ký tự") {
		t.Fatalf("got %q", items)
	}
	if tab == nil || len(tab.Rows) != 2 || tab.Rows[0].Cell(1) != "" || tab.Rows[1].Cell(1) != "ngắn" {
		t.Error("the long cell is kept, or the next row lost")
	}
	if _, errs := Read("a.csv", []byte(strings.Repeat("a", MaxCellChars+1)+",b\n")); errs.Len() != 1 {
		t.Errorf("a long header cell: %v", errs.Err())
	}
}

// TestFileTooLarge: a file over the size limit is refused before it is parsed.
func TestFileTooLarge(t *testing.T) {
	defer func(n int) { maxFileSize = n }(maxFileSize)
	maxFileSize = 1 << 20
	tab, errs := Read("data/deeds.csv", make([]byte, 3<<20))
	items := messages(errs.Items())
	if tab != nil || len(items) != 1 || items[0] != "data/deeds.csv: tệp quá lớn (3 MB, tối đa 1 MB)" {
		t.Errorf("got %q", items)
	}
}

func messages(items []diag.Diagnostic) []string {
	var out []string
	for _, d := range items {
		out = append(out, d.Pos.String()+": "+d.Msg)
	}
	return out
}
