package build

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWindowsImagePaths: a story's image written the way a Windows user
// would (backslashes, a drive letter, a network share, Vietnamese letters
// and spaces) is refused at its line with a message saying what to write,
// never published as a broken or escaping link; the same image written as
// the site's path builds, its address percent-encoded.
func TestWindowsImagePaths(t *testing.T) {
	svg, err := os.ReadFile("../../static/anh/bat-tay.svg")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, image string // image: the front matter line, as written
		want        string // a diagnostic's start, "" for a clean build
	}{
		// In a double-quoted TOML string "\đ" is not an escape: a syntax
		// error, whose hint says to write "/".
		{"backslash in double quotes", `image = "anh\đội tuần tra.svg"`, "content/stories/anh.md:6:"},
		// Single quotes keep the backslash: a file name, not a folder, so
		// there is no such image, even though static/anh/đội tuần tra.svg exists.
		{"backslash in single quotes", `image = 'anh\đội tuần tra.svg'`, `content/stories/anh.md:6: không có tệp ảnh static/anh\đội tuần tra.svg`},
		{"drive letter", `image = 'C:\Users\Cán bộ\Ảnh\đội tuần tra.svg'`, `content/stories/anh.md:6: đường dẫn ảnh “C:\Users\Cán bộ\Ảnh\đội tuần tra.svg” không hợp lệ`},
		{"parent folder", `image = '..\..\bi-mat.svg'`, `content/stories/anh.md:6: đường dẫn ảnh “..\..\bi-mat.svg” chứa “..”`},
		{"network share", `image = '\\may-chu\anh\đội tuần tra.svg'`, `content/stories/anh.md:6: không có tệp ảnh static/\\may-chu\anh\đội tuần tra.svg`},
		{"the site's path", `image = "/anh/đội tuần tra.svg"`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src := fixture(t)
			writeTestFile(t, filepath.Join(src, "static", "anh", "đội tuần tra.svg"), string(svg))
			writeTestFile(t, filepath.Join(src, "content", "stories", "anh.md"), "+++\n"+
				"title = \"Tổ tuần tra đêm\"\ndate = 2024-09-02\nunit = \"t1\"\nconsent = true\n"+
				c.image+"\nimage_alt = \"Tổ tuần tra\"\n+++\n\nNội dung.\n")
			out := filepath.Join(t.TempDir(), "public")
			_, err := Build(Options{Source: src, Out: out})
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("want a clean build, got %v", err)
			case c.want == "":
				page, _ := os.ReadFile(filepath.Join(out, "bai-viet", "anh.html"))
				// đ = U+0111 = c4 91, ộ = U+1ED9 = e1 bb 99, ầ = U+1EA7 = e1 ba a7.
				if !strings.Contains(string(page), `src="/anh/%c4%91%e1%bb%99i%20tu%e1%ba%a7n%20tra.svg"`) {
					t.Errorf("the story's page lacks the encoded image address")
				}
				if _, err := os.Stat(filepath.Join(out, "anh", "đội tuần tra.svg")); err != nil {
					t.Errorf("the image was not published: %v", err)
				}
			case err == nil || !strings.HasPrefix(err.Error(), c.want):
				t.Errorf("want an error starting %q, got %v", c.want, err)
			case strings.Contains(c.image, `"`) && strings.Contains(c.image, `\`) && !strings.Contains(err.Error(), "đường dẫn viết bằng dấu /"):
				t.Errorf("a backslash in double quotes: the hint does not say to write \"/\": %v", err)
			}
		})
	}
}

// TestCRLFBuildsTheSame: a site whose every CSV, TOML and Markdown file
// has Windows line ends (CRLF, as Notepad and Excel write them) builds
// byte-identical to the same site with LF.
func TestCRLFBuildsTheSame(t *testing.T) {
	lf, crlf := fixture(t), fixture(t)
	converted := 0
	err := filepath.WalkDir(crlf, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch filepath.Ext(p) {
		case ".csv", ".toml", ".md":
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			converted++
			return os.WriteFile(p, bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n")), 0o644)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// site.toml, units, criteria, deeds, a report and a story at least.
	if converted < 6 {
		t.Fatalf("converted %d files; the fixture site has at least 6 of these kinds", converted)
	}
	outs := [2]string{filepath.Join(t.TempDir(), "lf"), filepath.Join(t.TempDir(), "crlf")}
	for i, src := range []string{lf, crlf} {
		if _, err := Build(Options{Source: src, Out: outs[i], AsOf: "2025-08-19"}); err != nil {
			t.Fatalf("build %s: %v", filepath.Base(outs[i]), err)
		}
	}
	a, b := readTree(t, outs[0]), readTree(t, outs[1])
	if len(a) == 0 || len(a) != len(b) {
		t.Errorf("LF built %d files, CRLF %d", len(a), len(b))
	}
	for name, body := range a {
		if body != b[name] {
			t.Errorf("%s differs between the LF and the CRLF site", name)
		}
	}
}

// writeTestFile writes text to path, making its folder.
func writeTestFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
