// Command generator builds a campaign ("phong trào thi đua") site from its
// source folder: site.toml, data/, content/, layouts/ and static/.
//
//	go run ./generator build [--source DIR] [--out DIR] [--asof YYYY-MM-DD]
//	go run ./generator check [--source DIR] [--asof YYYY-MM-DD]
//	go run ./generator serve [--source DIR] [--port N] [--bind ADDR]
//	go run ./generator new DIR [--units FILE]
//	go run ./generator version
//
// Exit codes: 0 success; 1 the site has errors (each printed as
// path:line[:col]: message); 2 the command line is wrong.
package main

import (
	"fmt"
	"os"

	"phongtrao/generator/publish"
)

const usage = `Cách dùng (usage): generator <lệnh> [tùy chọn]

Lệnh:
  build   dựng trang vào thư mục xuất (mặc định public/)
  check   kiểm tra dữ liệu và nội dung, không ghi gì
  serve   xem trước trực tiếp tại http://127.0.0.1:1313/
  new     tạo một trang mới: generator new THƯ-MỤC [--units TỆP]
  version in phiên bản của chương trình

Xem tùy chọn của từng lệnh: generator <lệnh> --help
Mã thoát: 0 thành công; 1 dữ liệu có lỗi; 2 sai cú pháp lệnh.
`

func main() {
	if len(os.Args) == 3 && os.Args[1] == removeCommand {
		if !removeOld(os.Args[2]) {
			os.Exit(1)
		}
		return
	}
	// The previous output goes in the background once the new one is in
	// place (set here, not in run, so tests remove it before returning).
	publish.RemoveLater = removeInBackground
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	switch args[0] {
	case "build":
		return cmdBuild(args[1:])
	case "check":
		return cmdCheck(args[1:])
	case "serve":
		return cmdServe(args[1:])
	case "new":
		return cmdNew(args[1:], os.Stdout)
	case "version", "--version", "-version":
		return cmdVersion(args[1:], os.Stdout)
	case "help", "-h", "--help", "-help":
		fmt.Print(usage)
		return 0
	default:
		fmt.Fprintf(os.Stderr, "lệnh không rõ %q\n\n%s", args[0], usage)
		return 2
	}
}
