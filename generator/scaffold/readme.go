package scaffold

import "strings"

// readmeText is the new site's README.md: what each file is for and what
// to do next, in Vietnamese, for a press officer. root is the root unit's
// name, report the report file New wrote.
func readmeText(root, report string) string {
	return strings.NewReplacer("{root}", root, "{report}", report).Replace(readmeTemplate)
}

// readmeTemplate is readmeText before "{root}" and "{report}" are filled in.
const readmeTemplate = "# Trang thi đua của {root}: các bước tiếp theo\n\n" +
	"Thư mục này do lệnh `generator new` tạo ra. Trang đã dựng được ngay (`generator build`) nhưng " +
	"mới chỉ có đơn vị, nội dung thi đua và một bài mẫu; các ô kết quả ghi \"chưa có số liệu\" cho tới " +
	"khi có báo cáo. Trên Windows, gõ `.\\generator.exe` thay cho `generator` nếu chương trình nằm " +
	"ngay trong thư mục này.\n\n" +
	"## Mỗi tệp để làm gì\n\n" +
	"| tệp | nội dung | việc cần làm |\n" +
	"| --- | --- | --- |\n" +
	"| `site.toml` | tên trang, địa chỉ trang, phong trào và các đợt thi đua | sửa `title`, `baseURL`, số kế hoạch `plan`; ngày các đợt nếu địa phương khác |\n" +
	"| `data/units.csv` | cây đơn vị: tỉnh, xã, thôn (cột `id,name,kind,parent`) | thêm đủ các tổ; mỗi đơn vị không có đơn vị con là một tổ được chấm điểm |\n" +
	"| `data/criteria.toml` | bảy nội dung thi đua và chỉ tiêu | sửa chỉ tiêu cho đúng kế hoạch của địa phương |\n" +
	"| `{report}` | số liệu hằng tháng của các tổ (mới có dòng tiêu đề) | mỗi tháng một tệp trong `data/reports/`, mỗi tổ một dòng |\n" +
	"| `data/deeds.csv` | việc tốt, khen thưởng, biểu dương, mô hình (mới có dòng tiêu đề) | mỗi việc một dòng |\n" +
	"| `content/stories/` | câu chuyện người tốt, việc tốt | đọc rồi xóa `bai-mau.md`, viết bài thật |\n" +
	"| `content/` | tin tức (`content/news/`), trang giới thiệu | thêm khi cần |\n" +
	"| `static/anh/` | ảnh dùng trong bài | tạo thư mục khi có ảnh |\n" +
	"| `public/` | trang đã dựng, để đăng lên mạng | không sửa tay: lệnh `build` ghi lại toàn bộ |\n\n" +
	"Tệp CSV mở và lưu bằng Excel được (\"CSV UTF-8\"), dấu `,` hoặc `;` đều được, ngày dạng " +
	"`dd/mm/yyyy`, tháng dạng `mm/yyyy`. Cũng có thể lưu thẳng thành tệp Excel cùng tên " +
	"(`data/deeds.xlsx` thay cho `data/deeds.csv`), nhưng không để cả hai.\n\n" +
	"## Các lệnh\n\n" +
	"```sh\n" +
	"generator serve --source .   # xem trước tại http://127.0.0.1:1313/, tự cập nhật khi sửa tệp\n" +
	"generator check --source .   # kiểm tra dữ liệu, không ghi gì\n" +
	"generator build --source .   # dựng trang vào thư mục public/\n" +
	"```\n\n" +
	"Khi có lỗi, chương trình ghi `tệp:dòng:cột: lỗi` kèm gợi ý cách sửa, và không động tới thư mục " +
	"`public/` cũ.\n\n" +
	"## Trước khi đăng trang\n\n" +
	"1. Sửa `site.toml`: `title`, `baseURL` (địa chỉ thật của trang), `plan`.\n" +
	"2. Nhập đủ đơn vị, số liệu báo cáo và việc tốt; xóa bài mẫu.\n" +
	"3. Khi số liệu là thật, đổi `illustrative = true` thành `illustrative = false` trong `site.toml`.\n" +
	"4. Chạy `generator build --source .` rồi chép thư mục `public/` lên máy chủ web. Cách đăng trang " +
	"miễn phí hoặc trên máy chủ của tỉnh, và cách tự dựng lại trang mỗi khi sửa số liệu, xem tài liệu " +
	"`docs/huong-dan-dang-trang.md` đi kèm chương trình.\n"
