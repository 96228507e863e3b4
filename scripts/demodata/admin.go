package main

import (
	"encoding/csv"
	"fmt"
	"strings"
)

// adminCSV is Đắk Nông's real administrative units before 1/7/2025 (official
// names and codes of the statistics office), copied from the project's
// reference file daknong_units.csv. One name there has a doubled space
// ("Xã  Đắk Lao"); loadAdmin collapses runs of spaces.
const adminCSV = `code,name,level,parent_code
67,Tỉnh Đắk Nông,province,
660,Thành phố Gia Nghĩa,district,67
24611,Phường Nghĩa Đức,commune,660
24612,Phường Nghĩa Thành,commune,660
24614,Phường Nghĩa Phú,commune,660
24615,Phường Nghĩa Tân,commune,660
24617,Phường Nghĩa Trung,commune,660
24618,Xã Đăk R'Moan,commune,660
24619,Phường Quảng Thành,commune,660
24628,Xã Đắk Nia,commune,660
661,Huyện Đăk Glong,district,67
24616,Xã Quảng Sơn,commune,661
24620,Xã Quảng Hoà,commune,661
24622,Xã Đắk Ha,commune,661
24625,Xã Đắk R'Măng,commune,661
24631,Xã Quảng Khê,commune,661
24634,Xã Đắk Plao,commune,661
24637,Xã Đắk Som,commune,661
662,Huyện Cư Jút,district,67
24640,Thị trấn Ea T'Ling,commune,662
24643,Xã Đắk Wil,commune,662
24646,Xã Ea Pô,commune,662
24649,Xã Nam Dong,commune,662
24652,Xã Đắk DRông,commune,662
24655,Xã Tâm Thắng,commune,662
24658,Xã Cư Knia,commune,662
24661,Xã Trúc Sơn,commune,662
663,Huyện Đắk Mil,district,67
24664,Thị trấn Đắk Mil,commune,663
24667,Xã  Đắk Lao,commune,663
24670,Xã Đắk R'La,commune,663
24673,Xã Đắk Gằn,commune,663
24676,Xã Đức Mạnh,commune,663
24677,Xã Đắk N'Drót,commune,663
24678,Xã Long Sơn,commune,663
24679,Xã Đắk Sắk,commune,663
24682,Xã Thuận An,commune,663
24685,Xã Đức Minh,commune,663
664,Huyện Krông Nô,district,67
24688,Thị trấn Đắk Mâm,commune,664
24691,Xã Đắk Sôr,commune,664
24692,Xã Nam Xuân,commune,664
24694,Xã Buôn Choah,commune,664
24697,Xã Nam Đà,commune,664
24699,Xã Tân Thành,commune,664
24700,Xã Đắk Drô,commune,664
24703,Xã Nâm Nung,commune,664
24706,Xã Đức Xuyên,commune,664
24709,Xã Đắk Nang,commune,664
24712,Xã Quảng Phú,commune,664
24715,Xã Nâm N'Đir,commune,664
665,Huyện Đắk Song,district,67
24717,Thị trấn Đức An,commune,665
24718,Xã Đắk Môl,commune,665
24719,Xã Đắk Hòa,commune,665
24721,Xã Nam Bình,commune,665
24722,Xã Thuận Hà,commune,665
24724,Xã Thuận Hạnh,commune,665
24727,Xã Đắk N'Dung,commune,665
24728,Xã Nâm N'Jang,commune,665
24730,Xã Trường Xuân,commune,665
666,Huyện Đắk R'Lấp,district,67
24733,Thị trấn Kiến Đức,commune,666
24745,Xã Quảng Tín,commune,666
24750,Xã Đắk Wer,commune,666
24751,Xã Nhân Cơ,commune,666
24754,Xã Kiến Thành,commune,666
24756,Xã Nghĩa Thắng,commune,666
24757,Xã Đạo Nghĩa,commune,666
24760,Xã Đắk Sin,commune,666
24761,Xã Hưng Bình,commune,666
24763,Xã Đắk Ru,commune,666
24766,Xã Nhân Đạo,commune,666
667,Huyện Tuy Đức,district,67
24736,Xã Quảng Trực,commune,667
24739,Xã Đắk Búk So,commune,667
24740,Xã Quảng Tâm,commune,667
24742,Xã Đắk R'Tíh,commune,667
24746,Xã Đắk Ngo,commune,667
24748,Xã Quảng Tân,commune,667
`

// unit is one row of data/units.csv.
type unit struct {
	ID, Name, Kind, Parent string
	// Short is the name without its type ("Cư Jút" for "Huyện Cư Jút").
	Short     string
	district  *unit // communes: their district
	successor *unit // communes: the commune it became part of on 1/7/2025
}

// unitKinds are the name prefixes that give a unit's kind, longest first.
var unitKinds = []string{"Thành phố", "Thị trấn", "Phường", "Huyện", "Tỉnh", "Xã"}

// splitKind splits an official name into its kind and short name.
func splitKind(name string) (kind, short string) {
	for _, k := range unitKinds {
		if rest, ok := strings.CutPrefix(name, k+" "); ok {
			return k, rest
		}
	}
	panic("no kind prefix in " + name)
}

// loadAdmin returns the province, its districts and communes with their ids.
// A commune whose slug is already taken (Thị trấn Đắk Mil beside Huyện Đắk
// Mil) gets a short kind prefix ("tt-dak-mil").
func loadAdmin() (province *unit, districts, communes []*unit) {
	rows, err := csv.NewReader(strings.NewReader(adminCSV)).ReadAll()
	if err != nil {
		panic(err)
	}
	byCode := map[string]*unit{}
	taken := map[string]bool{}
	prefix := map[string]string{"Thị trấn": "tt", "Phường": "p", "Xã": "xa"}
	for _, r := range rows[1:] {
		name := strings.Join(strings.Fields(r[1]), " ")
		kind, short := splitKind(name)
		u := &unit{Name: name, Kind: kind, Short: short, ID: slugify(short)}
		if p := byCode[r[3]]; p != nil {
			u.Parent = p.ID
			if r[2] == "commune" {
				u.district = p
			}
		}
		if taken[u.ID] {
			u.ID = prefix[kind] + "-" + u.ID
		}
		if taken[u.ID] {
			panic(fmt.Sprintf("slug %s taken twice", u.ID))
		}
		taken[u.ID] = true
		byCode[r[0]] = u
		switch r[2] {
		case "province":
			province = u
		case "district":
			districts = append(districts, u)
		default:
			communes = append(communes, u)
		}
	}
	return province, districts, communes
}
