package main

import (
	"slices"
	"strings"
)

// template is a deed title pattern: "{a|b}" picks one alternative. Months
// limits it to some calendar months (empty: any); Only to some "YYYY-MM".
type template struct {
	Title  string
	Crit   string
	Months []int
	Only   []string
}

// fits reports whether t suits month m.
func (t template) fits(m month) bool {
	if len(t.Only) > 0 {
		return slices.Contains(t.Only, m.String())
	}
	return len(t.Months) == 0 || slices.Contains(t.Months, int(m.Month))
}

// expand fills every "{a|b|c}" slot of s with one alternative.
func (g *gen) expand(s string) string {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return s
		}
		j := i + strings.IndexByte(s[i:], '}')
		s = s[:i] + g.pick(strings.Split(s[i+1:j], "|")) + s[j+1:]
	}
}

var (
	dry   = []int{12, 1, 2, 3, 4}
	rainy = []int{6, 7, 8, 9, 10}
)

// goodDeeds are the viec-tot templates.
var goodDeeds = []template{
	{"Trả lại {ví tiền|điện thoại|túi xách|chiếc nhẫn vàng|bóp da có tiền} nhặt được cho người đánh rơi", "4.7", nil, nil},
	{"Nhặt được {ví tiền|điện thoại di động|giấy tờ xe} trên đường, nhờ Công an xã trả lại người mất", "4.7", nil, nil},
	{"Trả lại tiền chuyển khoản nhầm cho người gửi", "4.7", nil, nil},
	{"Giúp dân chống ngập sau mưa lớn", "4.3", rainy, nil},
	{"Giúp hộ dân di dời tài sản khỏi khu vực có nguy cơ sạt lở", "4.3", rainy, nil},
	{"Dọn cây đổ chắn đường sau {giông lốc|mưa lớn}", "4.6", []int{4, 5, 6, 7, 8, 9, 10}, nil},
	{"Tuần tra đêm bảo đảm an toàn lễ hội mừng lúa mới", "4.6", []int{10, 11, 12}, nil},
	{"Tuần tra bảo đảm an toàn đêm Trung thu cho thiếu nhi", "4.6", []int{9}, nil},
	{"Tuần tra, giữ trật tự đêm Giáng sinh", "4.6", []int{12}, nil},
	{"Tuần tra, giữ trật tự {dịp Tết Nguyên đán|đêm Giao thừa|lễ hội đầu xuân}", "4.6", []int{1, 2}, nil},
	{"Giữ trật tự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư", "4.6", []int{11}, nil},
	{"Hòa giải mâu thuẫn đất đai giữa hai hộ", "4.1", nil, nil},
	{"Hòa giải thành mâu thuẫn {trong gia đình|giữa hai hộ về ranh giới rẫy|giữa hai nhóm thanh niên|giữa hai hộ về lối đi chung}", "4.1", nil, nil},
	{"Kịp thời báo tin vụ trộm {bò|xe máy|máy bơm nước}, giúp Công an xã thu hồi tài sản", "4.1", nil, nil},
	{"Kịp thời báo tin vụ trộm cà phê, giúp Công an xã thu hồi tài sản", "4.1", []int{10, 11, 12, 1}, nil},
	{"Phát hiện, báo tin nhóm thanh niên tụ tập gây rối", "4.1", nil, nil},
	{"Phối hợp Công an xã ngăn chặn vụ xô xát trong tiệc cưới", "4.1", nil, nil},
	{"Tuyên truyền phòng, chống lừa đảo qua mạng cho bà con", "4.1", nil, nil},
	{"Cảnh báo người dân thủ đoạn giả danh công an gọi điện lừa đảo", "4.1", nil, nil},
	{"Tham gia dập tắt đám cháy {rẫy|thảm cỏ khô|bãi rác}", "4.3", dry, nil},
	{"Kịp thời dập lửa cháy bếp, không để lan sang nhà bên", "4.3", nil, nil},
	{"Tuyên truyền phòng cháy, chữa cháy mùa khô cho bà con", "4.3", dry, nil},
	{"Cứu người bị đuối nước khi qua suối", "4.3", rainy, nil},
	{"Vận động người dân tự nguyện giao nộp {súng tự chế|súng kíp|vật liệu nổ còn sót lại}", "4.4", nil, nil},
	{"Giúp Công an xã rà soát, cập nhật thông tin nhân khẩu", "4.4", nil, nil},
	{"Hướng dẫn bà con kích hoạt tài khoản định danh điện tử", "4.4", nil, nil},
	{"Hỗ trợ kiểm tra tạm trú, tạm vắng mùa thu hoạch cà phê", "4.4", []int{10, 11, 12, 1}, nil},
	{"Giúp người chấp hành xong án phạt tù tìm việc làm", "4.5", nil, nil},
	{"Thăm hỏi, động viên người mới trở về địa phương tái hòa nhập cộng đồng", "4.5", nil, nil},
	{"Cảm hóa thanh niên chậm tiến trở về làm ăn lương thiện", "4.5", nil, nil},
	{"Phân luồng giao thông {giờ tan trường|phiên chợ sáng|tại điểm sạt lở trên đường liên xã}", "4.6", nil, nil},
	{"Đưa người bị tai nạn giao thông đi cấp cứu kịp thời", "4.6", nil, nil},
	{"Bảo vệ hiện trường vụ tai nạn giao thông chờ lực lượng chức năng", "4.6", nil, nil},
	{"Tuần tra bảo vệ vườn cà phê mùa thu hoạch", "4.6", []int{10, 11, 12, 1}, nil},
	{"Dẫn học sinh qua suối an toàn mùa mưa", "4.6", []int{8, 9, 10}, nil},
	{"Dựng lại cầu tạm bị lũ cuốn trôi", "4.6", []int{8, 9, 10}, nil},
	{"Đưa người say rượu về nhà an toàn", "4.6", nil, nil},
	{"Tìm giúp {đàn bò|con trâu|đàn dê} đi lạc cho người dân", "4.7", nil, nil},
	{"Đưa cụ già lạc đường về với gia đình", "4.7", nil, nil},
	{"Tìm thấy cháu bé đi lạc trong rẫy, đưa về nhà an toàn", "4.7", nil, nil},
	{"Giúp gia đình neo đơn thu hoạch cà phê", "4.7", []int{10, 11, 12}, nil},
	{"Lợp lại mái nhà bị tốc cho hộ nghèo sau giông", "4.7", []int{4, 5, 6, 7, 8, 9}, nil},
	{"Tham gia hiến máu tình nguyện", "4.7", nil, nil},
	{"Góp công xóa nhà tạm, nhà dột nát cho hộ khó khăn", "4.7", []int{3, 4, 5, 6, 7, 8}, nil},
	{"Tuyên truyền Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tại buổi họp dân", "4.2", nil, nil},
	{"Vận động bà con tham gia tổ tự quản về an ninh, trật tự", "4.2", nil, nil},
	{"Tham gia tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "4.2", []int{8}, nil},
}

// praises are the bieu-duong templates.
var praises = []template{
	{"Biểu dương tổ viên kịp thời báo tin vụ việc về an ninh, trật tự", "4.7", nil, nil},
	{"Biểu dương gương người tốt, việc tốt trong tháng", "4.7", nil, nil},
	{"Biểu dương tổ viên tích cực tuần tra dịp Tết", "4.7", []int{1, 2}, nil},
	{"Biểu dương tổ viên trả lại tài sản nhặt được", "4.7", nil, nil},
	{"Ghi nhận gương người tốt, việc tốt tại buổi họp dân", "4.7", nil, nil},
	{"Biểu dương tổ viên vận động người dân cung cấp thông tin nhân khẩu", "4.7", nil, nil},
	{"Biểu dương tổ viên dũng cảm cứu người trong mùa mưa lũ", "4.7", rainy, nil},
}

// awards are the khen-thuong templates.
var awards = []template{
	{"Khen thưởng tổ viên dũng cảm tham gia bắt giữ đối tượng trộm cắp", "4.7", nil, nil},
	{"Khen thưởng vì góp phần làm rõ vụ trộm {cà phê|bò|xe máy}", "4.7", nil, nil},
	{"Giấy khen vì thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc", "4.7", nil, nil},
	{"Khen thưởng tổ viên cứu người trong đám cháy", "4.7", nil, nil},
	{"Khen thưởng tổ hoàn thành xuất sắc nhiệm vụ năm 2024", "4.7", nil, []string{"2024-12", "2025-01"}},
	{"Khen thưởng thành tích xuất sắc trong Đợt 1 phong trào thi đua đặc biệt", "4.7", nil, []string{"2025-01", "2025-02"}},
	{"Khen thưởng thành tích xuất sắc khi tổng kết phong trào thi đua đặc biệt", "4.7", nil, []string{"2025-08"}},
}

// models are the names of recognised models (mô hình) for criterion 4.2.
var models = []string{"Camera an ninh", "Tổ liên gia tự quản về an ninh, trật tự",
	"{village} an toàn về an ninh, trật tự", "Nhóm Zalo an ninh {village}", "Kẻng an ninh",
	"Dòng họ không có người vi phạm pháp luật", "Già làng, người có uy tín tham gia hòa giải",
	"Cổng trường an toàn giao thông", "Thắp sáng đường quê", "Vườn cà phê an toàn",
	"Loa phát thanh an ninh, trật tự", "Cảm hóa, giúp đỡ người lầm lỗi tại cộng đồng",
	"Phụ nữ tham gia bảo vệ an ninh, trật tự", "Tự quản phòng cháy, chữa cháy liên hộ"}

// modelTitles frame a model's name in a deed title.
var modelTitles = []string{"Mô hình “%s” được ghi nhận", "Xây dựng mô hình “%s”",
	"Mô hình “%s” phát huy hiệu quả, được nhân rộng", "Mô hình “%s” được biểu dương"}
