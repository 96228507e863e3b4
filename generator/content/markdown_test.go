package content

import (
	"strings"
	"sync"
	"testing"
)

func TestHeadingIDs(t *testing.T) {
	src := "# Tổ dân phố 3\n\n## Tổ dân phố 3\n\n## Tổ  dân phố 3!\n\n" +
		"## Xem [trang **này**](/a/) và `mã`\n\n## ???\n\n### Đắk R'Lấp\n"
	_, hs, err := Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// Diacritics and đ folded, punctuation dropped, spaces to "-"; repeats
	// get -1, -2; link and code text count, markup does not; a heading with
	// no letter gets "muc"; the apostrophe joins "R'Lấp" into one word.
	want := []Heading{
		{1, "to-dan-pho-3", "Tổ dân phố 3"},
		{2, "to-dan-pho-3-1", "Tổ dân phố 3"},
		{2, "to-dan-pho-3-2", "Tổ dân phố 3!"},
		{2, "xem-trang-nay-va-ma", "Xem trang này và mã"},
		{2, "muc", "???"},
		{3, "dak-rlap", "Đắk R'Lấp"},
	}
	if len(hs) != len(want) {
		t.Fatalf("headings = %+v, want %+v", hs, want)
	}
	for i := range want {
		if hs[i] != want[i] {
			t.Errorf("heading %d = %+v, want %+v", i, hs[i], want[i])
		}
	}
}

func TestRenderHTML(t *testing.T) {
	tests := []struct {
		name, src string
		has       []string // must appear in the HTML
		hasNot    []string // must not
	}{
		{"heading id in the HTML", "# Tổ dân phố 3\n", []string{`<h1 id="to-dan-pho-3">Tổ dân phố 3</h1>`}, nil},
		{"raw HTML block left out", "<script>alert(1)</script>\n", nil, []string{"<script"}},
		{"raw inline HTML left out", "a <b onclick=\"x()\">b</b> <img src=x onerror=y>\n", []string{"<p>a "}, []string{"<b", "<img", "onclick"}},
		{"javascript link neutralised", "[x](javascript:alert(1))\n", []string{`<a href="">x</a>`}, []string{"javascript:"}},
		{"text is escaped", "a < b & 'c'\n", []string{"a &lt; b &amp; 'c'"}, nil},
		// Straight double quotes become curly (docs/bang-thuat-ngu.md);
		// apostrophes, single quotes, "--" and "..." stay as written, and
		// so do quotes in code.
		{"curly double quotes only", "\"trích\" -- x... Bon Bu N'Đơr 'a' `\"mã\"`\n",
			[]string{"“trích” -- x... Bon Bu N'Đơr 'a' <code>&quot;mã&quot;</code>"}, []string{"–", "…", "’", "‘"}},
		{"a quote closed before a full stop", "Hỏi: \"Có học không?\". Anh gật đầu.\n", []string{"Hỏi: “Có học không?”. Anh"}, nil},
		{"table", "| a | b |\n| - | - |\n| 1 | 2 |\n", []string{"<table>", "<td>1</td>"}, nil},
		{"strikethrough", "~~cũ~~\n", []string{"<del>cũ</del>"}, nil},
		{"autolink", "xem https://example.org nhé\n", []string{`<a href="https://example.org">https://example.org</a>`}, nil},
		{"link reference definitions", "Xem [mục][a].\n\n  [a]: /muc\n[b]: /b\n", []string{`<p>Xem <a href="/muc">mục</a>.</p>`}, []string{"[a]", "[b]"}},
		{"links to other sites are fine", "[Bộ Công an](https://bocongan.gov.vn/)\n", []string{`<a href="https://bocongan.gov.vn/">`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html, _, err := Render([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.has {
				if !strings.Contains(string(html), s) {
					t.Errorf("HTML %q lacks %q", html, s)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(string(html), s) {
					t.Errorf("HTML %q contains %q", html, s)
				}
			}
		})
	}
}

// TestRenderImageErrors: Render reports refused images as "line:col: msg".
// Line 3 is "Ảnh: ![a](https://x.org/a.jpg)"; "Ảnh: ![a](" is 10 runes.
func TestRenderImageErrors(t *testing.T) {
	html, _, err := Render([]byte("Đoạn đầu.\n\nẢnh: ![a](https://x.org/a.jpg) và ![b](/anh/b.jpg)\n"))
	if err == nil || !strings.HasPrefix(err.Error(), "3:11: không tải tài nguyên từ trang ngoài") {
		t.Fatalf("err = %v, want 3:11: không tải tài nguyên từ trang ngoài…", err)
	}
	if strings.Count(err.Error(), "\n") != 0 {
		t.Errorf("err = %v, want only the external image", err)
	}
	if !strings.Contains(string(html), `<img src="/anh/b.jpg" alt="b">`) {
		t.Errorf("HTML %q lacks the local image", html)
	}
}

func TestCheckImage(t *testing.T) {
	for _, p := range []string{"/anh/a.jpg", "anh/a.jpg", "a..b.jpg", "/anh/ảnh 1.jpg"} {
		if msg, _ := checkImage(p); msg != "" {
			t.Errorf("checkImage(%q) = %q, want ok", p, msg)
		}
	}
	for _, p := range []string{"http://x.org/a.jpg", "HTTPS://x.org/a.jpg", "//x.org/a.jpg", "data:image/png;base64,AA",
		"file:///etc/passwd", "../a.jpg", "/anh/../../a.jpg", `anh\..\a.jpg`, "%2E%2E/a.jpg"} {
		if msg, _ := checkImage(p); msg == "" {
			t.Errorf("checkImage(%q) = ok, want an error", p)
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		s    string
		max  int
		want string
	}{
		{"ngắn", 10, "ngắn"},
		// Rune 7 is the space after "aaa bbb": cut there.
		{"aaa bbb ccc", 7, "aaa bbb…"},
		// Rune 6 is "b": step back to the space at 3.
		{"aaa bbb ccc", 6, "aaa…"},
		// A trailing comma goes with the cut.
		{"Thôn 1, thôn 2 và thôn 3", 8, "Thôn 1…"},
		// No space in the second half: cut inside the word.
		{"abcdefghij", 4, "abcd…"},
	}
	for _, tt := range tests {
		if got := cut(tt.s, tt.max); got != tt.want {
			t.Errorf("cut(%q, %d) = %q, want %q", tt.s, tt.max, got, tt.want)
		}
	}
}

// TestRenderConcurrent renders from many goroutines with the shared
// instance; under -race it proves the sharing safe, and the results must
// all be equal.
func TestRenderConcurrent(t *testing.T) {
	src := []byte("# Tổ dân phố 3\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Tổ dân phố 3\n")
	first, _, _ := Render(src)
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			h, _, _ := Render(src)
			out[i] = string(h)
		}()
	}
	wg.Wait()
	for i, h := range out {
		if h != string(first) {
			t.Errorf("render %d differs:\n%s\nwant\n%s", i, h, first)
		}
	}
}
