package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// marker is the file that marks a folder as written by sitegen, so that a
// later run may replace it.
const marker = ".sitegen"

// siteTOML is the synthetic site's site.toml: the demo's campaign.
const siteTOML = `# Synthetic site written by bench/sitegen (scale %s, seed %d). Illustrative data.
title = "Thi đua bảo vệ an ninh, trật tự ở cơ sở (dữ liệu tổng hợp, quy mô %s)"
baseURL = "https://bench.example.vn/"
illustrative = true
asOf = 2025-08-19

[campaign]
name = "Phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"
slogan = "Lực lượng mới, khí thế mới, thi đua bảo vệ an ninh, trật tự ở cơ sở trong tình hình mới"
plan = "591/KH-UBND"
start = 2024-08-19
end = 2025-08-19

[[campaign.phases]]
id = "dot-1"
name = "Đợt 1"
title = "Thi đua lập thành tích chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"
start = 2024-08-19
end = 2025-02-03

[[campaign.phases]]
id = "dot-2"
name = "Đợt 2"
title = "Thi đua lập thành tích chào mừng kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9"
start = 2025-02-04
end = 2025-08-19
`

// Streams of the seed, one per part of the site.
const (
	streamUnits = iota + 1
	streamReports
	streamStories
	streamDeeds
)

// Stats counts what a run wrote.
type Stats struct {
	Units, Teams, ReportRows, Deeds, Stories int
}

func main() {
	scale := flag.String("scale", "province", "site size: "+scaleNames())
	out := flag.String("out", "", "folder to write the site into (replaced if sitegen wrote it before)")
	seed := flag.Uint64("seed", 1, "random seed")
	criteria := flag.String("criteria", "data/criteria.toml", "criteria.toml to copy (the demo's)")
	flag.Parse()
	sc, err := lookupScale(*scale)
	if err == nil && *out == "" {
		err = errors.New("-out is required")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "sitegen:", err)
		os.Exit(2)
	}
	start := time.Now()
	st, err := Generate(sc, *seed, *criteria, *out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sitegen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "sitegen: %s scale into %s: %d units (%d teams), %d report rows, %d deeds, %d stories in %s\n",
		sc.Name, *out, st.Units, st.Teams, st.ReportRows, st.Deeds, st.Stories, time.Since(start).Round(time.Millisecond))
}

// Generate writes the site of a scale and seed into out, copying the
// criteria file. out must be missing, empty, or written by sitegen before.
func Generate(sc Scale, seed uint64, criteria, out string) (Stats, error) {
	if err := prepare(out); err != nil {
		return Stats{}, err
	}
	for _, d := range []string{"data/reports", "content/stories"} {
		if err := os.MkdirAll(filepath.Join(out, d), 0o755); err != nil {
			return Stats{}, err
		}
	}
	if err := copyFile(criteria, filepath.Join(out, "data", "criteria.toml")); err != nil {
		return Stats{}, err
	}
	site := fmt.Sprintf(siteTOML, sc.Name, seed, sc.Name)
	if err := os.WriteFile(filepath.Join(out, "site.toml"), []byte(site), 0o644); err != nil {
		return Stats{}, err
	}
	t := makeTree(sc, newGen(seed, streamUnits))
	if err := writeUnits(out, t); err != nil {
		return Stats{}, err
	}
	rows, err := writeReports(out, t, newGen(seed, streamReports))
	if err != nil {
		return Stats{}, err
	}
	stories := makeStories(t, sc.Stories, newGen(seed, streamStories))
	if err := writeStories(out, stories); err != nil {
		return Stats{}, err
	}
	deeds := append(randomDeeds(t, sc.Deeds-len(stories), newGen(seed, streamDeeds)), storyDeeds(stories)...)
	if err := writeDeeds(out, deeds); err != nil {
		return Stats{}, err
	}
	return Stats{Units: len(t.All), Teams: len(t.Teams), ReportRows: rows, Deeds: len(deeds), Stories: len(stories)}, nil
}

// prepare empties out when sitegen wrote it, and refuses any other folder
// that is not empty.
func prepare(out string) error {
	entries, err := os.ReadDir(out)
	if errors.Is(err, os.ErrNotExist) || err == nil && len(entries) == 0 {
		return writeMarker(out)
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(out, marker)); err != nil {
		return fmt.Errorf("%s is not empty and was not written by sitegen; choose another -out", out)
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	return writeMarker(out)
}

func writeMarker(out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, marker), []byte("written by bench/sitegen\n"), 0o644)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	o, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(o, in); err != nil {
		o.Close()
		return err
	}
	return o.Close()
}
