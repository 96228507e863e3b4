package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"phongtrao/generator/scaffold"
)

// cmdNew makes a new site: `generator new DIR [--units FILE]`, the flag
// before or after DIR. Exit codes: 0 made; 1 the units file has errors
// (each at FILE:line:col); 2 the command line is wrong or DIR is not empty.
func cmdNew(args []string, stdout io.Writer) int {
	fs := newFlags("new THƯ-MỤC", "Tạo một trang mới trong THƯ-MỤC (chưa có hoặc còn trống): site.toml, data/ (đơn vị, bảy nội dung thi đua,\n"+
		"tệp báo cáo và tệp việc tốt mới có dòng tiêu đề), một bài mẫu và README.md hướng dẫn các bước tiếp theo.")
	units := fs.String("units", "", "tệp các đơn vị, CSV hoặc Excel .xlsx (cột id,name,kind,parent như data/units.csv); bỏ trống thì dùng cây đơn vị mẫu")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fmt.Fprintln(os.Stderr, "thiếu thư mục cho trang mới")
		fs.Usage()
		return 2
	}
	dir := rest[0]
	if code, ok := parse(fs, rest[1:]); !ok { // flags after DIR
		return code
	}
	site, err := scaffold.New(scaffold.Options{Dir: dir, Units: *units})
	var notEmpty *scaffold.NotEmptyError
	switch {
	case errors.As(err, &notEmpty):
		fmt.Fprintln(os.Stderr, err)
		return 2
	case err != nil:
		return report(err)
	}
	fmt.Fprintf(stdout, "Đã tạo trang của %s trong %s: %d đơn vị, trong đó %d tổ; %d tệp.\n"+
		"Tiếp theo: đọc %s, rồi xem trước bằng lệnh\n  generator serve --source %s\n",
		site.Root, dir, site.Units, site.Teams, len(site.Files), filepath.Join(dir, "README.md"), shellQuote(dir))
	return 0
}

// shellQuote quotes a path holding spaces for a command line to copy.
func shellQuote(p string) string {
	if strings.ContainsAny(p, " \t'\"") {
		return `"` + p + `"`
	}
	return p
}
