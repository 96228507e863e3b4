package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSlugify(t *testing.T) {
	// Expected values by hand: lowercase, diacritics folded (đ → d, ấ → a),
	// apostrophes dropped, every other separator becomes one "-".
	cases := map[string]string{
		"Đắk R'Lấp":        "dak-rlap",
		"Quảng Hoà":        "quang-hoa",
		"Nâm N'Đir":        "nam-ndir",
		"Ea T'Ling":        "ea-tling",
		"Tổ dân phố 3":     "to-dan-pho-3",
		"Bon Ting Wel Đơm": "bon-ting-wel-dom",
		"  Thôn  10A ":     "thon-10a",
	}
	for in, want := range cases {
		if got := slugify(in); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadAdmin(t *testing.T) {
	province, districts, communes := loadAdmin()
	if province.ID != "dak-nong" || province.Name != "Tỉnh Đắk Nông" || province.Kind != "Tỉnh" {
		t.Fatalf("province = %+v", province)
	}
	var ids []string
	for _, d := range districts {
		ids = append(ids, d.ID)
	}
	// The reference file's order: Gia Nghĩa (660) to Tuy Đức (667).
	want := []string{"gia-nghia", "dak-glong", "cu-jut", "dak-mil", "krong-no", "dak-song", "dak-rlap", "tuy-duc"}
	if !slices.Equal(ids, want) {
		t.Errorf("district ids = %v, want %v", ids, want)
	}
	if len(communes) != 71 {
		t.Fatalf("%d communes, want 71", len(communes))
	}
	byName := map[string]*unit{}
	for _, c := range communes {
		byName[c.Name] = c
		if c.district == nil || c.Parent != c.district.ID {
			t.Errorf("commune %s: parent %q, district %v", c.ID, c.Parent, c.district)
		}
	}
	// Thị trấn Đắk Mil would collide with Huyện Đắk Mil; the doubled space
	// of "Xã  Đắk Lao" in the reference file is collapsed.
	if c := byName["Thị trấn Đắk Mil"]; c == nil || c.ID != "tt-dak-mil" {
		t.Errorf("Thị trấn Đắk Mil = %+v, want id tt-dak-mil", c)
	}
	if c := byName["Xã Đắk Lao"]; c == nil || c.ID != "dak-lao" || c.Short != "Đắk Lao" {
		t.Errorf("Xã Đắk Lao = %+v", c)
	}
}

// generate runs the whole generator with seed into a temporary root.
func generateIn(t *testing.T, seed uint64) (string, *summary) {
	t.Helper()
	root := t.TempDir()
	g := generate(seed)
	if err := g.write(root); err != nil {
		t.Fatal(err)
	}
	s, err := check(root)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	return root, s
}

func TestGenerateIsDeterministicAndValid(t *testing.T) {
	a, s := generateIn(t, defaultSeed)
	b, _ := generateIn(t, defaultSeed)
	if s.teams != teamTotal || s.communes != 71 || s.minTeams < minTeams || s.maxTeams > maxTeams {
		t.Errorf("summary: %d teams, %d communes, %d–%d per commune", s.teams, s.communes, s.minTeams, s.maxTeams)
	}
	// 2–3 % of the 713 × 13 = 9269 team-months are missing: 185 to 278.
	if s.missing < 185 || s.missing > 278 {
		t.Errorf("%d team-months missing, want 2–3 %% of 9269", s.missing)
	}
	for _, f := range []string{"units.csv", "deeds.csv", "reports/2024-12.csv", "reports/2025-08.csv"} {
		x, _ := os.ReadFile(filepath.Join(a, "data", f))
		y, _ := os.ReadFile(filepath.Join(b, "data", f))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", f)
		}
	}
	excel, _ := os.ReadFile(filepath.Join(a, "data", "reports", "2025-04.csv"))
	if !bytes.HasPrefix(excel, []byte("\uFEFFUnit; Month; Tips_Total;")) || !bytes.Contains(excel, []byte(";04/2025;")) {
		t.Errorf("2025-04.csv is not an Excel-style export: %.60q", excel)
	}
}

func TestCheckRejectsBadRows(t *testing.T) {
	root, _ := generateIn(t, 7)
	cases := []struct {
		file, from, to, want string
	}{
		// The first row of 2025-03 starts "<team>,2025-03,"; a first tips_via_force of
		// 99 cannot stay ≤ tips_total unless tips_total is ≥ 99, which Poisson(<4) never is.
		{"reports/2025-03.csv", ",2025-03,", ",2025-03,0,99,", "tips_via_force > tips_total"},
		{"deeds.csv", ",2025-08-19,", ",2025-08-20,", "outside the campaign"},
	}
	for _, c := range cases {
		path := filepath.Join(root, "data", c.file)
		raw, _ := os.ReadFile(path)
		lines := strings.SplitN(string(raw), "\n", 3)
		if c.file == "deeds.csv" {
			i := strings.LastIndex(string(raw), c.from)
			lines = []string{string(raw[:i]) + c.to + string(raw[i+len(c.from):])}
		} else {
			lines[1] = strings.Replace(lines[1], c.from, c.to, 1)
			// drop the original first two values so the column count stays right
			parts := strings.Split(lines[1], ",")
			lines[1] = strings.Join(append(parts[:4], parts[6:]...), ",")
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := check(root)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: check error = %v, want %q", c.file, err, c.want)
		}
		os.WriteFile(path, raw, 0o644)
	}
}

func TestLoadReform(t *testing.T) {
	province, _, communes := loadAdmin()
	news := loadReform(province, communes)
	// The reference mapping: 71 communes into 28 (daknong_2025_mapping.csv);
	// its first rows put Phường Nghĩa Đức and Nghĩa Thành into Phường Bắc
	// Gia Nghĩa, and Xã Buôn Choah goes into Xã Nam Đà.
	if len(news) != 28 {
		t.Fatalf("%d new communes, want 28", len(news))
	}
	ids := map[string]bool{}
	for _, n := range news {
		if ids[n.ID] || !strings.HasSuffix(n.ID, newCommuneSuffix) || n.Parent != province.ID {
			t.Errorf("new commune %+v: id taken twice, without %s or not under the province", n, newCommuneSuffix)
		}
		ids[n.ID] = true
	}
	byName := map[string]*unit{}
	for _, c := range communes {
		byName[c.Name] = c
	}
	for old, want := range map[string]string{
		"Phường Nghĩa Đức": "phuong-bac-gia-nghia-2025", "Phường Nghĩa Thành": "phuong-bac-gia-nghia-2025",
		"Xã Buôn Choah": "xa-nam-da-2025", "Xã Quảng Sơn": "xa-quang-son-2025",
	} {
		if c := byName[old]; c == nil || c.successor == nil || c.successor.ID != want {
			t.Errorf("%s goes to %v, want %s", old, c.successor, want)
		}
	}
}
