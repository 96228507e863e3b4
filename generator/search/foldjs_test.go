package search

import (
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// foldInputs are the spellings the site must fold alike (data/README.md
// lists "Đăk"/"Đắk", "Hoà"/"Hòa" and apostrophes as in R'Lấp and N'Jang),
// real unit names, composed and decomposed forms, and punctuation.
var foldInputs = []string{
	"Đắk Nông", "Đăk Nông", "ĐẮK NÔNG", "Hòa", "Hoà", "Hoa\u0300", "Ho\u0300a",
	"Đắk R'Lấp", "Đắk R’Lấp", "Đắk Rʼlấp", "Xã Đăk R'Moan", "Thị trấn Ea T'Ling",
	"Xã Quảng Hoà", "Xã Quảng Hòa", "Xã Nâm N'Jang", "Huyện Krông Nô", "Xã Đắk DRông",
	"Tổ dân phố 3", "Buôn Nui-Ba", "  Đợt 1:  19/8/2024–03/02/2025 ", "“Người tốt, việc tốt”",
	"ư ơ ă â ê ô ỹ ỵ đ Đ", "a\tb\nc", "!!!", "", "Thôn 10A", "e\u0301 \u0301x",
}

// TestFoldMatchesJS runs the script's toks() in node over foldInputs and
// checks it gives the same words and spellings as Go.
func TestFoldMatchesJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: cannot compare the JS folding")
	}
	src := string(scriptSource)
	join := between(t, src, "var JOIN = ", ";\n")
	toks := between(t, src, "function toks(s) {", "\n  }\n")
	in, _ := json.Marshal(foldInputs)
	prog := "var JOIN = " + join + ";\nfunction toks(s) {" + toks + "\n}\n" +
		"console.log(JSON.stringify(" + string(in) + ".map(toks)));"
	cmd := exec.Command(node, "-e", prog)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got [][][2]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("node output %q: %v", out, err)
	}
	for i, s := range foldInputs {
		var want [][2]string
		for _, tk := range tokens(s) {
			want = append(want, [2]string{tk.fold, tk.spelling})
		}
		if len(want) == 0 {
			want = [][2]string{}
		}
		g, _ := json.Marshal(got[i])
		w, _ := json.Marshal(want)
		if string(g) != string(w) {
			t.Errorf("%q: JS gives %s, Go %s", s, g, w)
		}
	}
}

// between returns the text of s between the first start and the next end.
func between(t *testing.T, s, start, end string) string {
	_, rest, ok := strings.Cut(s, start)
	body, _, ok2 := strings.Cut(rest, end)
	if !ok || !ok2 {
		t.Fatalf("tim-kiem.js has no %q ... %q", start, end)
	}
	return body
}
