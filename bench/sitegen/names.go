package main

import "strings"

// list splits a comma-separated pool.
func list(s string) []string { return strings.Split(s, ",") }

// provinces are the 34 province-level units after the 2025 reform, with the
// kind each is shown with.
var provinces = []struct{ name, kind string }{
	{"Hà Nội", "Thành phố"}, {"Huế", "Thành phố"}, {"Hải Phòng", "Thành phố"}, {"Đà Nẵng", "Thành phố"},
	{"Hồ Chí Minh", "Thành phố"}, {"Cần Thơ", "Thành phố"}, {"Lai Châu", "Tỉnh"}, {"Điện Biên", "Tỉnh"},
	{"Sơn La", "Tỉnh"}, {"Lạng Sơn", "Tỉnh"}, {"Quảng Ninh", "Tỉnh"}, {"Thanh Hóa", "Tỉnh"},
	{"Nghệ An", "Tỉnh"}, {"Hà Tĩnh", "Tỉnh"}, {"Cao Bằng", "Tỉnh"}, {"Tuyên Quang", "Tỉnh"},
	{"Lào Cai", "Tỉnh"}, {"Thái Nguyên", "Tỉnh"}, {"Phú Thọ", "Tỉnh"}, {"Bắc Ninh", "Tỉnh"},
	{"Hưng Yên", "Tỉnh"}, {"Ninh Bình", "Tỉnh"}, {"Quảng Trị", "Tỉnh"}, {"Quảng Ngãi", "Tỉnh"},
	{"Gia Lai", "Tỉnh"}, {"Khánh Hòa", "Tỉnh"}, {"Lâm Đồng", "Tỉnh"}, {"Đắk Lắk", "Tỉnh"},
	{"Đồng Nai", "Tỉnh"}, {"Tây Ninh", "Tỉnh"}, {"Vĩnh Long", "Tỉnh"}, {"Đồng Tháp", "Tỉnh"},
	{"Cà Mau", "Tỉnh"}, {"An Giang", "Tỉnh"},
}

// Place-name syllables; a commune or village name joins one of each
// ("Tân Lập", "Phú Hưng"). All combinations are invented.
var (
	placeFirst = list("Tân,Phú,An,Bình,Hòa,Long,Thạnh,Vĩnh,Đông,Tây,Nam,Bắc,Trung,Hưng,Phước,Mỹ," +
		"Thuận,Quảng,Xuân,Đức,Minh,Thanh,Hải,Sơn,Cẩm,Kim,Hồng,Nghĩa,Lộc,Thái,Gia,Hợp,Quang,Tiến,Đại,Cao")
	placeSecond = list("Lập,Bình,Hòa,Phú,Sơn,Thịnh,Hưng,Lợi,Thành,Tiến,Mỹ,An,Khánh,Xuân,Phong,Hiệp," +
		"Thuận,Long,Điền,Trạch,Lâm,Hà,Giang,Yên,Định,Ninh,Tâm,Nghĩa,Đông,Tây,Lộc,Trung,Phát,Hải,Châu,Vinh")
	bonNames = list("Bu Prăng,Bu Dấp,Bu Nơr,Bu Koh,Bu Sop,Bu Cháp,Bu Bir,Bu Đách,N'Jriêng,N'Ting," +
		"R'Lông,R'Muông,R'Bút,Đắk Huýt,Ja Ráh,Sa Nar,Sréa,Srê Ú,Phi Mur,Me Ra,Pi Nao,Pu Răng,Bu Lum,Yôk Ju")
	buonNames = list("Ea Pô,Trum,Buôr,Ea Rông,Nui,K'Răng,Ea Tiêu,Ko Đơ,Dơng Yang,Ea Mar,Ea Ktur," +
		"Ea Sar,Ea Na,Ea Đrông,Cư Pang,Ea Kmát,Ea Tung,Ea H'Nin,Ea Ngai,Ea Bar,Kò Mỹ")
)

// Person-name pools; names are invented combinations.
var (
	families    = list("Nguyễn,Nguyễn,Nguyễn,Nguyễn,Trần,Trần,Lê,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Trương,Đinh,Lương,Mai,Cao")
	maleMiddle  = list("Văn,Văn,Văn,Đức,Minh,Hữu,Quang,Công,Xuân,Thanh,Ngọc,Bá")
	femMiddle   = list("Thị,Thị,Thị,Ngọc,Thanh,Thu,Kim,Hồng")
	maleGiven   = list("Hùng,Dũng,Tuấn,Nam,Hải,Sơn,Long,Phúc,Thắng,Hòa,Bình,Cường,Hiếu,Khánh,Trung,Lâm,Quân,Tài,Toàn,Vinh,Đạt,Huy,Lợi,Tín,Thành,Tùng,Việt,Hưng,Phong,Kiên,Nghĩa,Thịnh,Quý,Lộc,Trọng")
	femGiven    = list("Mai,Lan,Hoa,Hương,Hằng,Nga,Thảo,Trang,Hạnh,Yến,Nhung,Linh,Phượng,Loan,Dung,Huệ,Oanh,Thủy,Hiền,Vân")
	mnongGiven  = list("K'Lợi,Sơn,Đình,Khanh,Ông,Brơi,Xuân,Bơ,Dũng,Ngọc,Tuy,K'Rếp,Lứ,Bình,Hiu,Phương,Thái")
	edeGiven    = list("Bhin,Kông,Blô,Dhăm,Thuột,Ngơn,Sơn,Wil,Hoan,Kim,Jú,Khiêm,Nguyên,Ga,Hin,Ben,Siu,Kuăn")
	edeSurnames = list("Niê,Niê,Byă,Mlô,Êban,Ksơr,Ktla,Hwing,Kbuôr,Bdap,Ayun,Mdrang,Adrơng,Knul")
)

// person invents a full name, of a man seven times in ten, that fits a
// team's kind.
func (g *gen) person(teamKind string) string { return g.personOf(teamKind, g.chance(0.7)) }

// personOf invents a full name that fits a team's kind (Bon: M'Nông names,
// Buôn: Ê Đê names, else Kinh names).
func (g *gen) personOf(teamKind string, male bool) string {
	switch teamKind {
	case "Bon":
		if male {
			return "Điểu " + g.pick(mnongGiven)
		}
		return "Thị " + g.pick(mnongGiven)
	case "Buôn":
		if male {
			return "Y " + g.pick(edeGiven) + " " + g.pick(edeSurnames)
		}
		return "H'" + g.pick(edeGiven) + " " + g.pick(edeSurnames)
	}
	if male {
		return g.pick(families) + " " + g.pick(maleMiddle) + " " + g.pick(maleGiven)
	}
	return g.pick(families) + " " + g.pick(femMiddle) + " " + g.pick(femGiven)
}

// placeName invents a two-syllable place name ("Tân Lập").
func (g *gen) placeName() string {
	for {
		a, b := g.pick(placeFirst), g.pick(placeSecond)
		if a != b {
			return a + " " + b
		}
	}
}
