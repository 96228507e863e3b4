package main

// theme is one kind of story: its criterion, title patterns and the text
// pieces its body is assembled from. Placeholders: {thon} the team (as in a
// sentence: "thôn Tân Lập"), {xa} its commune, {tren} the level above,
// {nguoi} and {nguoi2} two people, {ngay} the story's date (d/m/yyyy).
type theme struct {
	criterion string
	titles    []string
	heading   string
	intro     string
	detail    string
	bullets   []string
}

// themes are the story kinds: lost property returned, a night fire, a
// festival patrol, a mediated dispute, a flood rescue and others.
var themes = []theme{
	{"4.7", []string{"Trả lại ví tiền nhặt được cho người đánh rơi ở {thon}", "Tổ viên {thon} trả lại tài sản cho người đánh rơi"},
		"Tìm bằng được người đánh rơi",
		"Sáng {ngay}, trên đường đi tuần tra qua chợ {xa}, anh {nguoi}, tổ viên Tổ bảo vệ an ninh, trật tự {thon}, nhặt được một chiếc ví có tiền mặt, giấy tờ tùy thân và thẻ ngân hàng. Không chút đắn đo, anh mang chiếc ví đến trụ sở Công an {xa} để cùng tìm người đánh rơi.",
		"Dựa vào giấy tờ trong ví, Công an {xa} cùng tổ liên hệ được chủ nhân là một người buôn bán nông sản ở {tren}. Khi nhận lại chiếc ví còn nguyên vẹn, người đánh rơi xúc động cảm ơn và muốn gửi tặng một khoản tiền, nhưng anh {nguoi} nhẹ nhàng từ chối, nói rằng đó là việc ai cũng nên làm.",
		[]string{"Giữ nguyên tài sản, không tự ý mở hay kiểm đếm một mình", "Báo ngay cho Công an {xa} và lập biên bản tiếp nhận", "Đối chiếu giấy tờ để xác định đúng chủ sở hữu", "Bàn giao tài sản khi có người làm chứng", "Nhắc bà con cất giữ tài sản cẩn thận khi đi chợ phiên", "Thông báo trên loa truyền thanh của thôn để người mất biết mà tìm đến"}},
	{"4.3", []string{"Dập tắt đám cháy kho nông sản lúc nửa đêm ở {thon}", "Kịp thời khống chế đám cháy, cứu tài sản của bà con {thon}"},
		"Chia nhau từng việc, không để lửa lan",
		"Khoảng nửa đêm {ngay}, người dân {thon}, {xa} phát hiện khói bốc lên từ một kho chứa cà phê và phân bón. Nhận tin, anh {nguoi}, tổ trưởng Tổ bảo vệ an ninh, trật tự, lập tức gọi các tổ viên và bà con lân cận mang bình chữa cháy, xô nước đến hiện trường, đồng thời báo cho Công an {xa}.",
		"Trong lúc một nhóm ngắt điện và dùng bình bột dập lửa ở cửa kho, anh {nguoi2} cùng mấy thanh niên khiêng các bao hàng còn nguyên ra khoảng sân trống. Sau gần một giờ, đám cháy được khống chế, không ai bị thương. Lực lượng chữa cháy chuyên nghiệp đến sau đó kiểm tra, bảo đảm không còn nguy cơ cháy trở lại.",
		[]string{"Ngắt cầu dao điện trước khi tiếp cận đám cháy", "Dùng bình bột và nước đúng cách, đứng ở đầu hướng gió", "Di chuyển hàng hóa và bình gas ra khỏi khu vực nguy hiểm", "Giữ trật tự, không để người hiếu kỳ đứng quá gần", "Báo ngay cho Công an xã và lực lượng chữa cháy chuyên nghiệp", "Hướng dẫn các hộ kiểm tra lại đường dây điện trong kho"}},
	{"4.6", []string{"Tuần tra giữ bình yên đêm hội ở {thon}", "Tổ bảo vệ an ninh, trật tự {thon} giữ an toàn cho lễ hội mùa xuân"},
		"Chia ca, bám từng điểm nóng",
		"Dịp lễ hội truyền thống diễn ra ở {xa} năm nay, hàng nghìn người dân và du khách đổ về sân văn hóa {thon}. Từ chiều {ngay}, Tổ bảo vệ an ninh, trật tự do anh {nguoi} làm tổ trưởng đã chia ca trực, phối hợp với Công an {xa} giữ gìn trật tự, hướng dẫn người dân gửi xe và đi lại.",
		"Tổ bố trí người ở bãi giữ xe, cổng vào và khu vực bán hàng, nơi dễ xảy ra chen lấn hay móc túi. Khi thấy hai nhóm thanh niên có lời qua tiếng lại sau cuộc vui, các tổ viên kịp thời can ngăn, mời về chỗ riêng nói chuyện cho nguôi giận. Suốt mấy ngày hội, không xảy ra vụ việc phức tạp nào.",
		[]string{"Phân công người trực bãi giữ xe suốt đêm", "Nhắc bà con trông giữ tư trang ở nơi đông người", "Can ngăn kịp thời các cuộc cãi vã khi có người uống rượu", "Hướng dẫn xe ra vào để tránh ùn tắc đường liên thôn", "Báo ngay cho Công an xã khi thấy người có biểu hiện nghi vấn", "Kiểm tra điện, thu dọn vệ sinh sau khi lễ hội kết thúc"}},
	{"4.1", []string{"Hòa giải tranh chấp ranh giới rẫy giữa hai gia đình ở {thon}", "Gỡ nút thắt mâu thuẫn hàng xóm ở {thon}"},
		"Lắng nghe trước, phân xử sau",
		"Nhiều năm nay, hai gia đình ở {thon}, {xa} có rẫy liền kề nhau thường xuyên lời qua tiếng lại vì hàng rào ranh giới. Đầu tháng, mâu thuẫn lên cao khi một bên phát quang lấn sang vài hàng cà phê của bên kia. Biết chuyện, anh {nguoi}, tổ trưởng Tổ bảo vệ an ninh, trật tự, đến tận nhà từng gia đình để lắng nghe.",
		"Ngày {ngay}, tổ mời đại diện hai gia đình, trưởng thôn và người có uy tín trong cộng đồng ngồi lại với nhau ngay trên rẫy. Sau khi cùng đo đạc, đối chiếu giấy tờ và nghe mỗi bên trình bày, hai gia đình đồng ý cắm lại cột mốc, bắt tay làm lành. Công an {xa} ghi nhận đây là kết quả hòa giải tốt ở cơ sở.",
		[]string{"Gặp riêng từng bên để hiểu rõ nguyên nhân", "Mời người có uy tín trong thôn cùng tham gia", "Đo đạc, đối chiếu giấy tờ ngay tại thực địa", "Giữ thái độ khách quan, không thiên vị bên nào", "Lập biên bản hòa giải có chữ ký của hai bên", "Thăm hỏi sau hòa giải để mâu thuẫn không tái diễn"}},
	{"4.3", []string{"Cứu người mắc kẹt giữa dòng lũ ở {thon}", "Trong đêm mưa lũ, tổ viên {thon} đưa bà con đến nơi an toàn"},
		"Dây thừng, áo phao và sự bình tĩnh",
		"Chiều {ngay}, sau trận mưa lớn kéo dài, nước suối đầu {thon}, {xa} dâng cao bất thường. Một người dân đi rẫy về bị nước cuốn trôi xe máy, phải bám vào bụi cây giữa dòng. Nhận tin báo, anh {nguoi} cùng các tổ viên Tổ bảo vệ an ninh, trật tự mang dây thừng, áo phao đến hiện trường.",
		"Anh {nguoi2} buộc dây quanh người, được đồng đội giữ chặt từ bờ, lội ra tiếp cận nạn nhân và đưa vào bờ an toàn. Ngay trong đêm, tổ tiếp tục giúp các hộ ở vùng trũng kê cao đồ đạc, đưa người già và trẻ nhỏ lên nhà văn hóa thôn. Công an {xa} có mặt phối hợp và cảnh báo tại các điểm ngầm tràn.",
		[]string{"Cắm biển cảnh báo, căng dây tại các điểm ngầm tràn", "Chuẩn bị sẵn dây thừng, áo phao và đèn pin trong mùa mưa", "Ưu tiên di chuyển người già, trẻ nhỏ và phụ nữ có thai", "Không để người dân tự ý vượt suối khi nước lớn", "Báo cáo kịp thời tình hình cho Công an xã", "Giúp bà con dọn dẹp nhà cửa sau khi nước rút"}},
	{"4.1", []string{"Từ tin báo của tổ viên, tìm lại chiếc xe máy bị mất trộm ở {xa}", "Nguồn tin kịp thời từ {thon} giúp làm rõ vụ trộm cắp"},
		"Chuyển tin nhanh và đúng người",
		"Sáng {ngay}, anh {nguoi}, tổ viên Tổ bảo vệ an ninh, trật tự {thon}, nghe bà con kể có người lạ rao bán xe máy không giấy tờ với giá rẻ. Không tự ý giữ người hay tra hỏi, anh ghi lại đặc điểm chiếc xe, hướng đi của người bán rồi báo ngay cho Công an {xa}.",
		"Chỉ ít phút sau, tổ công tác của Công an {xa} có mặt và mời người bán xe về trụ sở làm việc. Qua xác minh, chiếc xe là tài sản của một người dân ở {tren} bị lấy trộm mấy hôm trước. Vụ việc được chuyển đến cơ quan có thẩm quyền xử lý theo quy định, còn chiếc xe được trả lại cho chủ.",
		[]string{"Ghi lại đặc điểm người và phương tiện nghi vấn", "Không tự ý bắt giữ hay đánh đập người bị nghi ngờ", "Báo ngay cho Công an xã qua người phụ trách địa bàn", "Giữ bí mật danh tính người cung cấp tin", "Nhắc bà con khóa cổ xe, không để chìa khóa trên xe khi vào rẫy", "Hỗ trợ Công an xã khi được đề nghị xác minh"}},
	{"4.5", []string{"Giúp người lầm lỗi ở {thon} làm lại cuộc đời", "Tổ bảo vệ an ninh, trật tự {thon} đỡ đầu người chấp hành xong án phạt tù"},
		"Một công việc, một niềm tin",
		"Trở về {thon}, {xa} sau khi chấp hành xong án phạt tù, anh thanh niên mà tổ nhận đỡ đầu từng mặc cảm, ít ra khỏi nhà. Anh {nguoi}, tổ trưởng Tổ bảo vệ an ninh, trật tự, nhiều lần ghé thăm, trò chuyện, rồi cùng Công an {xa} và đoàn thanh niên bàn cách giúp anh có việc làm ổn định.",
		"Từ {ngay}, tổ giới thiệu anh vào làm ở một xưởng sơ chế nông sản gần thôn, đồng thời vận động các hội đoàn thể hỗ trợ cây giống để gia đình trồng xen trên rẫy. Đến nay, anh đã có thu nhập, chăm chỉ tham gia sinh hoạt thôn và không vi phạm pháp luật trở lại.",
		[]string{"Thăm hỏi thường xuyên, không kỳ thị người lầm lỗi", "Giới thiệu việc làm phù hợp với sức khỏe và tay nghề", "Phối hợp với gia đình theo dõi, động viên", "Vận động đoàn thể hỗ trợ vốn, cây giống", "Mời tham gia các hoạt động chung của thôn", "Báo cáo định kỳ với Công an xã về tình hình tái hòa nhập"}},
	{"4.4", []string{"Vận động bà con {thon} giao nộp súng tự chế", "Tổ bảo vệ an ninh, trật tự {thon} thu gom vũ khí, vật liệu nổ"},
		"Đến từng nhà, nói cho thấu",
		"Hưởng ứng đợt vận động toàn dân giao nộp vũ khí, vật liệu nổ và công cụ hỗ trợ, Tổ bảo vệ an ninh, trật tự {thon}, {xa} đã đến từng nhà giải thích quy định của pháp luật và những nguy hiểm khi cất giữ súng tự chế. Anh {nguoi} kiên trì gặp những hộ còn giữ súng săn cũ để thuyết phục.",
		"Ngày {ngay}, nhiều hộ dân đã tự nguyện mang súng tự chế, dao găm và pháo nổ đến giao nộp cho Công an {xa}, có sự chứng kiến của tổ và trưởng thôn. Từ đầu phong trào đến nay, trên địa bàn thôn không xảy ra vụ việc nào liên quan đến vũ khí trái phép.",
		[]string{"Tuyên truyền quy định về quản lý vũ khí ở các buổi họp thôn", "Gặp riêng những hộ còn cất giữ súng săn cũ", "Bảo đảm an toàn khi tiếp nhận và vận chuyển hiện vật", "Lập biên bản giao nộp có chữ ký người giao và người nhận", "Biểu dương kịp thời những hộ tự giác giao nộp", "Báo cáo Công an xã danh sách vật phẩm đã thu gom"}},
	{"4.4", []string{"Giúp người cao tuổi ở {thon} cập nhật thông tin cư trú", "Tổ bảo vệ an ninh, trật tự {thon} cùng bà con làm sạch dữ liệu dân cư"},
		"Đi từng xóm, gõ cửa từng nhà",
		"Nhiều người cao tuổi ở {thon}, {xa} không quen dùng điện thoại thông minh nên lúng túng khi cần khai báo tạm trú, tạm vắng hay cập nhật thông tin cư trú. Anh {nguoi} và các tổ viên Tổ bảo vệ an ninh, trật tự đã đến từng nhà để hướng dẫn, ghi lại những thông tin còn thiếu.",
		"Trong đợt cao điểm bắt đầu từ {ngay}, tổ phối hợp với Công an {xa} rà soát nhân khẩu của toàn thôn, phát hiện và hướng dẫn các hộ bổ sung thông tin còn sai lệch. Nhờ vậy, tỷ lệ hộ cung cấp đầy đủ thông tin cho Công an xã đã vượt chỉ tiêu mà kế hoạch thi đua đề ra.",
		[]string{"Hướng dẫn khai báo tạm trú, tạm vắng qua ứng dụng", "Hỗ trợ người cao tuổi, người khuyết tật ngay tại nhà", "Rà soát, đối chiếu nhân khẩu với sổ theo dõi của thôn", "Nhắc các hộ cho thuê trọ khai báo lưu trú đúng hạn", "Giữ kín thông tin cá nhân của người dân", "Báo cáo Công an xã những trường hợp cần xác minh thêm"}},
	{"4.6", []string{"Phân luồng giao thông sau va chạm trên đường qua {thon}", "Tổ viên {thon} sơ cứu người bị nạn, giữ thông tuyến đường"},
		"Giữ hiện trường, thông dòng xe",
		"Chiều {ngay}, một vụ va chạm giữa xe tải và xe máy xảy ra trên đoạn đường qua {thon}, {xa}, khiến giao thông ùn ứ kéo dài. Đang tuần tra gần đó, anh {nguoi} cùng các tổ viên Tổ bảo vệ an ninh, trật tự nhanh chóng có mặt, sơ cứu người bị thương và báo cho Công an {xa}.",
		"Trong khi chờ lực lượng chức năng, tổ căng dây giữ nguyên hiện trường, đặt biển báo từ xa và phân luồng cho xe đi qua từng làn. Người bị thương được anh {nguoi2} đưa đi cấp cứu kịp thời. Chỉ sau khoảng nửa giờ, giao thông trên tuyến đường đã trở lại bình thường.",
		[]string{"Đặt biển báo, đèn cảnh báo từ xa để các xe giảm tốc", "Sơ cứu người bị thương và gọi xe cấp cứu", "Giữ nguyên hiện trường, không tự ý di chuyển phương tiện", "Phân luồng từng làn, ưu tiên xe cứu thương", "Ghi lại thông tin người chứng kiến cho Công an xã", "Nhắc bà con đội mũ bảo hiểm, không uống rượu bia khi lái xe"}},
	{"4.1", []string{"Ngăn một vụ lừa đảo qua điện thoại ở {thon}", "Tổ viên {thon} giúp bà con tránh bẫy lừa đảo trên mạng"},
		"Chậm lại một nhịp để tránh mất tiền",
		"Sáng {ngay}, một phụ nữ ở {thon}, {xa} hốt hoảng ra ngân hàng định chuyển một khoản tiền lớn vì nhận được cuộc gọi tự xưng là cán bộ cơ quan chức năng, báo con mình đang gặp nạn. Anh {nguoi}, tổ viên Tổ bảo vệ an ninh, trật tự, tình cờ gặp và thấy có điều bất thường.",
		"Anh {nguoi} mời bà vào trụ sở Công an {xa}, cùng cán bộ gọi điện xác minh với người con. Hóa ra con bà vẫn đang đi làm bình thường, còn cuộc gọi kia là thủ đoạn lừa đảo quen thuộc. Khoản tiền dành dụm nhiều năm của gia đình được giữ lại nguyên vẹn.",
		[]string{"Không chuyển tiền theo yêu cầu của người lạ qua điện thoại", "Gọi lại cho người thân để xác minh trước khi làm bất cứ việc gì", "Không đưa mã xác thực ngân hàng cho bất kỳ ai", "Báo ngay cho Công an xã khi nghi ngờ bị lừa", "Chia sẻ cảnh báo trong nhóm tin nhắn của thôn", "Đặc biệt lưu ý người cao tuổi sống một mình"}},
	{"4.2", []string{"Mô hình “Camera an ninh” ở {thon} được Công an ghi nhận", "Mô hình “Thắp sáng đường quê” giữ bình yên {thon}"},
		"Của dân, do dân, vì dân",
		"Từ ý tưởng của anh {nguoi}, tổ trưởng Tổ bảo vệ an ninh, trật tự, bà con {thon}, {xa} đã góp tiền, góp công lắp đặt camera và đèn chiếu sáng tại các ngã ba, đường vào rẫy và khu vực quanh nhà văn hóa. Các tổ viên thay nhau kiểm tra, ghi nhận những điều bất thường.",
		"Từ khi mô hình đi vào hoạt động, tình trạng trộm cắp vặt và đua xe ban đêm trên địa bàn giảm rõ rệt. Ngày {ngay}, mô hình được Công an {tren} ghi nhận là cách làm hay, cần nhân rộng. Nhiều thôn lân cận đã đến học hỏi kinh nghiệm của tổ.",
		[]string{"Họp dân bàn bạc, thống nhất vị trí lắp đặt", "Vận động bà con đóng góp theo khả năng, công khai thu chi", "Phân công tổ viên theo dõi, bảo quản thiết bị", "Chỉ dùng hình ảnh để phục vụ phòng ngừa vi phạm", "Phối hợp với Công an xã khi cần trích xuất hình ảnh", "Sơ kết định kỳ để sửa những chỗ chưa hợp lý"}},
}

// Pieces shared by every theme.
var (
	listLeads = []string{"Những việc tổ đã làm:", "Kinh nghiệm tổ rút ra:", "Cách làm của tổ:"}
	headings  = []string{"Lan tỏa trong cộng đồng", "Bài học từ cơ sở", "Dân tin thì dân giúp", "Giữ bình yên từ mỗi thôn, mỗi tổ"}
	reflects  = []string{
		"Việc làm của tổ tuy nhỏ nhưng cho thấy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở: gần dân, hiểu dân và có mặt kịp thời khi bà con cần. Theo Công an {xa}, từ đầu phong trào thi đua, các tổ trên địa bàn đã chủ động hơn trong nắm tình hình, tuyên truyền và hỗ trợ giải quyết vụ việc ngay từ khi mới phát sinh.",
		"Câu chuyện nhanh chóng được bà con trong thôn kể lại với nhau, trở thành ví dụ sinh động trong các buổi sinh hoạt cộng đồng. Nhiều người cho biết họ yên tâm hơn khi biết rằng mỗi khi có việc, chỉ cần báo cho tổ là sẽ có người đến ngay, và mọi thông tin đều được chuyển đúng đến Công an {xa} để giải quyết theo quy định.",
		"Đánh giá kết quả thực hiện phong trào, Công an {xa} cho rằng điều đáng quý nhất ở các tổ viên là tinh thần tự nguyện, không ngại khó, ngại khổ. Phần lớn họ là nông dân, người buôn bán nhỏ, vẫn phải lo làm ăn cho gia đình, nhưng luôn sẵn sàng gác việc riêng khi thôn xóm cần đến.",
		"Phong trào thi đua đặc biệt đã tạo động lực để các tổ ở {tren} đổi mới cách làm, gắn việc giữ gìn an ninh, trật tự với đời sống hằng ngày của người dân. Những tấm gương như ở {thon} được biểu dương kịp thời, góp phần khích lệ các tổ khác cùng học tập và làm theo.",
	}
	quotes = []string{
		"Người dân tin mình thì mới gọi mình. Việc của tổ là có mặt thật nhanh, làm đúng phần việc của mình và báo ngay cho Công an.",
		"Anh em trong tổ đều là người trong thôn, thấy bà con gặp chuyện thì không thể đứng ngoài. Làm được việc có ích là vui rồi.",
		"Giữ bình yên cho xóm làng không phải việc của riêng ai. Mỗi nhà góp một tay thì thôn mình sẽ ngày càng yên ổn.",
		"Chúng tôi chỉ làm những việc bình thường thôi. Quan trọng là bà con biết tổ ở đâu, cần thì tìm được ngay.",
	}
	closings = []string{
		"Thời gian tới, tổ tiếp tục duy trì lịch tuần tra, phối hợp chặt chẽ với Công an {xa} và các đoàn thể, góp phần hoàn thành các tiêu chí mà kế hoạch thi đua đã đề ra.",
		"Với những việc làm thiết thực như vậy, Tổ bảo vệ an ninh, trật tự {thon} đang từng bước khẳng định vai trò là cánh tay nối dài của Công an cấp xã ở cơ sở.",
		"Ghi nhận đóng góp của tổ, Công an {xa} đã đề nghị cấp có thẩm quyền biểu dương, khen thưởng, đồng thời phổ biến cách làm này đến các thôn, tổ dân phố khác trên địa bàn.",
		"Những việc làm bình dị ấy đang góp phần làm nên hình ảnh đẹp của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trong lòng Nhân dân.",
	}
)
