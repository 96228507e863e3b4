package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"phongtrao/generator/diag"
)

// TestEmptyInputs: every input, however empty (issue 15, point 7: a
// header-only units.csv panicked in site.(*model).siteInfo), gets a clean
// build or Vietnamese diagnostics naming the file, never a panic.
func TestEmptyInputs(t *testing.T) {
	reports, _ := filepath.Glob("testdata/site/data/reports/*.csv")
	report := filepath.ToSlash(strings.TrimPrefix(reports[0], "testdata/site/"))
	cases := []struct {
		name, file, text string
		wantErr          string // "" for a clean build
	}{
		{"header-only units.csv", "data/units.csv", "id,name,kind,parent\n", "data/units.csv:1: không có đơn vị nào"},
		{"zero-byte units.csv", "data/units.csv", "", "data/units.csv:1: tệp trống"},
		{"header-only deeds.csv", "data/deeds.csv", "date,unit,kind,title\n", ""},
		{"zero-byte deeds.csv", "data/deeds.csv", "", "data/deeds.csv:1: tệp trống"},
		{"header-only report", report, "unit,month,tips_total,tips_via_force\n", ""},
		{"report without figures", report, "unit,month\n", "không có trong tệp báo cáo nào"},
		{"zero-byte report", report, "", report + ":1: tệp trống"},
		{"empty criteria.toml", "data/criteria.toml", "", "data/criteria.toml"},
		{"comment-only criteria.toml", "data/criteria.toml", "# chưa có tiêu chí\n", "data/criteria.toml"},
		{"empty site.toml", "site.toml", "", "site.toml"},
		{"zero-byte story", "content/stories/rong.md", "", "content/stories/rong.md:1: thiếu phần đầu trang"},
		{"front matter only", "content/stories/chi-dau.md", "+++\n+++\n", "content/stories/chi-dau.md"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := fixture(t)
			full := filepath.Join(src, filepath.FromSlash(c.file))
			os.MkdirAll(filepath.Dir(full), 0o755)
			if err := os.WriteFile(full, []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
					}
				}()
				_, err = Build(Options{Source: src, Out: filepath.Join(t.TempDir(), "out")})
			}()
			var de *diag.Error
			switch {
			case c.wantErr == "" && err != nil:
				t.Errorf("want a clean build, got %v", err)
			case c.wantErr != "" && !errors.As(err, &de):
				t.Errorf("want diagnostics, got %v", err)
			case c.wantErr != "" && !strings.Contains(err.Error(), c.wantErr):
				t.Errorf("want %q, got %v", c.wantErr, err)
			}
		})
	}
}
