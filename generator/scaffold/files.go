package scaffold

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"phongtrao"
	"phongtrao/generator/config"
	"phongtrao/generator/data"
)

// ExampleUnits is the units.csv of a new site made without --units: an
// invented province of two communes with two teams each, after the 2025
// reform (province → commune → village), enough to see every kind of page.
const ExampleUnits = `id,name,kind,parent
tinh-mau,Tỉnh Mẫu,Tỉnh,
xa-hoa-binh,Xã Hòa Bình,Xã,tinh-mau
hoa-binh-thon-1,Thôn 1,Thôn,xa-hoa-binh
hoa-binh-thon-2,Thôn 2,Thôn,xa-hoa-binh
phuong-an-thanh,Phường An Thạnh,Phường,tinh-mau
an-thanh-tdp-1,Tổ dân phố 1,Tổ dân phố,phuong-an-thanh
an-thanh-tdp-2,Tổ dân phố 2,Tổ dân phố,phuong-an-thanh
`

// nationalPlan is the Ministry of Public Security's plan that every
// province's campaign carries out; a new site names it until the office
// writes its own plan's number.
const nationalPlan = "399/KH-BCA-X03"

// deedsHeader is the header of an empty data/deeds.csv: every column the
// file may have (BRIEF §3), so that an officer sees them all.
const deedsHeader = "id,date,unit,kind,title,people,criterion,recognized_by,story,award,decision,recipient\n"

// storyFile is the example story.
const storyFile = "content/stories/bai-mau.md"

// starterFS is the demo's site.toml and data/criteria.toml, embedded.
func starterFS() fs.FS { return phongtrao.Starter }

// criteriaText is the demo's data/criteria.toml for a new site: its
// opening comment (which speaks of the demo) replaced by one for the new
// site, and without plan_text, which quotes Đắk Nông's own plan and would
// be shown as a quote of the new site's plan (site.toml's plan).
func criteriaText() []byte {
	b, err := fs.ReadFile(starterFS(), data.CriteriaFile)
	if err != nil {
		panic(err) // embedded at compile time: cannot happen
	}
	text := string(b)
	for strings.HasPrefix(text, "#") || strings.HasPrefix(text, "\n") {
		_, text, _ = strings.Cut(text, "\n")
	}
	return []byte(`# Bảy nội dung thi đua (4.1–4.7) và chỉ tiêu của từng nội dung, chép từ trang mẫu của tỉnh Đắk Nông
# (Kế hoạch số 591/KH-UBND, thực hiện Kế hoạch số ` + nationalPlan + ` của Bộ Công an). Sửa chỉ tiêu
# và nhãn cho đúng kế hoạch của địa phương mình; có thể thêm plan_text = """...""" vào mỗi nội dung
# để trích nguyên văn kế hoạch của địa phương. Tên trường báo cáo (numerator, denominator, field) là
# tên cột của các tệp data/reports/*.csv, hoặc nhãn của trường trong các bảng [[field]] cuối tệp.

` + withoutKey(text, "plan_text"))
}

// withoutKey drops every line of the key from TOML text: a one-line value,
// or a multi-line string from its opening """ to its closing """.
func withoutKey(text, key string) string {
	var out strings.Builder
	skipping := false
	for _, line := range strings.SplitAfter(text, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case skipping:
			skipping = !strings.HasSuffix(trimmed, `"""`)
		case strings.HasPrefix(trimmed, key+" ") || strings.HasPrefix(trimmed, key+"="):
			_, value, _ := strings.Cut(trimmed, "=")
			value = strings.TrimSpace(value)
			skipping = strings.HasPrefix(value, `"""`) && (len(value) == 3 || !strings.HasSuffix(value, `"""`))
		default:
			out.WriteString(line)
		}
	}
	return out.String()
}

// siteText is a new site's site.toml: the demo's campaign and phases, a
// title naming root (the root unit's name; "" for a first draft).
func siteText(demo *config.Site, root string) []byte {
	var b strings.Builder
	c := demo.Campaign
	where := lowerFirst(root)
	fmt.Fprintf(&b, `# Cấu hình trang thi đua (xem README.md trong thư mục này). Chuỗi chữ đặt trong dấu "...";
# ngày viết dạng năm-tháng-ngày, không có dấu ngoặc kép.
title = %s
# Địa chỉ trang khi đăng lên mạng: sửa thành địa chỉ thật trước khi đăng.
baseURL = "https://thidua.example.vn/"
description = %s
# true: mọi trang ghi "dữ liệu minh họa". Khi đã nhập số liệu thật và xóa bài mẫu, đổi thành false.
illustrative = true
# Ngày tính kết quả. Bỏ dấu # ở đầu dòng để cố định; để nguyên thì lấy ngày hôm nay.
# asOf = %s

[campaign]
name = %s
slogan = %s
# Số kế hoạch của địa phương, ví dụ "591/KH-UBND".
plan = %s
start = %s
end = %s
`, quote("Thi đua bảo vệ an ninh, trật tự ở cơ sở "+where),
		quote("Bản tin kết quả phong trào thi đua của các Tổ bảo vệ an ninh, trật tự ở cơ sở trên địa bàn "+where+"."),
		c.End, quote(c.Name), quote(c.Slogan), quote(nationalPlan), c.Start, c.End)
	for _, p := range c.Phases {
		fmt.Fprintf(&b, "\n[[campaign.phases]]\nid = %s\nname = %s\ntitle = %s\nstart = %s\nend = %s\n",
			quote(p.ID), quote(p.Name), quote(p.Title), p.Start, p.End)
	}
	b.WriteString(`
# Bảo vệ dữ liệu cá nhân: bài viết nêu tên người (people) hoặc có ảnh (image) cần consent = true,
# tức là đã được người trong bài đồng ý.
[privacy]
consent_required = true
`)
	return []byte(b.String())
}

// quote writes s as a TOML basic string: JSON's escapes (\" \\ \n \uXXXX)
// are all valid TOML.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}

// lowerFirst lowers the first letter: "Tỉnh Lâm Đồng" → "tỉnh Lâm Đồng",
// as a unit's kind reads inside a sentence.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// reportHeader is the header row of a report file: unit, month, then each
// report field the criteria (criteriaText) name, in the order they first
// appear, under its Vietnamese label where a [[field]] table gives one (a
// label is accepted as its field's header). It reads only the keys it
// needs; the whole file is checked by data.Load afterwards, with this
// header, which fails on a field missing from it or a column too many.
func reportHeader(criteria []byte) []byte {
	var raw struct {
		Criterion []struct {
			Indicator []struct{ Source, Numerator, Denominator, Field string }
		}
		Field []struct{ ID, Label string }
	}
	if _, err := toml.Decode(string(criteria), &raw); err != nil {
		panic(err) // the demo's file, embedded: the demo's tests read it
	}
	label := map[string]string{}
	for _, f := range raw.Field {
		label[f.ID] = f.Label
	}
	header := []string{"unit", "month"}
	seen := map[string]bool{}
	for _, c := range raw.Criterion {
		for _, in := range c.Indicator {
			if in.Source == data.SourceDeeds {
				continue
			}
			for _, f := range []string{in.Numerator, in.Denominator, in.Field} {
				if f == "" || seen[f] {
					continue
				}
				seen[f] = true
				if l := label[f]; l != "" {
					f = l
				}
				header = append(header, f)
			}
		}
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Write(header)
	w.Flush()
	return b.Bytes()
}

// storyText is the example story: dated on the campaign's first day, of
// the first team, under the last criterion (in the plan, 4.7: good deeds),
// naming nobody, so that it needs no consent. Its text says how to write
// one.
func storyText(demo *config.Site, team *data.Unit, criteria []*data.Criterion) []byte {
	crit := ""
	if len(criteria) > 0 {
		crit = "criterion = " + quote(criteria[len(criteria)-1].ID) + "\n"
	}
	return []byte(`+++
title = "Bài mẫu: cách viết một câu chuyện người tốt, việc tốt"
date = ` + demo.Campaign.Start.String() + `
unit = ` + quote(team.ID) + `
` + crit + `summary = "Bài viết mẫu do lệnh generator new tạo ra: đọc để biết cách viết, rồi xóa tệp này."
tags = ["bài mẫu"]
+++

Mỗi câu chuyện là một tệp ` + "`.md`" + ` trong thư mục ` + "`content/stories/`" + `. Phần đầu tệp, giữa hai dòng
` + "`+++`" + `, ghi thông tin của bài:

- ` + "`title`" + `: tiêu đề bài;
- ` + "`date`" + `: ngày xảy ra sự việc, dạng năm-tháng-ngày, trong thời gian phong trào;
- ` + "`unit`" + `: mã (cột ` + "`id`" + ` trong ` + "`data/units.csv`" + `) của tổ có việc tốt;
- ` + "`criterion`" + `: mã nội dung thi đua trong ` + "`data/criteria.toml`" + ` (không bắt buộc);
- ` + "`summary`" + `: một hai câu tóm tắt, hiện trong danh sách bài;
- ` + "`people`" + `: tên người được nêu, ví dụ ` + "`[\"Nguyễn Văn A\"]`" + `, kèm ` + "`consent = true`" + ` khi họ đã đồng ý;
- ` + "`image`" + ` và ` + "`image_alt`" + `: ảnh (chép vào ` + "`static/anh/`" + `, ghi ` + "`/anh/ten-anh.jpg`" + `) và lời tả ảnh.

## Phần nội dung

Dưới dòng ` + "`+++`" + ` thứ hai là nội dung bài, viết bằng Markdown: để trống một dòng giữa hai đoạn,
dòng bắt đầu bằng ` + "`## `" + ` là một tiêu đề nhỏ, chữ đặt giữa hai dấu ` + "`**`" + ` được in đậm.

Viết xong, chạy ` + "`generator check`" + ` để kiểm tra: nếu có lỗi, chương trình ghi rõ tên tệp, dòng và cách sửa.
`)
}
