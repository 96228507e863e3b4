package data

import (
	"fmt"
	"strings"

	"phongtrao/generator/diag"
	"phongtrao/generator/tomlfile"
	"phongtrao/generator/vn"
)

// rawField is one [[field]] table of data/criteria.toml: a report field
// and its Vietnamese label.
type rawField struct {
	ID    tomlfile.Value `toml:"id"`
	Label tomlfile.Value `toml:"label"`
}

// fieldLabels checks the [[field]] tables and writes each label into the
// Labels of every indicator that names the field. A label must be unique
// (compared as headers are, see headerKey) and must not read as another
// field's id, so that a report header means one field only.
func fieldLabels(raws []rawField, text string, criteria []*Criterion, errs *diag.List) {
	blocks := fieldBlocks(text)
	known := criteriaFields(criteria)
	ids := map[string]int{}
	keys := map[string]int{} // a header key (label or id) → the line naming it
	for f := range known {
		keys[headerKey(f)] = 0
	}
	for i, r := range raws {
		b := block{line: 1}
		if i < len(blocks) {
			b = blocks[i]
		}
		cv := conv{b, errs}
		id, label := strings.TrimSpace(cv.str("id", r.ID)), strings.TrimSpace(cv.str("label", r.Label))
		pos := diag.Pos{File: CriteriaFile, Line: b.line}
		switch {
		case id == "":
			errs.Add(pos, "bảng [[field]] thiếu id", `thêm id = "ten_truong" (tên trường mà chỉ tiêu dùng)`)
			continue
		case !known[id]:
			errs.Add(b.at("id"), fmt.Sprintf("trường %q không được chỉ tiêu nào dùng", id),
				"id của [[field]] phải là một numerator, denominator hay field của chỉ tiêu")
			continue
		case ids[id] > 0:
			errs.Add(b.at("id"), fmt.Sprintf("trường %q đã có nhãn ở dòng %d", id, ids[id]), "mỗi trường chỉ một bảng [[field]]")
			continue
		case label == "":
			errs.Add(pos, fmt.Sprintf("trường %q thiếu nhãn (label)", id), `thêm label = "Tổng số tin báo"`)
			continue
		}
		ids[id] = b.at("id").Line
		key := headerKey(label)
		if line, dup := keys[key]; dup && key != headerKey(id) {
			other := "tên một trường khác"
			if line > 0 {
				other = fmt.Sprintf("nhãn ở dòng %d", line)
			}
			errs.Add(b.at("label"), fmt.Sprintf("nhãn %q trùng với %s (không kể hoa thường, dấu)", label, other),
				"mỗi nhãn phải khác mọi nhãn và tên trường khác, vì nó được dùng làm tiêu đề cột báo cáo")
			continue
		}
		if _, own := reportColumnNames[key]; own || key == "unit" || key == "month" {
			errs.Add(b.at("label"), fmt.Sprintf("nhãn %q trùng tên cột unit, month hoặc name (Mã tổ, Tháng, Tên tổ)", label), "đặt nhãn khác")
			continue
		}
		keys[key] = b.at("label").Line
		for _, c := range criteria {
			for _, in := range c.Indicators {
				if in.Numerator == id || in.Denominator == id || in.Field == id {
					if in.Labels == nil {
						in.Labels = map[string]string{}
					}
					in.Labels[id] = label
				}
			}
		}
	}
}

// headerKey is what a report header is compared by: without case or
// diacritics (vn.Fold), so "Tổng số tin báo" and "tong so tin bao" match.
func headerKey(s string) string { return vn.Fold(s) }

// headerAliases maps the header key of every field label to its field.
func headerAliases(criteria []*Criterion) map[string]string {
	var out map[string]string
	for _, c := range criteria {
		for _, in := range c.Indicators {
			for id, label := range in.Labels {
				if out == nil {
					out = map[string]string{}
				}
				out[headerKey(label)] = id
			}
		}
	}
	return out
}

// FieldLabel returns the label of a report field ([[field]] in
// criteria.toml), or the field's own name when it has none.
func (s *Set) FieldLabel(field string) string { return fieldLabel(s.Criteria, field) }

func fieldLabel(criteria []*Criterion, field string) string {
	for _, c := range criteria {
		for _, in := range c.Indicators {
			if l, ok := in.Labels[field]; ok {
				return l
			}
		}
	}
	return field
}

// fieldBlocks finds each [[field]] table of criteria.toml with the line of
// each key in it.
func fieldBlocks(text string) []block {
	var out []block
	for _, b := range tomlfile.Blocks(text, "field") {
		out = append(out, block{line: b.Line, keys: b.Keys})
	}
	return out
}
