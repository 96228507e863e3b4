package data

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"phongtrao/generator/config"
	"phongtrao/generator/decimal"
	"phongtrao/generator/diag"
	"phongtrao/generator/tomlfile"
)

// The criteria are arrays of tables, where the toml package cannot place a
// type error on the right line: values are decoded loosely and converted
// here, reporting at the line scanBlocks found.
type rawCriteria struct {
	Criterion []struct {
		ID          tomlfile.Value `toml:"id"`
		Title       tomlfile.Value `toml:"title"`
		Short       tomlfile.Value `toml:"short"`
		Points      tomlfile.Value `toml:"points"`
		Description tomlfile.Value `toml:"description"`
		PlanText    tomlfile.Value `toml:"plan_text"`
		Indicator   []rawIndicator `toml:"indicator"`
	} `toml:"criterion"`
	Field []rawField `toml:"field"`
}

type rawIndicator struct {
	ID          tomlfile.Value `toml:"id"`
	Label       tomlfile.Value `toml:"label"`
	Kind        tomlfile.Value `toml:"kind"`
	Source      tomlfile.Value `toml:"source"`
	Numerator   tomlfile.Value `toml:"numerator"`
	Denominator tomlfile.Value `toml:"denominator"`
	Field       tomlfile.Value `toml:"field"`
	Kinds       tomlfile.Value `toml:"kinds"`
	Op          tomlfile.Value `toml:"op"`
	Target      tomlfile.Value `toml:"target"`
	Sensitive   tomlfile.Value `toml:"sensitive"`
	Window      tomlfile.Value `toml:"window"`
}

// conv converts loosely decoded values of one table, reporting type errors
// at the key's line.
type conv struct {
	b    block
	errs *diag.List
}

func (c conv) str(key string, v tomlfile.Value) string {
	s, err := tomlfile.AsString(v.V)
	c.report(key, v, err)
	return s
}

func (c conv) num(key string, v tomlfile.Value) decimal.D {
	n, err := tomlfile.AsNumber(v.V)
	c.report(key, v, err)
	return n
}

func (c conv) strs(key string, v tomlfile.Value) []string {
	s, err := tomlfile.AsStrings(v.V)
	c.report(key, v, err)
	return s
}

// flag converts a TOML boolean (absent: false).
func (c conv) flag(key string, v tomlfile.Value) bool {
	if v.V == nil {
		return false
	}
	b, ok := v.V.(bool)
	if !ok {
		c.report(key, v, fmt.Errorf("cần true hoặc false (không có ngoặc kép)"))
	}
	return b
}

func (c conv) report(key string, v tomlfile.Value, err error) {
	if err != nil {
		c.errs.Add(c.b.at(key), fmt.Sprintf("%s = %s: %v", key, show(v.V), err), "sửa giá trị cho đúng kiểu")
	}
}

func show(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

// fieldRef is a report field named in criteria.toml, with where it is named.
type fieldRef struct {
	name string
	pos  diag.Pos
}

// block is the key lines of one [[criterion]] or [[criterion.indicator]] table.
type block struct {
	line int
	keys map[string]int
}

func (b block) at(key string) diag.Pos {
	if l, ok := b.keys[key]; ok {
		return diag.Pos{File: CriteriaFile, Line: l}
	}
	return diag.Pos{File: CriteriaFile, Line: b.line}
}

// scanBlocks finds each [[criterion]] table and its [[criterion.indicator]]
// tables in document order, with the line of each key in them.
func scanBlocks(text string) (crit []block, inds [][]block) {
	var cur *block
	for i, raw := range strings.Split(text, "\n") {
		line := strings.ReplaceAll(strings.TrimSpace(raw), " ", "")
		switch {
		case strings.HasPrefix(line, "[[criterion]]"):
			crit = append(crit, block{line: i + 1, keys: map[string]int{}})
			inds = append(inds, nil)
			cur = &crit[len(crit)-1]
		case strings.HasPrefix(line, "[[criterion.indicator]]") && len(crit) > 0:
			n := len(crit) - 1
			inds[n] = append(inds[n], block{line: i + 1, keys: map[string]int{}})
			cur = &inds[n][len(inds[n])-1]
		case strings.HasPrefix(line, "[[field]]"): // see fieldBlocks
			cur = nil
		case cur != nil && strings.Contains(line, "=") && !strings.HasPrefix(line, "#"):
			key, _, _ := strings.Cut(line, "=")
			if _, dup := cur.keys[key]; !dup {
				cur.keys[key] = i + 1
			}
		}
	}
	return crit, inds
}

func loadCriteria(fsys fs.FS, errs *diag.List) ([]*Criterion, []fieldRef) {
	src, err := fs.ReadFile(fsys, CriteriaFile)
	if err != nil {
		errs.Add(diag.Pos{File: CriteriaFile}, "không đọc được tệp nội dung thi đua: "+err.Error(), "cần tệp data/criteria.toml")
		return nil, nil
	}
	var raw rawCriteria
	md, derrs := tomlfile.Decode(CriteriaFile, src, 0, &raw)
	errs.Append(derrs)
	// Anything that names a criterion (a story, a deed, a report column,
	// targets.csv) is checked against criteria that are not as written:
	// what it finds follows from this file's problem: it is recorded with
	// diag.List.AddAfter(CriteriaFile, ...), and left out.
	unknown := tomlfile.Unknown(md)
	if derrs.Len() > 0 {
		errs.Break(CriteriaFile)
	}
	if derrs.Len() > len(unknown) {
		return nil, nil // a syntax error: nothing decoded
	}
	critBlocks, indBlocks := scanBlocks(string(src))
	// A criterion with an unknown key (a misspelt "target") is read
	// without it: its own problems ("thiếu target") follow from that key.
	broken := map[int]bool{}
	for _, k := range unknown {
		line := tomlfile.NearestKeyLine(string(src), k)
		for i := len(critBlocks) - 1; i >= 0; i-- {
			if critBlocks[i].line <= line {
				broken[i] = true
				break
			}
		}
	}
	all := errs
	var out []*Criterion
	var refs []fieldRef
	seen := map[string]int{}
	for i, rc := range raw.Criterion {
		var own diag.List
		errs := &own
		b := block{line: 1}
		var ib []block
		if i < len(critBlocks) {
			b, ib = critBlocks[i], indBlocks[i]
		}
		cv := conv{b, errs}
		c := &Criterion{ID: cv.str("id", rc.ID), Title: cv.str("title", rc.Title), Short: cv.str("short", rc.Short),
			Description: cv.str("description", rc.Description), PlanText: strings.TrimSpace(cv.str("plan_text", rc.PlanText)), Points: decimal.FromInt(1), Pos: diag.Pos{File: CriteriaFile, Line: b.line}}
		if rc.Points.Set {
			c.Points = cv.num("points", rc.Points)
			if c.Points < 0 {
				errs.Add(b.at("points"), "điểm (points) không được âm", "ví dụ points = 1")
			}
		}
		switch {
		case c.ID == "":
			errs.Add(c.Pos, "nội dung thi đua thiếu id", `thêm id = "4.1"`)
		case seen[c.ID] > 0:
			errs.Add(b.at("id"), fmt.Sprintf("id nội dung thi đua %q bị trùng với dòng %d", c.ID, seen[c.ID]), "mỗi nội dung thi đua cần một id riêng")
		}
		seen[c.ID] = b.at("id").Line
		if c.Title == "" {
			errs.Add(c.Pos, fmt.Sprintf("nội dung thi đua %q thiếu title", c.ID), `thêm title = "..."`)
		}
		if c.Short == "" {
			c.Short = c.Title
		}
		if len(rc.Indicator) == 0 {
			errs.Add(c.Pos, fmt.Sprintf("nội dung thi đua %q chưa có chỉ tiêu nào", c.ID), "thêm ít nhất một bảng [[criterion.indicator]]")
		}
		indSeen := map[string]bool{}
		for j, ri := range rc.Indicator {
			ibj := block{line: b.line}
			if j < len(ib) {
				ibj = ib[j]
			}
			in, r := indicator(ri, ibj, c, errs)
			if in.ID != "" && indSeen[in.ID] {
				errs.Add(ibj.at("id"), fmt.Sprintf("id chỉ tiêu %q bị trùng trong nội dung thi đua %s", in.ID, c.ID), "mỗi chỉ tiêu trong một nội dung thi đua cần id riêng")
			}
			indSeen[in.ID] = true
			c.Indicators = append(c.Indicators, in)
			refs = append(refs, r...)
		}
		out = append(out, c)
		if broken[i] {
			all.AppendAfter(CriteriaFile, &own)
		} else {
			all.Append(&own)
		}
	}
	errs = all
	fieldLabels(raw.Field, string(src), out, errs)
	return out, refs
}

// indicator converts and checks one [[criterion.indicator]] table.
func indicator(ri rawIndicator, b block, c *Criterion, errs *diag.List) (*Indicator, []fieldRef) {
	cv := conv{b, errs}
	in := &Indicator{ID: cv.str("id", ri.ID), Label: cv.str("label", ri.Label), Kind: cv.str("kind", ri.Kind),
		Source: cv.str("source", ri.Source), Numerator: cv.str("numerator", ri.Numerator),
		Denominator: cv.str("denominator", ri.Denominator), Field: cv.str("field", ri.Field),
		Kinds: cv.strs("kinds", ri.Kinds), Op: cv.str("op", ri.Op), Sensitive: cv.flag("sensitive", ri.Sensitive),
		Pos: diag.Pos{File: CriteriaFile, Line: b.line}}
	in.Window = cv.window(ri.Window)
	if in.ID == "" {
		errs.Add(in.Pos, fmt.Sprintf("chỉ tiêu của nội dung thi đua %s thiếu id", c.ID), `thêm id = "ten-chi-tieu"`)
	} else if !config.IDPattern.MatchString(in.ID) {
		errs.Add(b.at("id"), fmt.Sprintf("id chỉ tiêu %q chỉ được gồm chữ thường không dấu, số và dấu gạch ngang", in.ID), `ví dụ id = "tin-bao"`)
	}
	if in.Label == "" {
		in.Label = in.ID
	}
	if !ri.Target.Set {
		errs.Add(in.Pos, fmt.Sprintf("chỉ tiêu %s/%s thiếu target", c.ID, in.ID), "ví dụ target = 0.8")
	} else {
		in.Target = cv.num("target", ri.Target)
	}
	if !slices.Contains(Ops, in.Op) {
		errs.Add(b.at("op"), fmt.Sprintf("phép so sánh op = %q không hợp lệ", in.Op), `dùng một trong ">=", ">", "<=", "<", "=="`)
	}
	if in.Source == "" {
		in.Source = SourceReports
		if in.Kind == KindMonthly {
			in.Source = SourceDeeds
		}
	}
	if in.Source != SourceReports && in.Source != SourceDeeds {
		errs.Add(b.at("source"), fmt.Sprintf("nguồn source = %q không hợp lệ", in.Source), `dùng "reports" (báo cáo tháng) hoặc "deeds" (việc tốt)`)
	}
	for _, k := range in.Kinds {
		if !slices.Contains(DeedKinds, k) {
			errs.Add(b.at("kinds"), fmt.Sprintf("loại việc tốt %q không hợp lệ", k), "dùng viec-tot, khen-thuong, bieu-duong hoặc mo-hinh")
		}
	}
	var refs []fieldRef
	need := func(key, val string) {
		if val == "" {
			errs.Add(in.Pos, fmt.Sprintf("chỉ tiêu %s/%s loại %s cần khóa %s", c.ID, in.ID, in.Kind, key), "thêm "+key+` = "ten_truong"`)
			return
		}
		refs = append(refs, fieldRef{val, b.at(key)})
	}
	switch in.Kind {
	case KindRatio:
		if in.Source != SourceReports {
			errs.Add(b.at("source"), "chỉ tiêu tỷ lệ (ratio) chỉ lấy từ báo cáo tháng", `bỏ dòng source hoặc ghi source = "reports"`)
		}
		need("numerator", in.Numerator)
		need("denominator", in.Denominator)
	case KindTotal, KindLatest:
		if in.Source == SourceReports {
			need("field", in.Field)
		} else if in.Kind == KindLatest {
			errs.Add(b.at("source"), "chỉ tiêu latest chỉ lấy từ báo cáo tháng", `bỏ dòng source`)
		}
	case KindMonthly:
		if in.Source != SourceDeeds {
			errs.Add(b.at("source"), "chỉ tiêu monthly đếm việc tốt theo tháng", `ghi source = "deeds"`)
		}
	default:
		errs.Add(b.at("kind"), fmt.Sprintf("loại chỉ tiêu kind = %q không hợp lệ", in.Kind), `dùng "ratio", "total", "latest" hoặc "monthly"`)
	}
	return in, refs
}

// SmallCount is the smallest count a sensitive indicator's figure may
// show: an aggregate's pooled numerator, denominator or sum above 0 and
// below it is shown as "< 3" on pages and null in the export.
const SmallCount = 3

// Withholds reports whether d, a pooled figure of an aggregate for in,
// must not be published: in is sensitive and d is a count of 1 or 2 (any
// figure above 0 and below SmallCount, fractions included). Zero is
// published: it names no one. A team's figures of a sensitive indicator
// are never published, whatever their size; Withholds is about
// aggregates.
func (in *Indicator) Withholds(d decimal.D) bool {
	return in.Sensitive && d > 0 && d < SmallCount*decimal.Scale
}

// checkFields reports every report field that criteria.toml names but no
// report file has as a column.
func checkFields(refs []fieldRef, fields []string, errs *diag.List) {
	for _, r := range refs {
		if _, found := slices.BinarySearch(fields, r.name); !found {
			errs.Add(r.pos, fmt.Sprintf("trường %q không có trong tệp báo cáo nào (data/reports/*.csv)", r.name),
				"thêm cột này vào các tệp báo cáo, hoặc sửa tên trường cho khớp tiêu đề cột")
		}
	}
}
