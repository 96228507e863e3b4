package export

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestXLSX reads back the workbook of tinyResults (its comment works the
// figures out): a sheet per started period (dot-2 is upcoming), units in
// tree order with names indented by depth, figures as numbers shown as
// Excel shows them, statuses in Vietnamese, the header frozen and filtered.
func TestXLSX(t *testing.T) {
	var b bytes.Buffer
	if err := WriteXLSX(&b, tinyResults(t)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Đợt 1|Cả đợt thi đua" {
		t.Errorf("sheets %s", got)
	}
	const s = "Đợt 1"
	// Columns: A–H the unit's, then 4.1 (I result, J share), 4.1/tin-bao
	// (K value, L target, M status), 4.7 (N, O), 4.7/viec-tot (P, Q, R),
	// 4.7/tong (S, T, U).
	cells := map[string]string{
		"A1": "Đơn vị", "I1": "4.1. Nắm tình hình: kết quả của tổ", "K1": "4.1/tin-bao Tin báo qua lực lượng: giá trị",
		"A2": "Tỉnh Đắk Nông", "A3": "Xã Đắk Wil", "A4": "Thôn A", "A5": "Bon B", "A6": "Buôn C",
		"B4": "thon-a", "D4": "2.50", "D3": "1.50", "G3": "3",
		"I4": "Đạt", "K4": "80.0%", "L4": "80.0%", "M4": "Đạt", // 8/10 ≥ 0.8
		"J3": "66.7%", "K3": "64.3%", "L3": "", "M3": "", // xa: 2 of 3 teams; 9/14 pooled; no target or status
		"I5": "Chưa đạt", "K5": "25.0%", "R5": "Chưa đạt", "S5": "1", "U5": "Đạt", // thon-b: 1/4; 1 of 3 months; 1 deed ≥ 1
		"K6": "", "M6": "Không phát sinh", // thon-c: 0/0
	}
	for cell, want := range cells {
		if got, _ := f.GetCellValue(s, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if v, _ := f.GetCellValue(s, "K4", excelize.Options{RawCellValue: true}); v != "0.8" {
		t.Errorf("K4 holds %q, want the number 0.8", v)
	}
	if rows, _ := f.GetRows(s); len(rows) != 6 {
		t.Errorf("%d rows, want the header and 5 units", len(rows))
	}
	for cell, indent := range map[string]int{"A2": 0, "A3": 2, "A4": 4} {
		id, _ := f.GetCellStyle(s, cell)
		st, _ := f.GetStyle(id)
		if st.Alignment == nil && indent > 0 || st.Alignment != nil && st.Alignment.Indent != indent {
			t.Errorf("%s: alignment %+v, want indent %d", cell, st.Alignment, indent)
		}
	}
	if p, _ := f.GetPanes(s); !p.Freeze || p.YSplit != 1 {
		t.Errorf("panes %+v: the header row is not frozen", p)
	}
	if tables, _ := f.GetTables(s); len(tables) != 1 || tables[0].Range != "A1:U6" {
		t.Errorf("tables %+v, want one filtered table over A1:U6", tables)
	}
	if w, _ := f.GetColWidth(s, "A"); w != 40 {
		t.Errorf("column A is %v wide", w)
	}
}

// TestXLSXDeterministic checks that writes of the same results are the
// same bytes: eight of them, since excelize left alone orders the two
// streamed sheets in the zip by a map's iteration (a 1 in 128 chance that
// eight writes agree).
func TestXLSXDeterministic(t *testing.T) {
	r := tinyResults(t)
	var first []byte
	for range 8 {
		var b bytes.Buffer
		if err := WriteXLSX(&b, r); err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b.Bytes()
		} else if !bytes.Equal(first, b.Bytes()) {
			t.Fatal("two writes of the same results differ")
		}
	}
}
