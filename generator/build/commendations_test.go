package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildCommendations: the commendations' pages and the honour board,
// on the fixture (commune x, teams t1 and t2, asOf 15/03/2025) with four
// commendations added to deeds.csv:
//
//	05/10/2024 t1 Giấy khen  tập thể
//	06/11/2024 t2 Bằng khen  cá nhân (Trần Thị B)
//	07/12/2024 t2 Cờ thi đua tập thể
//	10/02/2025 t1 no award, no recipient, names Lê Văn C: an individual
//
// Đợt 1 (19/08/2024–03/02/2025) holds the first three: 2 collectives and
// 1 individual, listed by form, highest first: Cờ thi đua, Bằng khen,
// Giấy khen. Đợt 2 (from 04/02/2025) holds the fourth, under "Chưa ghi
// hình thức". The whole campaign: 4, 2 and 2. x's honour board in Đợt 1
// lists t2's Cờ thi đua before t1's Giấy khen (newest first) and t2's
// Bằng khen; no team met every criterion (t2's 7/10 tips miss 0.8, and
// neither has a deed in every month for 4.7): 0 of 2.
func TestBuildCommendations(t *testing.T) {
	src := fixture(t)
	deeds := "date,unit,kind,title,people,story,award,decision,recipient\n" +
		"2024-09-02,t1,viec-tot,Trả lại ví,Nguyễn Văn A,tra-vi,,,\n" +
		"2024-10-05,t1,khen-thuong,Tổ xuất sắc,,,Giấy khen,Quyết định số 1/QĐ-UBND ngày 5/10/2024,tap-the\n" +
		"2024-11-06,t2,khen-thuong,Dũng cảm cứu người,Trần Thị B,,Bằng khen,Quyết định số 2/QĐ-UBND ngày 6/11/2024,ca-nhan\n" +
		"2024-12-07,t2,khen-thuong,Tổ tiêu biểu,,,Cờ thi đua,Quyết định số 3/QĐ-UBND ngày 7/12/2024,tap-the\n" +
		"2025-02-10,t1,khen-thuong,Khen thưởng đột xuất,Lê Văn C,,,,\n"
	if err := os.WriteFile(filepath.Join(src, "data", "deeds.csv"), []byte(deeds), 0o644); err != nil {
		t.Fatal(err)
	}
	page := builtPages(t, src)
	inOrder := func(rel string, parts ...string) {
		t.Helper()
		text, at := page(rel), 0
		for _, p := range parts {
			i := strings.Index(text[at:], p)
			if i < 0 {
				t.Errorf("%s lacks %q after byte %d", rel, p, at)
				return
			}
			at += i + len(p)
		}
	}
	inOrder("khen-thuong/dot-1/index.html", "3 lượt khen thưởng trong Đợt 1", "2 tập thể, 1 cá nhân",
		"Cờ thi đua – tập thể (1)", "Tổ tiêu biểu", "Quyết định số 3/QĐ-UBND",
		"Bằng khen – cá nhân (1)", "Dũng cảm cứu người", "Trần Thị B",
		"Giấy khen – tập thể (1)", "Tổ xuất sắc")
	inOrder("khen-thuong/dot-2/index.html", "1 lượt khen thưởng trong Đợt 2", "0 tập thể, 1 cá nhân",
		"Chưa ghi hình thức – cá nhân (1)", "Lê Văn C")
	inOrder("khen-thuong/all/index.html", "4 lượt khen thưởng", "2 tập thể, 2 cá nhân")
	inOrder("khen-thuong/index.html", "Đợt 1 (3)", "Đợt 2 (1)", "Cả đợt thi đua (4)")
	inOrder("viec-tot/loai/khen-thuong/index.html", "4 lượt khen thưởng")
	inOrder("bang-vang/x.html", "Đợt 1", "(0/2 tổ)", "Tập thể được khen thưởng (2)", "Tổ tiêu biểu", "Tổ xuất sắc",
		"Cá nhân được khen thưởng (1)", "Trần Thị B", "Đợt 2")
	inOrder("don-vi/x.html", `<a href="/bang-vang/x.html">Bảng vàng</a>`)
	inOrder("bang-vang/index.html", `<a href="/bang-vang/x.html">Xã X</a>`)
}

// builtPages builds the site at src and returns a reader of its output
// files: a file's text, "" for a file the build did not write.
func builtPages(t *testing.T, src string) func(rel string) string {
	t.Helper()
	s, err := Build(Options{Source: src, Out: filepath.Join(t.TempDir(), "out")})
	if err != nil {
		t.Fatal(err)
	}
	return func(rel string) string {
		b, err := os.ReadFile(filepath.Join(s.Out, filepath.FromSlash(rel)))
		if err != nil {
			return ""
		}
		return string(b)
	}
}
