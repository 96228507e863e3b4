package data

import (
	"testing"
)

// TestDeedCommendations: award, decision and recipient are read as
// written (spaces at the ends trimmed); a deed without them has none.
func TestDeedCommendations(t *testing.T) {
	deeds := "date,unit,kind,title,award,decision,recipient\n" +
		"2024-09-02,t1,khen-thuong,Bắt kẻ trộm, Giấy khen ,Quyết định số 12/QĐ-CAH ngày 05/9/2024,ca-nhan\n" + // line 2
		"03/10/2024,t3,khen-thuong,Tổ tiêu biểu,Bằng khen,,tap-the\n" + // line 3
		"04/10/2024,t2,viec-tot,Trả lại ví,,,\n" // line 4
	set, errs := Load(fsWith(map[string]string{DeedsFile: deeds}), testSite)
	if errs.Len() > 0 {
		t.Fatal(errs.Err())
	}
	want := []struct{ award, decision, recipient string }{
		{"Giấy khen", "Quyết định số 12/QĐ-CAH ngày 05/9/2024", "ca-nhan"},
		{"Bằng khen", "", "tap-the"},
		{"", "", ""},
	}
	for i, w := range want {
		var c Commendation // none given: nil
		if p := set.Deeds[i].Commendation; p != nil {
			c = *p
			if c == (Commendation{}) {
				t.Errorf("deed %d: an empty commendation, want nil", i+2)
			}
		}
		if c.Award != w.award || c.Decision != w.decision || c.Recipient != w.recipient {
			t.Errorf("deed %d: %q, %q, %q; want %q, %q, %q", i+2, c.Award, c.Decision, c.Recipient, w.award, w.decision, w.recipient)
		}
	}
}

func TestDeedCommendationErrors(t *testing.T) {
	for _, tc := range []struct{ name, deeds, want string }{
		// "2024-09-02,t1,khen-thuong,A,B,x," is 32 characters: recipient
		// starts at column 33; "2024-09-02,t1,khen-thuong,A," is 28, so 29;
		// "date,unit,kind,title," is 21, so 22.
		{"recipient", "date,unit,kind,title,award,decision,recipient\n" +
			"2024-09-02,t1,khen-thuong,A,B,x,tap the\n",
			`data/deeds.csv:2:33: người nhận recipient = "tap the" không hợp lệ`},
		{"recipient in capitals", "date,unit,kind,title,recipient\n" +
			"2024-09-02,t1,khen-thuong,A,Ca-Nhan\n",
			`data/deeds.csv:2:29: người nhận recipient = "Ca-Nhan" không hợp lệ`},
		{"unknown column", "date,unit,kind,title,awards\n" +
			"2024-09-02,t1,khen-thuong,A,B\n",
			`data/deeds.csv:1:22: cột "awards" không được hỗ trợ trong deeds.csv`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := messages(t, map[string]string{DeedsFile: tc.deeds}); len(got) != 1 || got[0] != tc.want {
				t.Errorf("errors %q, want only %q", got, tc.want)
			}
		})
	}
}
