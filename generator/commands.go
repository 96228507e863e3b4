package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"phongtrao/generator/build"
	"phongtrao/generator/diag"
	"phongtrao/generator/publish"
	"phongtrao/generator/serve"
)

// newFlags makes a flag set whose --help prints a Vietnamese description.
func newFlags(name, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(os.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Cách dùng: generator %s [tùy chọn]\n\n%s\n\nTùy chọn:\n", name, about)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args and returns the exit code to use when parsing stopped the command.
func parse(fs *flag.FlagSet, args []string) (int, bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "thừa tham số: %v\n", fs.Args())
		fs.Usage()
		return 2, false
	}
	return 0, true
}

func logTo(w io.Writer) func(string, ...any) {
	return func(format string, args ...any) { fmt.Fprintf(w, format+"\n", args...) }
}

// report prints a build or check error and returns exit code 1.
func report(err error) int {
	fmt.Fprintln(os.Stderr, err)
	return 1
}

func cmdCheck(args []string) int {
	fs := newFlags("check", "Kiểm tra site.toml, data/, content/ và layouts/ như lệnh build (dựng thử mọi trang), không ghi tệp nào.\n"+
		"Mã thoát 0 nếu hợp lệ, 1 nếu có lỗi (mỗi lỗi một dòng đường-dẫn:dòng:cột: thông báo).")
	src := fs.String("source", ".", "thư mục nguồn của trang")
	asof := fs.String("asof", "", "ngày tính kết quả YYYY-MM-DD (mặc định: asOf trong site.toml, SOURCE_DATE_EPOCH, rồi hôm nay)")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	start := time.Now()
	p, files, err := build.Check(build.Options{Source: *src, AsOf: *asof})
	if err != nil {
		return report(err)
	}
	warn(p.Warnings)
	fmt.Fprintf(os.Stderr, "hợp lệ: %d đơn vị, %d nội dung thi đua, %d dòng báo cáo, %d việc tốt, %d bài; dựng thử %d tệp (%s)\n",
		len(p.Data.Units.All), len(p.Data.Criteria), len(p.Data.Reports), len(p.Data.Deeds), len(p.Pages), files,
		time.Since(start).Round(time.Millisecond))
	return 0
}

func cmdBuild(args []string) int {
	fs := newFlags("build", "Dựng toàn bộ trang vào thư mục xuất. Khi có lỗi: in lỗi, thoát mã 1 và giữ nguyên thư mục xuất cũ.")
	src := fs.String("source", ".", "thư mục nguồn của trang")
	out := fs.String("out", "", "thư mục xuất (mặc định public/ trong thư mục nguồn)")
	asof := fs.String("asof", "", "ngày tính kết quả YYYY-MM-DD (mặc định: asOf trong site.toml, SOURCE_DATE_EPOCH, rồi hôm nay)")
	quiet := fs.Bool("quiet", false, "không in tiến trình")
	force := fs.Bool("force", false, "cho phép thay một thư mục xuất (ngoài thư mục nguồn) đang có tệp không do lệnh build tạo ra")
	fs.Bool("no-reuse", false, "không còn tác dụng (mỗi lần dựng đều ghi vào thư mục mới); giữ để các lệnh cũ vẫn chạy")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	opts := build.Options{Source: *src, Out: *out, AsOf: *asof, Log: logTo(os.Stderr), Force: *force}
	if *quiet {
		opts.Log = nil
	}
	s, err := build.Build(opts)
	if err != nil {
		var unsafe *publish.UnsafeError
		if errors.As(err, &unsafe) {
			fmt.Fprintln(os.Stderr, err)
			return 2
		}
		return report(err)
	}
	warn(s.Warnings)
	return 0
}

// warn prints warnings on stderr, one "path:line: cảnh báo: ..." each:
// they do not change the exit code.
func warn(ws []diag.Diagnostic) {
	for _, w := range ws {
		fmt.Fprintln(os.Stderr, w.Warning())
	}
}

func cmdServe(args []string) int { return serve.Main(args) }
