package site

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"phongtrao/generator/publish"
	"phongtrao/generator/site/urls"
)

// writeReportCSVs writes the CSV twin of every report's appendix
// (urls.ReportCSV): a UTF-8 BOM and CRLF line ends, as du-lieu/ket-qua.csv,
// so that Excel opens it with its diacritics; a row per unit under the
// report's unit in rank order, its teams, the teams meeting each criterion
// and those meeting all of them.
func (m *model) writeReportCSVs(w publish.Writer) error {
	var buf bytes.Buffer
	for _, p := range m.res.Periods {
		if !p.Started() {
			continue
		}
		for _, u := range m.set.Units.All {
			if !hasPhaseIn(p, u) {
				continue
			}
			buf.Reset()
			buf.WriteString("\uFEFF")
			cw := csv.NewWriter(&buf)
			cw.UseCRLF = true
			head := []string{"Mã đơn vị", "Đơn vị", "Số tổ"}
			for _, c := range m.set.Criteria {
				head = append(head, "Nội dung "+c.ID+": tổ đạt")
			}
			cw.Write(append(head, "Tổ đạt cả "+strconv.Itoa(len(m.set.Criteria))+" nội dung thi đua"))
			for _, k := range p.Children(u) {
				row := []string{k.Unit.ID, m.unitName(k.Unit), strconv.Itoa(k.Leaves)}
				for ci := range m.set.Criteria {
					row = append(row, strconv.Itoa(k.Criteria[ci].MetLeaves))
				}
				cw.Write(append(row, strconv.Itoa(k.AllMet)))
			}
			cw.Flush()
			if err := cw.Error(); err != nil {
				return err
			}
			if err := w.WriteFile(urls.ReportCSV(p.ID, u), bytes.Clone(buf.Bytes())); err != nil {
				return err
			}
		}
	}
	return nil
}
