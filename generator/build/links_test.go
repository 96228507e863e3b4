package build

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"phongtrao/generator/diag"
)

// link makes the symbolic link name (relative to the source) pointing at target.
func link(t *testing.T, src, name, target string) {
	t.Helper()
	full := filepath.Join(src, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, full); err != nil {
		t.Fatal(err)
	}
}

// TestLinksOutsideSourceRefused is the attack of issue 15 (point 2): files
// linked from outside the source (a CI secret, /etc/passwd) under static/,
// content/, data/ and layouts/, and site.toml itself: the build fails with
// every link's path in one run, and the secret is in no output file.
func TestLinksOutsideSourceRefused(t *testing.T) {
	const secret = "CI_TOKEN=bi-mat-khong-duoc-lo"
	outside := t.TempDir()
	secretFile := filepath.Join(outside, "env.txt")
	if err := os.WriteFile(secretFile, []byte(secret+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	secretDir := filepath.Join(outside, "thu-muc")
	os.MkdirAll(secretDir, 0o755)
	os.WriteFile(filepath.Join(secretDir, "bai.md"), []byte("+++\ntitle = \""+secret+"\"\n+++\n"), 0o644)

	cases := map[string]string{
		"static/anh/env.txt":        secretFile,
		"static/anh/passwd.txt":     "/etc/passwd",
		"static/css/khoa.css":       "../../../" + filepath.Base(outside) + "/env.txt",
		"content/news/bi-mat.md":    secretFile,
		"content/stories/ngoai":     secretDir,
		"data/reports/ngoai.csv":    secretFile,
		"layouts/partials/lo.html":  secretFile,
		"static/hong.txt":           "khong-co-tep-nay",
		"content/news/vong/vong-di": "..",
	}
	src := fixture(t)
	for name, target := range cases {
		link(t, src, name, target)
	}
	out := filepath.Join(t.TempDir(), "out")
	_, err := Build(Options{Source: src, Out: out})
	var de *diag.Error
	if !errors.As(err, &de) {
		t.Fatalf("build: want diagnostics, got %v", err)
	}
	got := map[string]string{}
	for _, d := range de.Items {
		got[d.Pos.File] = d.Msg
	}
	for name := range cases {
		if msg, ok := got[name]; !ok || !strings.Contains(msg, "liên kết tượng trưng") {
			t.Errorf("%s: want a symlink error, got %q\nall:\n%v", name, msg, err)
		}
	}
	if msg := got["content/news/vong/vong-di"]; !strings.Contains(msg, "vòng lặp") {
		t.Errorf("the loop of links: %q", msg)
	}
	if len(de.Items) != len(cases) {
		t.Errorf("%d diagnostics, want one per link (%d):\n%v", len(de.Items), len(cases), err)
	}
	if strings.Contains(err.Error(), secret) {
		t.Errorf("the error quotes the secret:\n%v", err)
	}
	assertNoSecret(t, out, secret)
}

// TestSiteTomlLinkRefused: site.toml linked from outside the source is
// refused with its own message.
func TestSiteTomlLinkRefused(t *testing.T) {
	src := fixture(t)
	elsewhere := filepath.Join(t.TempDir(), "site.toml")
	b, _ := os.ReadFile(filepath.Join(src, "site.toml"))
	os.WriteFile(elsewhere, b, 0o644)
	os.Remove(filepath.Join(src, "site.toml"))
	link(t, src, "site.toml", elsewhere)
	_, err := Build(Options{Source: src, Out: filepath.Join(t.TempDir(), "out")})
	if err == nil || !strings.Contains(err.Error(), "site.toml: liên kết tượng trưng (symlink) trỏ ra ngoài thư mục nguồn") ||
		strings.Contains(err.Error(), "không đọc được tệp cấu hình") {
		t.Fatalf("want only the link reported at site.toml, got %v", err)
	}
}

// TestLinksInsideSourceFollowed: a linked file or folder whose target stays
// inside the source is read as if it were there (never skipped silently).
func TestLinksInsideSourceFollowed(t *testing.T) {
	src := fixture(t)
	os.MkdirAll(filepath.Join(src, "tai-lieu", "anh"), 0o755)
	os.WriteFile(filepath.Join(src, "tai-lieu", "anh", "logo.txt"), []byte("logo trong trang"), 0o644)
	os.WriteFile(filepath.Join(src, "tai-lieu", "gioi-thieu.md"), []byte("+++\ntitle = \"Giới thiệu liên kết\"\n+++\nNội dung.\n"), 0o644)
	link(t, src, "static/hinh", "../tai-lieu/anh")
	link(t, src, "content/gioi-thieu.md", "../tai-lieu/gioi-thieu.md")
	out := filepath.Join(t.TempDir(), "out")
	if _, err := Build(Options{Source: src, Out: out}); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(out, "hinh", "logo.txt")); err != nil || string(b) != "logo trong trang" {
		t.Errorf("linked folder in static/: %q, %v", b, err)
	}
	found := false
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			if b, _ := os.ReadFile(p); strings.Contains(string(b), "Giới thiệu liên kết") {
				found = true
			}
		}
		return nil
	})
	if !found {
		t.Error("the linked page content/gioi-thieu.md was not published")
	}
}

// assertNoSecret fails when any file under dir holds secret.
func assertNoSecret(t *testing.T, dir, secret string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if b, _ := os.ReadFile(p); strings.Contains(string(b), secret) || strings.Contains(string(b), "root:x:0:0") {
			t.Errorf("%s holds a secret from outside the source", p)
		}
		return nil
	})
}
