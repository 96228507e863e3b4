package urls

import "testing"

// TestSite: the base path of baseURL, with or without a trailing slash,
// starts every site path; the origin starts every absolute URL.
func TestSite(t *testing.T) {
	for _, tc := range []struct{ baseURL, path, abs string }{
		{"https://example.org/", "/don-vi/x.html", "https://example.org/don-vi/x.html"},
		{"https://example.org/thi-dua", "/thi-dua/don-vi/x.html", "https://example.org/thi-dua/don-vi/x.html"},
		{"https://example.org/a/b/", "/a/b/don-vi/x.html", "https://example.org/a/b/don-vi/x.html"},
		{"/thi-dua/", "/thi-dua/don-vi/x.html", "/thi-dua/don-vi/x.html"},
		{"", "/don-vi/x.html", "/don-vi/x.html"},
	} {
		t.Run(tc.baseURL, func(t *testing.T) {
			u := New(tc.baseURL)
			if got := u.Path("/don-vi/x.html"); got != tc.path {
				t.Errorf("Path = %q, want %q", got, tc.path)
			}
			if got := u.Abs(Unit("x")); got != tc.abs {
				t.Errorf("Abs = %q, want %q", got, tc.abs)
			}
		})
	}
}

// TestFiles: a folder's page is its index.html; a list's later pages are
// files under its folder.
func TestFiles(t *testing.T) {
	for _, tc := range []struct{ rel, file string }{
		{"", "index.html"},
		{"bai-viet/", "bai-viet/index.html"},
		{Paged("bai-viet/", 1), "bai-viet/index.html"},
		{Paged("bai-viet/", 2), "bai-viet/trang/2.html"},
		{Unit("xa-a"), "don-vi/xa-a.html"},
		{CriterionTeams("4.1", "h1"), "tieu-chi/4-1/h1.html"},
	} {
		if got := File(tc.rel); got != tc.file {
			t.Errorf("File(%q) = %q, want %q", tc.rel, got, tc.file)
		}
	}
}
