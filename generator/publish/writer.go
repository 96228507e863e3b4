package publish

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"
)

// Writer receives the files of a site. WriteFile must be safe for concurrent
// use; rel is a slash-separated path relative to the output folder.
type Writer interface {
	WriteFile(rel string, b []byte) error
}

// CleanRel checks that rel names a file inside the output folder and returns
// it cleaned: not empty, not absolute, no "..", no backslash, no NUL, not the
// folder itself.
func CleanRel(rel string) (string, error) {
	switch {
	case rel == "":
		return "", fmt.Errorf("đường dẫn rỗng")
	case strings.ContainsAny(rel, "\\\x00"):
		return "", fmt.Errorf("đường dẫn %q chứa ký tự không được phép", rel)
	case strings.HasPrefix(rel, "/") || (len(rel) >= 2 && rel[1] == ':'):
		return "", fmt.Errorf("đường dẫn %q là đường dẫn tuyệt đối, cần đường dẫn trong thư mục xuất", rel)
	}
	for _, seg := range strings.Split(rel, "/") {
		if seg == ".." {
			return "", fmt.Errorf("đường dẫn %q đi ra ngoài thư mục xuất", rel)
		}
	}
	c := path.Clean(rel)
	if c == "." {
		return "", fmt.Errorf("đường dẫn %q không chỉ tới một tệp", rel)
	}
	return c, nil
}

// Memory is a Writer that keeps every file in memory. The zero value is not
// usable; call NewMemory.
type Memory struct {
	mu    sync.RWMutex
	files map[string][]byte
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{files: map[string][]byte{}} }

// WriteFile stores a copy of b under the cleaned rel; writing the same path
// twice is an error, as two pages claiming one URL are a bug.
func (m *Memory) WriteFile(rel string, b []byte) error {
	c, err := CleanRel(rel)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.files[c]; dup {
		return fmt.Errorf("tệp %q được ghi hai lần", c)
	}
	m.files[c] = append([]byte(nil), b...)
	return nil
}

// Get returns the file at rel and whether it exists. A rel ending in "/" or
// empty names that folder's index.html, as a web server would serve it.
func (m *Memory) Get(rel string) ([]byte, bool) {
	rel = strings.TrimPrefix(rel, "/")
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	b, ok := m.files[rel]
	return b, ok
}

// Paths returns every stored path, sorted.
func (m *Memory) Paths() []string {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]string, 0, len(m.files))
	for p := range m.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Len returns how many files are stored.
func (m *Memory) Len() int {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return len(m.files)
}
