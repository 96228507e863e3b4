package site

import (
	"strings"
	"testing"
)

// fixtureReleases counts the fixture's press releases: the 6 units with
// phase bulletins in Đợt 2, which holds February 2025, the month that
// has just ended on 15/03/2025.
const fixtureReleases = 6

// TestRelease: the province's release of February 2025, worked out from
// the fixture. Đợt 2 as of 15/03/2025: 4.1 (1 point) met by 1 of the 5
// teams, 4.7 (2 points) by another, so none meets both and the mean
// score is (1 + 2) / 5 = 0,6 of 3. February's only deed is Buôn Ấp Ê's
// model of 20/02 (in Huyện Đắk A, which had none in January: a rise from
// 0 to 1; Thành phố B had none either month). No commendation and no
// story in February: those paragraphs are left out. The page says the
// same as its plain-text twin, with links inside the site where the text
// has URLs.
func TestRelease(t *testing.T) {
	m := buildFixture(t)
	want := "Thông cáo báo chí: kết quả phong trào thi đua tháng 2/2025 – Tỉnh Thử\n\n" +
		"Tính đến ngày 15/03/2025, 5 Tổ bảo vệ an ninh, trật tự ở cơ sở của Tỉnh Thử tham gia phong trào thử theo Kế hoạch số 1/KH-THU. " +
		"Trong Đợt 2, 0 tổ (0%) đạt cả 2 nội dung thi đua; điểm bình quân các tổ là 0,60 trên 3 điểm.\n\n" +
		"Trong tháng 2/2025, các tổ ghi nhận 1 việc tốt, khen thưởng, mô hình (1 mô hình); 1/5 tổ có việc tốt trong tháng. " +
		"Số việc tăng nhiều nhất so với tháng trước ở Huyện Đắk A (https://thu.example.vn/don-vi/huyen-a.html) (từ 0 lên 1 việc).\n\n" +
		"Kết quả, xếp hạng và bản tin in được của từng đơn vị xem tại https://thu.example.vn/ban-tin/thang/2025-02/. (Dữ liệu minh họa, không phải số liệu thật.)\n"
	if got := get(t, m, "/thong-cao/2025-02/tinh.txt"); got != want {
		t.Errorf("release text:\n%q\nwant\n%q", got, want)
	}
	checkPage(t, m, "/thong-cao/2025-02/", []string{
		`<a href="/thong-cao/2025-02/tinh.txt">`,
		`ở <a href="/don-vi/huyen-a.html">Huyện Đắk A</a> (từ 0 lên 1 việc).</p>`,
		`xem tại <a href="/ban-tin/thang/2025-02/">https://thu.example.vn/ban-tin/thang/2025-02/</a>.`,
		"Trong Đợt 2, 0 tổ (0%) đạt cả 2 nội dung thi đua",
	}, []string{"lượt khen thưởng", "bài viết về gương"})
	// A commune's release points to its own monthly bulletin.
	if got := get(t, m, "/thong-cao/2025-02/xa-ea-ba.txt"); !strings.Contains(got, "xem tại https://thu.example.vn/ban-tin/thang/2025-02/xa-ea-ba.html.") {
		t.Errorf("commune release: %s", got)
	}
}
