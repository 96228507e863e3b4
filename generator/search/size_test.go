package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Syllables of place names and words of story titles for synthetic sites.
var (
	syllables = strings.Fields(`Quảng Sơn Hòa Hoà Đắk Đăk Nông Gia Nghĩa Tân Bình An Phú Thành Trung Đức
		Hưng Long Mỹ Lộc Thạnh Xuân Hải Vĩnh Thuận Cát Tiến Minh Hiệp Lợi Phước Thắng Đông Tây
		Nam Bắc Hà Lâm Krông Ea Cư Jút Mil Song Glong Nia Plao Som Wil Pô Knia Trúc Kiến Thọ
		Hợp Hậu Nhơn Lạc Kon Tum Yên Việt Sang Quang Kim Ngọc Vân Hồng Khê Định Thái Hiếu
		Nhân Lập Tiên Phong Châu Giang Điền Thủy Mai Lĩnh Cường Dũng Tâm Hạnh Sa R'Lấp N'Jang
		R'Moan T'Ling DRông Búk Măng Ha Bông Drông Wer Hiao Ngó Rô`)
	storyWords = strings.Fields(`người tốt việc tốt tuần tra đêm cứu cháu bé đuối nước trả lại tài sản
		đánh rơi bắt giữ đối tượng trộm cắp xe máy tổ bảo vệ an ninh trật tự giúp dân phòng cháy
		chữa mô hình camera khu dân cư tuyên truyền pháp luật gương sáng thanh niên phụ nữ cựu
		chiến binh nhặt được ví tiền hoàn trả hòa giải mâu thuẫn gia đình vận động giao nộp vũ khí
		lắp đặt đèn chiếu sáng đường quê an toàn giao thông học sinh đến trường kịp thời dập tắt
		đám cháy rẫy cà phê hồ tiêu mùa khô`)
)

// synthetic returns a site of about the given size: provinces with
// districts, communes and villages (contexts are the ancestors below the
// root, as the site renderer gives them), then stories in villages. Names
// come from a fixed-seed generator, so sizes are the same on every run.
func synthetic(units, stories int) []Doc {
	r := rand.New(rand.NewPCG(1, 2))
	name := func(n int) string {
		parts := make([]string, n)
		for i := range parts {
			parts[i] = syllables[r.IntN(len(syllables))]
		}
		return strings.Join(parts, " ")
	}
	var docs []Doc
	add := func(title, kind, ctx string) Doc {
		d := Doc{Title: title, Kind: kind, Context: ctx, URL: fmt.Sprintf("don-vi/%d/", len(docs))}
		docs = append(docs, d)
		return d
	}
	// Per province: 11 districts of 15 communes of 8 villages, as in the
	// country (≈ 86,000 units in 63 provinces); a one-province site keeps
	// Đắk Nông's shape: 8 districts, 9 communes each, 10 villages each.
	provinces, dists, comms, vills := max(units/1365, 1), 11, 15, 7
	if units < 1365 {
		dists, comms, vills = 8, 9, units/72-1
	}
	var villages []Doc
	for p := range provinces {
		prov := add("Tỉnh "+name(2), "Tỉnh", "")
		if p == 0 {
			docs[0].Title = "Tỉnh Đắk Nông"
			prov = docs[0]
		}
		pctx := prov.Title
		if provinces == 1 {
			pctx = "" // a province site's root: not repeated in contexts
		}
		for range dists {
			dist := add("Huyện "+name(2), "Huyện", pctx)
			dctx := strings.Trim(dist.Title+", "+pctx, ", ")
			for range comms {
				comm := add([]string{"Xã ", "Xã ", "Phường ", "Thị trấn "}[r.IntN(4)]+name(2), "Xã", dctx)
				cctx := comm.Title + ", " + dctx
				for range vills {
					villages = append(villages, add(village(r, name), "Thôn", cctx))
				}
			}
		}
	}
	for i := range stories {
		v := villages[r.IntN(len(villages))]
		words := make([]string, 6+r.IntN(7))
		for j := range words {
			words[j] = storyWords[r.IntN(len(storyWords))]
		}
		words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
		docs = append(docs, Doc{Title: strings.Join(words, " ") + " ở " + v.Title, Kind: "Bài viết",
			URL: fmt.Sprintf("bai-viet/%d/", i), Context: v.Title + ", " + v.Context, Date: "19/09/2024"})
	}
	return docs
}

// village names a village the way the country does: mostly numbered.
func village(r *rand.Rand, name func(int) string) string {
	switch k := r.IntN(20); {
	case k < 11:
		return fmt.Sprintf("Thôn %d", 1+r.IntN(20))
	case k < 14:
		return "Thôn " + name(2)
	case k < 16:
		return fmt.Sprintf("Tổ dân phố %d", 1+r.IntN(15))
	case k < 18:
		return "Buôn " + name(2)
	default:
		return "Bon " + name(2)
	}
}

// TestFirstSearchSize checks what a first search fetches (manifest, word
// chunks, the records of the first 10 results) against the budgets of
// issue 5: 100 KB for a province site, 300 KB for a national one.
func TestFirstSearchSize(t *testing.T) {
	scales := []struct {
		name           string
		units, stories int
		limit          int
	}{
		{"province", 800, 50, 100 << 10},
		{"national", 86000, 20000, 300 << 10},
	}
	for _, s := range scales {
		t.Run(s.name, func(t *testing.T) {
			if s.name == "national" && testing.Short() {
				t.Skip("national scale skipped in -short mode")
			}
			docs := synthetic(s.units, s.stories)
			files, err := Build(docs)
			if err != nil {
				t.Fatal(err)
			}
			total, words := 0, 0
			for p, b := range files {
				total += len(b)
				if strings.HasPrefix(p, Dir+"chi-muc/") {
					words++
				}
			}
			t.Logf("%d docs: %d files, %d KB in all, %d word chunks, manifest %d B",
				len(docs), len(files), total>>10, words, len(files[ManifestPath]))
			for _, q := range []string{"dak nong", "thon 1", "quang hoa", "nguoi tot", "t", "tuần tra đêm"} {
				c := newClient(t, files)
				ids, recs := c.search(q)
				t.Logf("%-14q %6d results, first search fetches %3d files, %6d B", q, len(ids), len(c.fetched), c.bytes())
				if q != "dak nong" && q != "thon 1" {
					continue
				}
				if len(recs) == 0 {
					t.Errorf("%q finds nothing", q)
				}
				if c.bytes() > s.limit {
					t.Errorf("%q fetches %d B, over the %d B budget", q, c.bytes(), s.limit)
				}
			}
		})
	}
}

// BenchmarkBuild measures Build on a province site (≈ 850 docs), the size
// the demo ships; BenchmarkBuildLarge measures it on 50,000 docs.
func BenchmarkBuild(b *testing.B) {
	docs := synthetic(800, 50)
	for b.Loop() {
		if _, err := Build(docs); err != nil {
			b.Fatal(err)
		}
	}
}
