package serve

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"
)

// cancelled is a signal context that has already fired: run stops at once
// after starting.
func cancelled() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	return ctx, cancel
}

func TestMainCommandLine(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	_, port, _ := net.SplitHostPort(taken.Addr().String())
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"help in Vietnamese", []string{"--help"}, 0, "Xem trước trang trong trình duyệt"},
		{"help lists --bind", []string{"-h"}, 0, "-bind"},
		{"port out of range", []string{"--port", "70000"}, 2, "cổng phải từ 0 đến 65535"},
		{"extra argument", []string{"x"}, 2, "thừa tham số"},
		{"unknown flag", []string{"--out", "x"}, 2, "flag provided but not defined"},
		{"missing source", []string{"--source", "/khong/co/thu-muc"}, 1, "không có thư mục nguồn này"},
		{"port taken", []string{"--source", fixtureSite, "--port", port}, 1, "đang có chương trình khác dùng"},
		{"starts and stops", []string{"--source", fixtureSite, "--port", "0"}, 0, "Xem trước tại http://127.0.0.1:"},
		{"warns when open to the network", []string{"--source", fixtureSite, "--port", "0", "--bind", "0.0.0.0"}, 0, "cảnh báo: đang mở cho mọi máy"},
		{"a usable address when open to the network", []string{"--source", fixtureSite, "--port", "0", "--bind", "0.0.0.0"}, 0, "Xem trước tại http://127.0.0.1:"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if code := run(c.args, &out, cancelled); code != c.code || !strings.Contains(out.String(), c.want) {
				t.Errorf("exit %d, want %d; output lacks %q:\n%s", code, c.code, c.want, out.String())
			}
		})
	}
}
