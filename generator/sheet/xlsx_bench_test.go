package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// BenchmarkOpen reads the same 30,000 report rows (a province's year, 15
// columns: a team's id and month, 13 figures) from CSV and from a workbook
// excelize wrote, through Open and Next as the loaders do: the reading
// alone, without the checks data.Load adds (BenchmarkReportsXLSX in
// generator/data times those too).
//
//	go test ./generator/sheet -run '^$' -bench Open -count 5
func BenchmarkOpen(b *testing.B) {
	csvText, book := benchRows(b, 30000)
	for _, c := range []struct {
		name string
		src  []byte
	}{{"csv", csvText}, {"xlsx", book}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				t, errs := Open("data/reports/r."+c.name, c.src)
				if errs.Len() != 0 {
					b.Fatal(errs.Err())
				}
				n := 0
				for {
					if _, ok := t.Next(errs); !ok {
						break
					}
					n++
				}
				if n != 30000 {
					b.Fatalf("%d rows, want 30000", n)
				}
			}
		})
	}
}

// benchRows makes n rows of a report file as CSV and as a workbook.
func benchRows(b testing.TB, n int) (csvText, book []byte) {
	b.Helper()
	header := []string{"unit", "month", "tips_total", "tips_via_force", "incidents_total", "incidents_attended",
		"rescues_total", "rescues_attended", "violating_businesses", "household_info_pct", "weapons_cases",
		"reoffenders", "members_total", "members_patrolling", "serious_accidents"}
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString(strings.Join(header, ",") + "\n")
	row := make([]any, len(header))
	for i, h := range header {
		row[i] = h
	}
	if err := sw.SetRow("A1", row); err != nil {
		b.Fatal(err)
	}
	for r := range n {
		cells := []string{fmt.Sprintf("tinh-huyen-xa-to-%d", r), fmt.Sprintf("2025-%02d", r%12+1)}
		row[0], row[1] = cells[0], cells[1]
		for i := 2; i < len(header); i++ {
			v := (r*7 + i*3) % 11
			row[i] = v
			cells = append(cells, fmt.Sprint(v))
		}
		row[9] = 85.5 + float64(r%10)
		cells[9] = fmt.Sprint(row[9])
		sb.WriteString(strings.Join(cells, ",") + "\n")
		cell, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		b.Fatal(err)
	}
	return []byte(sb.String()), buf.Bytes()
}

// BenchmarkInflate inflates the sheet of a workbook of 30,000 report rows
// (about 12 MB of XML) with the standard library's flate reader and with
// klauspost/compress's, which openXLSX registers on the zip reader:
//
//	go test ./generator/sheet -run '^$' -bench Inflate -count 3
func BenchmarkInflate(b *testing.B) {
	_, book := benchRows(b, 30000)
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		b.Fatal(err)
	}
	var sheet *zip.File
	for _, f := range zr.File {
		if f.Name == "xl/worksheets/sheet1.xml" {
			sheet = f
		}
	}
	for _, c := range []struct {
		name    string
		inflate func(io.Reader) io.ReadCloser
	}{{"std", flate.NewReader}, {"klauspost", inflate}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(sheet.UncompressedSize64))
			for b.Loop() {
				raw, err := sheet.OpenRaw()
				if err != nil {
					b.Fatal(err)
				}
				n, err := io.Copy(io.Discard, c.inflate(raw))
				if err != nil || uint64(n) != sheet.UncompressedSize64 {
					b.Fatalf("%d bytes, %v", n, err)
				}
			}
		})
	}
}
