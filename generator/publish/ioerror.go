package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// ioError explains, in Vietnamese, an error of the file system met while
// writing path: a full disk, a quota, a read-only disk or missing rights
// are named as such; anything else is given as the system says it.
func ioError(path string, err error) error {
	why := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		why = pe.Err.Error()
	}
	switch {
	case errors.Is(err, syscall.ENOSPC):
		why = "ổ đĩa đã đầy"
	case errors.Is(err, syscall.EDQUOT):
		why = "vượt hạn mức dung lượng đĩa"
	case errors.Is(err, syscall.EROFS):
		why = "ổ đĩa chỉ cho đọc"
	case errors.Is(err, fs.ErrPermission):
		why = "không có quyền ghi"
	}
	return &WriteError{Path: path, Why: why, Err: err}
}

// WriteError is a file the build could not write: Path names it in the
// output folder, Why says why in Vietnamese.
type WriteError struct {
	Path string
	Why  string
	Err  error
}

func (e *WriteError) Error() string {
	return fmt.Sprintf("%s: không ghi được: %s\ngợi ý: kiểm tra chỗ trống và quyền ghi của ổ đĩa chứa thư mục xuất, rồi dựng lại; thư mục xuất cũ vẫn giữ nguyên", e.Path, e.Why)
}

func (e *WriteError) Unwrap() error { return e.Err }
