package data

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"phongtrao/generator/calendar"
	"phongtrao/generator/config"
	"phongtrao/generator/diag"
	"phongtrao/generator/sheet"
)

// deedColumns are the columns data/deeds.csv may have; the first four are required.
var deedColumns = []string{"date", "unit", "kind", "title", "id", "people", "criterion", "recognized_by", "story",
	"award", "decision", "recipient"}

// Recipients are the values of deeds.csv's recipient column: a collective
// (tập thể) or an individual (cá nhân) commended.
var Recipients = []string{"tap-the", "ca-nhan"}

// deedCols holds the column of each of deedColumns in one file (-1 when absent).
type deedCols struct {
	date, unit, kind, title, id, people, criterion, recognizedBy, story int
	award, decision, recipient                                          int
}

// openDeeds reads data/deeds.csv; it returns nil when there is none (a
// site may have no deeds yet) or it cannot be used.
func openDeeds(fsys fs.FS, errs *diag.List) *sheet.Table {
	if _, err := fs.Stat(fsys, dataFile(fsys, DeedsFile)); err != nil {
		return nil
	}
	return readTable(fsys, DeedsFile, deedColumns[:4], errs)
}

// checkDeeds checks the rows of deeds.csv (t from openDeeds) against the
// units, the criteria and the campaign.
func checkDeeds(t *sheet.Table, units *Units, criteria []*Criterion, site *config.Site, errs *diag.List) []Deed {
	if t == nil {
		return nil
	}
	for i, h := range t.Header {
		if !slices.Contains(deedColumns, h) {
			errs.Add(t.HeaderPos(i), fmt.Sprintf("cột %q không được hỗ trợ trong deeds.csv", h),
				"các cột hợp lệ: "+strings.Join(deedColumns, ", "))
		}
	}
	col := deedCols{t.Col("date"), t.Col("unit"), t.Col("kind"), t.Col("title"), t.Col("id"), t.Col("people"),
		t.Col("criterion"), t.Col("recognized_by"), t.Col("story"), t.Col("award"), t.Col("decision"), t.Col("recipient")}
	ids := make(map[string]int, len(t.Rows))
	out := make([]Deed, 0, len(t.Rows))
	for _, r := range t.Rows {
		// Filled in place, field by field: copying a Deed into the slice
		// would cost a bulk write barrier while the collector runs.
		out = out[:len(out)+1]
		deed(&out[len(out)-1], t, r, col, units, criteria, site, ids, errs)
	}
	return out
}

// deed reads and checks one row of deeds.csv into d (zero); ids maps the
// deed ids seen so far to their lines.
func deed(d *Deed, t *sheet.Table, r sheet.Row, col deedCols, units *Units, criteria []*Criterion, site *config.Site, ids map[string]int, errs *diag.List) {
	d.ID, d.Unit, d.Kind, d.Title = r.Cell(col.id), r.Cell(col.unit), r.Cell(col.kind), r.Cell(col.title)
	d.Criterion, d.RecognizedBy, d.Story = r.Cell(col.criterion), r.Cell(col.recognizedBy), r.Cell(col.story)
	if c := (Commendation{r.Cell(col.award), r.Cell(col.decision), r.Cell(col.recipient)}); c != (Commendation{}) {
		d.Commendation = &c
		if c.Recipient != "" && !slices.Contains(Recipients, c.Recipient) {
			errs.Add(t.CellPos(r, col.recipient), fmt.Sprintf("người nhận recipient = %q không hợp lệ", c.Recipient),
				"dùng tap-the (tập thể) hoặc ca-nhan (cá nhân), hoặc để trống")
		}
	}
	d.Pos = t.RowPos(r)
	d.People = people(r.Cell(col.people))
	date, err := calendar.ParseDate(r.Cell(col.date))
	if err != nil {
		errs.Add(t.CellPos(r, col.date), err.Error(), "ngày viết dạng 25/03/2025 hoặc 2025-03-25")
	} else if site != nil && (date.Before(site.Campaign.Start) || date.After(site.Campaign.End)) {
		errs.Add(t.CellPos(r, col.date), fmt.Sprintf("ngày %s nằm ngoài thời gian phong trào (%s–%s)",
			date.VN(), site.Campaign.Start.VN(), site.Campaign.End.VN()),
			config.OutsideHint(date.Before(site.Campaign.Start), "chỉ ghi việc tốt trong thời gian phong trào"))
	}
	d.Date = date
	if u := checkLeaf(units, -1, d.Unit, t, r, col.unit, "việc tốt", errs); u != nil {
		d.Unit = u.ID // shared with the unit, see checkLeaf
	}
	if !slices.Contains(DeedKinds, d.Kind) {
		errs.Add(t.CellPos(r, col.kind), fmt.Sprintf("loại %q không hợp lệ", d.Kind),
			"dùng viec-tot (việc tốt), khen-thuong (khen thưởng), bieu-duong (biểu dương) hoặc mo-hinh (mô hình)")
	}
	checkDeedPrivacy(t, r, siteAllow(site), errs)
	if d.Title == "" {
		errs.Add(t.CellPos(r, col.title), "thiếu mô tả việc tốt (cột title)", "ghi ngắn việc đã làm, ví dụ: Trả lại ví tiền cho du khách")
	}
	if d.Criterion != "" && len(criteria) > 0 && !hasCriterion(criteria, d.Criterion) {
		errs.AddAfter(CriteriaFile, t.CellPos(r, col.criterion), fmt.Sprintf("nội dung thi đua %q không có trong data/criteria.toml", d.Criterion), "ví dụ 4.7")
	}
	if d.ID != "" {
		if !isID(d.ID) {
			errs.Add(t.CellPos(r, col.id), fmt.Sprintf("id %q chỉ được gồm chữ thường không dấu, số và dấu gạch ngang", d.ID), "ví dụ vt-00012")
		} else if line, dup := ids[d.ID]; dup {
			errs.Add(t.CellPos(r, col.id), fmt.Sprintf("id %q bị trùng với dòng %d", d.ID, line), "mỗi việc tốt cần id riêng")
		}
		ids[d.ID] = r.Line
	}
}

// people splits the people cell at ";", dropping empty names.
func people(cell string) []string {
	if cell == "" {
		return nil
	}
	out := make([]string, 0, strings.Count(cell, ";")+1)
	for cell != "" {
		var p string
		p, cell, _ = strings.Cut(cell, ";")
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func hasCriterion(criteria []*Criterion, id string) bool {
	for _, c := range criteria {
		if c.ID == id {
			return true
		}
	}
	return false
}
