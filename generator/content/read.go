package content

import (
	"io/fs"
	"os"
	"path"
	"reflect"
)

// dirFSType is the type of os.DirFS's result, whose files folder.readFile may read
// without going through the fs.FS interface.
var dirFSType = reflect.TypeOf(os.DirFS("."))

// read returns the contents of the file p of fsys, as fs.ReadFile does,
// with the same error. The slice may be the worker's buffer, valid until
// the next read: a caller that keeps the text must copy it.
//
// When fsys is an os.DirFS, on Linux, the file is read with plain system
// calls into the buffer (open relative to its folder, read until end of
// file, close: four calls, where os.ReadFile makes about ten, setting the
// file non-blocking and trying to register it with the network poller,
// and allocates a new buffer for each file). Whenever that path meets any
// error, the file is read again by fs.ReadFile, so that errors are worded
// exactly as before.
func (w *worker) read(fsys fs.FS, p string) ([]byte, error) {
	if v := reflect.ValueOf(fsys); v.Type() == dirFSType && v.Kind() == reflect.String && v.String() != "" && fs.ValidPath(p) {
		dir, name := path.Split(p)
		if b, ok := w.folder.readFile(v.String()+string(os.PathSeparator)+dir, name, w.buf[:0]); ok {
			w.buf = b
			return b, nil
		}
	}
	return fs.ReadFile(fsys, p)
}
