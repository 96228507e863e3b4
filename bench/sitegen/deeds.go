package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// deed is one row of data/deeds.csv.
type deed struct {
	Date      time.Time
	Unit      *unit
	Kind      string
	Title     string
	People    []string
	Criterion string
	Story     string
}

// deedTitle is a deed title and the criterion it serves.
type deedTitle struct{ title, criterion string }

// deedTitles are the title pools per deed kind.
var deedTitles = map[string][]deedTitle{
	"viec-tot": {
		{"Trả lại tài sản nhặt được cho người đánh rơi", "4.7"},
		{"Hòa giải mâu thuẫn giữa hai hộ về ranh giới đất", "4.1"},
		{"Cứu người bị đuối nước khi qua suối", "4.3"},
		{"Giúp dân chống ngập sau mưa lớn", "4.3"},
		{"Dập tắt đám cháy rẫy cà phê", "4.3"},
		{"Cung cấp tin giúp Công an xã bắt giữ đối tượng trộm cắp", "4.1"},
		{"Phân luồng giao thông sau va chạm trên quốc lộ", "4.6"},
		{"Tuần tra bảo đảm an ninh, trật tự dịp lễ hội", "4.6"},
		{"Vận động người dân giao nộp vũ khí tự chế", "4.4"},
		{"Giúp người chấp hành xong án phạt tù tìm việc làm", "4.5"},
		{"Nhắc người dân cảnh giác với lừa đảo qua mạng", "4.1"},
		{"Hỗ trợ người cao tuổi cập nhật thông tin cư trú", "4.4"},
	},
	"khen-thuong": {
		{"Được Chủ tịch Ủy ban nhân dân xã khen thưởng vì thành tích tuần tra", "4.7"},
		{"Được khen thưởng vì dũng cảm cứu người trong mưa lũ", "4.7"},
		{"Được khen thưởng trong đợt cao điểm tấn công trấn áp tội phạm", "4.7"},
	},
	"bieu-duong": {
		{"Được biểu dương tại hội nghị sơ kết phong trào", "4.7"},
		{"Được biểu dương vì giúp Công an xã nắm tình hình", "4.7"},
	},
	"mo-hinh": {
		{"Xây dựng mô hình “Camera an ninh”", "4.2"},
		{"Xây dựng mô hình “Thắp sáng đường quê”", "4.2"},
		{"Xây dựng mô hình “Tổ tự quản an ninh, trật tự”", "4.2"},
		{"Xây dựng mô hình “Nhóm Zalo an ninh thôn”", "4.2"},
	},
}

// randomDate is a day of the campaign, both ends included.
func (g *gen) randomDate() time.Time {
	days := int(campaignEnd.Sub(campaignStart).Hours()/24) + 1
	return campaignStart.AddDate(0, 0, g.intn(days))
}

// randomDeeds invents n deeds at random teams and dates.
func randomDeeds(t *tree, n int, g *gen) []deed {
	out := make([]deed, 0, n)
	for range n {
		kind := "viec-tot"
		switch r := g.r.Float64(); {
		case r < 0.08:
			kind = "mo-hinh"
		case r < 0.18:
			kind = "khen-thuong"
		case r < 0.28:
			kind = "bieu-duong"
		}
		dt := deedTitles[kind][g.intn(len(deedTitles[kind]))]
		u := t.Teams[g.intn(len(t.Teams))]
		people := []string{g.person(u.Kind)}
		if g.chance(0.3) {
			people = append(people, g.person(u.Kind))
		}
		out = append(out, deed{Date: g.randomDate(), Unit: u, Kind: kind, Title: dt.title, People: people, Criterion: dt.criterion})
	}
	return out
}

// writeDeeds sorts the deeds by date (stable, so generation order breaks
// ties), numbers them and writes data/deeds.csv.
func writeDeeds(dir string, deeds []deed) error {
	sort.SliceStable(deeds, func(i, j int) bool { return deeds[i].Date.Before(deeds[j].Date) })
	f, err := os.Create(filepath.Join(dir, "data", "deeds.csv"))
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	w.Write([]string{"id", "date", "unit", "kind", "title", "people", "criterion", "recognized_by", "story"})
	for i, d := range deeds {
		by := ""
		if d.Kind == "mo-hinh" {
			by = "Công an " + lower(d.Unit.Parent.Parent.Name)
		}
		w.Write([]string{fmt.Sprintf("vt-%06d", i+1), d.Date.Format("2006-01-02"), d.Unit.ID, d.Kind, d.Title,
			strings.Join(d.People, "; "), d.Criterion, by, d.Story})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
