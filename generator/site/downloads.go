package site

import (
	"fmt"
	"path"

	"phongtrao/generator/fillin"
)

// Download is one file on the downloads page.
type Download struct {
	URL, Name, Format, About string
}

// IndicatorKey explains an indicator's columns in the CSV export: Key
// ("4.1/tin-bao") starts their names, Label and Target say what they
// measure, Criterion ("4.1. Nắm tình hình") what they count towards;
// Sensitive marks one whose teams' figures are left empty.
type IndicatorKey struct {
	Key, Criterion, Label, Target string
	Sensitive                     bool
	// Fields are the report fields it reads, by their labels (see
	// IndicatorInfo.Fields); empty when none has a label.
	Fields []string
}

// downloadsPage is the page of the results' downloads (du-lieu/).
func (m *model) downloadsPage() *Page {
	pg := m.page("downloads", "du-lieu/", "Tải dữ liệu kết quả", "du-lieu")
	pg.Description = "Kết quả thi đua của mọi đơn vị, mọi đợt, dạng Excel, CSV và JSON."
	pg.Downloads = []Download{
		{URL: m.u.Path("du-lieu/ket-qua.xlsx"), Name: "ket-qua.xlsx", Format: "Excel",
			About: "Mỗi đợt một trang tính: các đơn vị theo cây đơn vị (tên thụt lề theo cấp), điểm, thứ hạng, kết quả từng nội dung thi đua (Đạt / Chưa đạt) và giá trị, chỉ tiêu, trạng thái từng chỉ tiêu; có sẵn bộ lọc ở dòng tiêu đề."},
		{URL: m.u.Path("du-lieu/ket-qua.csv"), Name: "ket-qua.csv", Format: "CSV (mở bằng Excel)",
			About: "Mỗi dòng là một đơn vị trong một đợt: điểm, thứ hạng, rồi từng nội dung thi đua và chỉ tiêu (tử số, mẫu số, giá trị, trạng thái); mở được trọn trong Excel."},
		{URL: m.u.Path("du-lieu/ket-qua.json"), Name: "ket-qua.json", Format: "JSON",
			About: "Toàn bộ kết quả: các đợt, điểm, thứ hạng, nội dung thi đua và chỉ tiêu của từng đơn vị."},
	}
	forms := fillin.Forms(m.res)
	for i := range forms {
		f := forms[(i+len(forms)-1)%len(forms)] // the province's, last of Forms, first
		pg.Forms = append(pg.Forms, Download{URL: m.u.Path(f.Path), Name: path.Base(f.Path), Format: "Excel",
			About: fmt.Sprintf("%s: %d tổ", f.Title, len(f.Teams))})
	}
	for k, ref := range m.res.Indicators {
		pg.IndicatorKeys = append(pg.IndicatorKeys, IndicatorKey{Key: ref.Key,
			Criterion: ref.Criterion.ID + ". " + ref.Criterion.Short, Label: ref.Indicator.Label, Target: m.targetTexts[k],
			Sensitive: ref.Indicator.Sensitive, Fields: fieldLabels(ref.Indicator)})
	}
	return pg
}
