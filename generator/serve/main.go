package serve

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
)

// DefaultPort is the port the preview listens on when --port is not given.
const DefaultPort = 1313

const about = `Xem trước trang trong trình duyệt, tự dựng lại mỗi khi lưu tệp.

Trang được dựng trong bộ nhớ (không ghi thư mục public/) và phục vụ tại
http://127.0.0.1:1313/. Mỗi lần site.toml, data/, content/, layouts/ hoặc
static/ đổi, trang được dựng lại và tab đang mở tự tải lại. Nếu tệp vừa lưu
có lỗi, trang vẫn hiện bản dựng tốt gần nhất kèm khung báo lỗi
(tệp:dòng: thông báo); sửa xong và lưu lại thì khung lỗi tự mất.
Dừng bằng Ctrl+C.`

// Main runs "generator serve" with its command-line arguments (after the
// word "serve") and returns the exit code: 0 after Ctrl+C, 1 when the
// preview cannot start (port taken, ...), 2 for a wrong command line.
func Main(args []string) int {
	return run(args, os.Stderr, signalContext)
}

// signalContext is done on Ctrl+C or SIGTERM.
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

func run(args []string, stderr io.Writer, until func() (context.Context, context.CancelFunc)) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Cách dùng: go run ./generator serve [tùy chọn]\n\n%s\n\nTùy chọn:\n", about)
		fs.PrintDefaults()
	}
	src := fs.String("source", ".", "thư mục nguồn của trang")
	port := fs.Int("port", DefaultPort, "cổng để mở trang xem trước")
	bind := fs.String("bind", "127.0.0.1", "địa chỉ nghe; 0.0.0.0 mở cho cả mạng (cẩn thận: ai cùng mạng cũng xem được)")
	asof := fs.String("asof", "", "ngày tính kết quả YYYY-MM-DD (mặc định như lệnh build)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "thừa tham số: %v\n", fs.Args())
		fs.Usage()
		return 2
	}
	if *port < 0 || *port > 65535 {
		fmt.Fprintf(stderr, "--port %d: cổng phải từ 0 đến 65535\n", *port)
		return 2
	}
	s, err := Start(Options{Source: *src, Addr: net.JoinHostPort(*bind, strconv.Itoa(*port)), AsOf: *asof, Log: stderr})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if ip := net.ParseIP(*bind); ip == nil || !ip.IsLoopback() {
		fmt.Fprintf(stderr, "cảnh báo: đang mở cho mọi máy kết nối được tới %s; chỉ dùng trong mạng tin cậy\n", *bind)
	}
	url := s.URL()
	if ip := net.ParseIP(*bind); ip != nil && ip.IsUnspecified() {
		_, p, _ := net.SplitHostPort(strings.TrimSuffix(strings.TrimPrefix(url, "http://"), "/"))
		url = "http://127.0.0.1:" + p + "/"
	}
	fmt.Fprintf(stderr, "Xem trước tại %s (Ctrl+C để dừng)\n", url)
	ctx, stop := until()
	defer stop()
	<-ctx.Done()
	fmt.Fprintln(stderr, "đang dừng...")
	if err := s.Close(); err != nil {
		fmt.Fprintln(stderr, err)
	}
	return 0
}
