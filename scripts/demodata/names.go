package main

import "strings"

// Village name pools. All villages in the demo are invented; the pools mix
// common Kinh place names with M'Nông (bon) and Ê Đê (buôn) sounding ones.
var (
	thonNames = strings.Split("Tân Lập,Tân Bình,Tân Hòa,Tân Thịnh,Tân Tiến,Tân Phú,"+
		"Tân Sơn,Tân Trung,Tân Hưng,Thuận Tình,Thuận Nghĩa,Quảng Hợp,Quảng Bình,"+
		"Quảng Thuận,Nam Hải,Nam Thanh,Nam Tiến,Nam Sơn,Bắc Sơn,Đồng Tâm,Hòa Bình,"+
		"Hòa Thuận,Xuân Lộc,Xuân Trung,Đức Lập,Đức Thành,Đức Phúc,Hợp Tiến,Hợp Nhất,"+
		"Thanh Sơn,Thanh Bình,Bình Minh,Phú Xuân,Phú Sơn,Phú Lợi,Sơn Thọ,Sơn Hà,"+
		"Trung Sơn,Cao Sơn,Vĩnh An,Vĩnh Phú,Hà Thông,Thống Nhất,Đoàn Kết,Quyết Thắng,"+
		"Tiến Thành,Tiến Lộc,Lộc Xuân,Lộc Thịnh,Kim Phát,Minh Tâm,Châu Thành,"+
		"Cây Xoài,Suối Tre,Đồi Thông,Bàu Sen,Thác Đá,Ninh Giang,Hải Hà,Tây Sơn", ",")
	bonNames = strings.Split("Bu Prăng,Bu Dấp,Bu Nơr,Bu Koh,Bu Sop,Bu Ja Lâm,"+
		"Bu N'Đơr,Bu Cháp,Bu Bir,Bu Đách,N'Jriêng,N'Jang Bơ,N'Ting,R'Lông,R'Muông,"+
		"R'Bút,Đắk Huýt,Đắk Blao,Ja Ráh,Sa Nar,Sa Ó,Sréa,Srê Ú,Ol Bu Tung,Phi Mur,"+
		"Me Ra,Tu Sronh,Pi Nao,Pu Răng,Jun Jú,Ting Wel Đăng,Bu Lum,Đắk Rung,Yôk Ju,"+
		"Nâm Pú,Ka Nur,Rơ Muôn,Bu Gia Rá,Ting Wel Đơm,Tu Dơng", ",")
	buonNames = strings.Split("Ea Pô,Trum,Buôr,Ea Rông,Nui,K'Răng,Ea Tiêu,Ko Đơ,"+
		"Dơng Yang,Ea M'Droh,Ja Rah,Ea Mar,Ea Ktur,Ea Sar,Ea Na,Ea Đrông,Cư Pang,"+
		"Ea Kmát,Ea Rớt,Ea Tung,Ea H'Nin,Ea Ngai,Ea Bar,Kò Mỹ", ",")
)

// Person name pools, invented combinations only.
var (
	kinhFamilies = strings.Split("Nguyễn,Nguyễn,Nguyễn,Nguyễn,Trần,Trần,Lê,Lê,Phạm,"+
		"Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Trương,Đinh,Lương,Mai,Cao", ",")
	kinhMaleMiddle   = strings.Split("Văn,Văn,Văn,Đức,Minh,Hữu,Quang,Công,Xuân,Thanh,Ngọc,Bá", ",")
	kinhFemaleMiddle = strings.Split("Thị,Thị,Thị,Ngọc,Thanh,Thu,Kim,Hồng", ",")
	kinhMaleGiven    = strings.Split("Hùng,Dũng,Tuấn,Nam,Hải,Sơn,Long,Phúc,Thắng,Hòa,"+
		"Bình,Cường,Hiếu,Khánh,Trung,Lâm,Quân,Tài,Toàn,Vinh,Đạt,Huy,Lợi,Tín,Thành,"+
		"Tùng,Việt,Hưng,Phong,Kiên,Nghĩa,Thịnh,Quý,Lộc,Trọng", ",")
	kinhFemaleGiven = strings.Split("Mai,Lan,Hoa,Hương,Hằng,Nga,Thảo,Trang,Hạnh,Yến,"+
		"Nhung,Linh,Phượng,Loan,Dung,Huệ,Oanh,Thủy,Hiền,Vân", ",")
	tayFamilies    = strings.Split("Nông,Hoàng,Lường,Lục,Triệu,Ma,Hà,Lộc,Vi", ",")
	mnongMaleGiven = strings.Split("K'Lợi,Sơn,Đình,Khanh,Ông,Brơi,Xuân,Bơ,Dũng,Ngọc,Tuy,K'Rếp,Lứ,Bình,Hiu,K'Mai,Phương,Thái", ",")
	mnongFemale    = strings.Split("Mai,Blanh,Hồng,Nhung,Hlên,Bích,Thơm,Ngọc,Mơ,Lý,Dung", ",")
	edeMaleGiven   = strings.Split("Bhin,Kông,Blô,Dhăm,Thuột,Ngơn,Sơn,Wil,Hoan,Kim,Jú,Khiêm,Nguyên,Ga,Hin,Ben,Siu,Kuăn", ",")
	edeFemaleGiven = strings.Split("Nga,Yam,Bia,Loan,Hen,Mai,Nhim,Huê,Rim,Bruai,Ju,Ni", ",")
	edeSurnames    = strings.Split("Niê,Niê,Byă,Mlô,Êban,Ksơr,Ktla,Hwing,Kbuôr,Bdap,Ayun,Mdrang,Adrơng,Knul", ",")
)

// Ethnic name styles of a village's people.
const (
	styleKinh = iota
	styleTay
	styleMnong
	styleEde
)

// personName invents a full name in the given style.
func (g *gen) personName(style int, male bool) string {
	switch style {
	case styleTay:
		mid := "Văn"
		if !male {
			mid = "Thị"
		}
		return g.pick(tayFamilies) + " " + mid + " " + g.given(male)
	case styleMnong:
		if male {
			if g.chance(0.7) {
				return "Điểu " + g.pick(mnongMaleGiven)
			}
			return "Y " + g.pick(mnongMaleGiven)
		}
		if g.chance(0.5) {
			return "Điểu Thị " + g.pick(mnongFemale)
		}
		return "Thị " + g.pick(mnongFemale)
	case styleEde:
		if male {
			return "Y " + g.pick(edeMaleGiven) + " " + g.pick(edeSurnames)
		}
		return "H'" + g.pick(edeFemaleGiven) + " " + g.pick(edeSurnames)
	}
	if male {
		return g.pick(kinhFamilies) + " " + g.pick(kinhMaleMiddle) + " " + g.given(male)
	}
	return g.pick(kinhFamilies) + " " + g.pick(kinhFemaleMiddle) + " " + g.given(male)
}

func (g *gen) given(male bool) string {
	if male {
		return g.pick(kinhMaleGiven)
	}
	return g.pick(kinhFemaleGiven)
}
